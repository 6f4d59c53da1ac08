import { browser } from 'wxt/browser';
import { googleToken } from './token-store';
import { createGoogleClient, type GoogleClient } from './client';
import { buildTimeGoogleConfig } from './config';
import type { SourceSyncer } from '../../sources/syncer';
import { createGoogleSyncer, type GoogleSource, type GoogleSyncDeps, type GoogleSyncState } from './sync-google';
import { createTokenSource, type TokenSource } from './token';

// The browser-bound wiring of the Google source: build-time configuration, `identity`,
// storage. Everything it wires is tested in Node with these capabilities passed in.

let tokens: TokenSource | null = null;

/** One token source per service-worker life, so parallel syncs share one silent sign-in. */
export function extensionTokenSource(): TokenSource {
  tokens ??= createTokenSource({
    config: buildTimeGoogleConfig(),
    redirectUri: browser.identity.getRedirectURL(),
    launchWebAuthFlow: (url, interactive) => browser.identity.launchWebAuthFlow({ url, interactive }),
    load: () => googleToken.get(),
    save: (token) => googleToken.set(token),
    now: () => Date.now(),
    randomState: () => crypto.randomUUID(),
  });
  return tokens;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A Calendar API client for the background (the calendar list on the options page). */
export function extensionGoogleClient(): GoogleClient {
  return createGoogleClient({
    apiUrl: buildTimeGoogleConfig().apiUrl,
    fetch: (...args) => fetch(...args),
    token: extensionTokenSource(),
    sleep,
  });
}

export function extensionGoogleDeps(): GoogleSyncDeps {
  return {
    apiUrl: buildTimeGoogleConfig().apiUrl,
    token: extensionTokenSource(),
    sleep,
  };
}

/** The Google syncer of the extension: tokens from `identity`. */
export const syncGoogle: SourceSyncer<GoogleSource, GoogleSyncState> = (source, context) =>
  createGoogleSyncer(extensionGoogleDeps())(source, context);
