import { resolve } from 'node:path';
import { build, type InlineConfig, type PluginOption } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { STRIP_CHUNK } from '../lib/gcal-page/strip-script';

// The Google Calendar add-on in two parts (entrypoints/google-calendar.content/):
//
// - The content script, loaded on every calendar page, is small plain TypeScript. Its
//   `ContentScriptContext` is replaced by `quiet-context.ts`: WXT's announces each start to the
//   page (a `window.postMessage` and a DOM event named after the extension id), which would tell
//   Google's page scripts that this extension — a therapy tool — is installed.
// - The strip (Svelte) is built here as a file of its own, fetched the first time a session's
//   popup opens (load-strip.ts), and runs in the content script's isolated world / sandbox:
//   - Chrome (MV3): an ES module, web-accessible to the calendar only behind a per-session
//     dynamic URL, that the content script `import()`s. No extra permission (`scripting` would).
//   - Firefox (MV2): a classic script (IIFE, strip-script.ts) that the background runs in the
//     asking frame with `tabs.executeScript` (lib/background/calendar-addon.ts), because
//     addons.mozilla.org's linter refuses an `import()` of a computed URL. It needs the
//     calendar's host permission (wxt.config.ts) and no web-accessible entry.

const CONTENT_SCRIPT = 'google-calendar';
// WXT plugins that only make sense for the entrypoint they were set up for.
const ENTRYPOINT_ONLY = new Set(['wxt:iife-footer', 'wxt:entrypoint-group-globals']);

export default defineWxtModule((wxt) => {
  const firefox = wxt.config.browser === 'firefox';
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
    if (!contentConfig) throw new Error(`The ${CONTENT_SCRIPT} content script was not built.`);
    const plugins = (contentConfig.plugins ?? [])
      .flat(3)
      .filter(
        (p): p is PluginOption & { name: string } =>
          typeof p === 'object' && p !== null && 'name' in p && !ENTRYPOINT_ONLY.has(p.name),
      );
    // An IIFE is one file (Vite's library mode inlines what the strip imports lazily).
    const output = firefox
      ? { entryFileNames: STRIP_CHUNK }
      : { entryFileNames: STRIP_CHUNK, chunkFileNames: 'content-scripts/[name]-[hash].js' };
    await build({
      ...contentConfig,
      plugins,
      build: {
        ...contentConfig.build,
        lib: firefox
          ? {
              entry: resolve(dir, 'strip-script.ts'),
              formats: ['iife'],
              name: 'sessionKeeperStrip',
              fileName: 'google-calendar-strip',
            }
          : { entry: resolve(dir, 'strip.ts'), formats: ['es'], fileName: 'google-calendar-strip' },
        rollupOptions: { output },
        rolldownOptions: { output },
      } as InlineConfig['build'],
    });
  });

  wxt.hooks.hook('build:manifestGenerated', (_, manifest) => {
    // Firefox runs the script through tabs.executeScript, which reads any file of the extension.
    if (firefox) return;
    manifest.web_accessible_resources ??= [];
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
