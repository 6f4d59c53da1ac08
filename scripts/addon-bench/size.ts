// The calendar add-on's size in each build: what the manifest loads on every calendar page (its
// content script, in Firefox and Chrome alike), apart from the strip, which comes the first time
// a session's popup opens (lib/gcal-page/strip-script.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { STRIP_CHUNK } from '../../lib/gcal-page/strip-script';
import { verdict } from './fixture';

const TARGET_KB = 6;

interface ContentScript {
  matches: string[];
  js?: string[];
  css?: string[];
}

const gzipKb = (dir: string, files: string[]) =>
  files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0) / 1024;

/** Prints the per-page and strip sizes of each build found in `builds` (name → folder). */
export function addonSizes(builds: Record<string, string>): void {
  for (const [name, dir] of Object.entries(builds)) {
    if (!existsSync(join(dir, 'manifest.json'))) {
      console.log(`${name}: not built`);
      continue;
    }
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      content_scripts?: ContentScript[];
    };
    // Classic scripts (WXT builds content scripts as IIFEs): the files listed are all that runs.
    const perPage = (manifest.content_scripts ?? [])
      .filter((c) => c.matches.some((m) => m.startsWith('https://calendar.google.com/')))
      .flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
    if (perPage.includes(STRIP_CHUNK)) throw new Error(`${name}: the strip is loaded on every page.`);
    const loader = gzipKb(dir, perPage);
    console.log(
      `${name}, loaded on every calendar page (${perPage.join(', ')}): ${loader.toFixed(1)} KB gzip` +
        ` (target ≤ ${TARGET_KB} KB: ${verdict(loader <= TARGET_KB)})`,
    );
    const strip = existsSync(join(dir, STRIP_CHUNK))
      ? `${gzipKb(dir, [STRIP_CHUNK]).toFixed(1)} KB gzip`
      : 'no file of its own (in the content script)';
    console.log(`${name}, strip, loaded when a session's popup first opens: ${strip}`);
  }
}
