import { resolve } from 'node:path';
import { build, type InlineConfig, type PluginOption } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { STRIP_CHUNK } from '../entrypoints/google-calendar.content/strip-chunk';

// The Google Calendar add-on in two parts (entrypoints/google-calendar.content/):
//
// - The content script, loaded on every calendar page, is small plain TypeScript. Its
//   `ContentScriptContext` is replaced by `quiet-context.ts`: WXT's announces each start to the
//   page (a `window.postMessage` and a DOM event named after the extension id), which would tell
//   Google's page scripts that this extension — a therapy tool — is installed.
// - The strip (Svelte) is an ES module built here, listed as a web-accessible resource for the
//   calendar only (Chrome: behind a per-session dynamic URL), and imported with `import()` from
//   the content script the first time a session's popup opens. Dynamic import of an extension
//   module from a content script works in Chromium (MV3) and Firefox (MV2, since 89) alike, runs
//   in the content script's isolated world, and needs no extra permission (`scripting` would).

const CONTENT_SCRIPT = 'google-calendar';
// WXT plugins that only make sense for the entrypoint they were set up for.
const ENTRYPOINT_ONLY = new Set(['wxt:iife-footer', 'wxt:entrypoint-group-globals']);

export default defineWxtModule((wxt) => {
  // Firefox's content script holds the strip itself (see addon.ts): nothing more to build.
  const separateStrip = wxt.config.browser !== 'firefox';
  const dir = resolve(wxt.config.entrypointsDir, 'google-calendar.content');
  let contentConfig: InlineConfig | null = null;

  wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
    if (entrypoints[0]?.name !== CONTENT_SCRIPT) return;
    contentConfig = { ...config };
    config.resolve ??= {};
    const alias = config.resolve.alias;
    const quiet = { find: /^wxt\/utils\/content-script-context$/, replacement: resolve(dir, 'quiet-context.ts') };
    config.resolve.alias = Array.isArray(alias)
      ? [...(alias as object[]), quiet]
      : [
          ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) })),
          quiet,
        ];
  });

  wxt.hooks.hook('build:done', async () => {
    if (!separateStrip) return;
    if (!contentConfig) throw new Error(`The ${CONTENT_SCRIPT} content script was not built.`);
    const plugins = (contentConfig.plugins ?? [])
      .flat(3)
      .filter(
        (p): p is PluginOption & { name: string } =>
          typeof p === 'object' && p !== null && 'name' in p && !ENTRYPOINT_ONLY.has(p.name),
      );
    const output = { entryFileNames: STRIP_CHUNK, chunkFileNames: 'content-scripts/[name]-[hash].js' };
    await build({
      ...contentConfig,
      plugins,
      build: {
        ...contentConfig.build,
        lib: { entry: resolve(dir, 'strip.ts'), formats: ['es'], fileName: 'google-calendar-strip' },
        rollupOptions: { output },
        rolldownOptions: { output },
      } as InlineConfig['build'],
    });
  });

  wxt.hooks.hook('build:manifestGenerated', (_, manifest) => {
    if (!separateStrip) return;
    manifest.web_accessible_resources ??= [];
    // MV3 form; WXT turns it into MV2's list for Firefox.
    (manifest.web_accessible_resources as object[]).push({
      matches: ['https://calendar.google.com/*'],
      resources: [STRIP_CHUNK],
      use_dynamic_url: true,
    });
  });

  wxt.hooks.hook('prepare:publicPaths', (_, paths) => {
    paths.push(STRIP_CHUNK);
  });
});
