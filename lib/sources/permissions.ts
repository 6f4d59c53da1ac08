import { browser } from 'wxt/browser';
import { kindOf } from './kinds';
import type { Source } from './source';

// Host permissions are optional and asked per source (DESIGN.md, privacy): each kind says
// which ones a source needs (`origins`, kind.ts).

/**
 * Asks for host permissions. Call it inside the click's user gesture, before any `await`:
 * browsers refuse `permissions.request` outside one.
 */
export function askForOrigins(origins: string[]): Promise<boolean> {
  return origins.length ? browser.permissions.request({ origins }) : Promise.resolve(true);
}

/** Asks for what a new source needs to sync (see `askForOrigins`). */
export function askForSource(source: Source): Promise<boolean> {
  return askForOrigins(kindOf(source).origins(source));
}

/** What a removed source needed that none of the remaining sources needs. */
export function unneededOrigins(removed: Source, rest: Source[]): string[] {
  const kept = new Set(rest.flatMap((source) => kindOf(source).origins(source)));
  return kindOf(removed)
    .origins(removed)
    .filter((origin) => !kept.has(origin));
}

/** Gives host permissions back. A build that requires them (the end-to-end build's loopback) refuses: nothing to do then. */
export async function giveBackOrigins(origins: string[]): Promise<void> {
  if (origins.length) await browser.permissions.remove({ origins }).catch(() => false);
}
