import { defineConfig } from 'wxt';

// Build-time configuration (never secrets): the Google OAuth client id, and for tests the
// authorize and API endpoints of the local fake Google server.
const env = process.env;

export default defineConfig({
  modules: ['@wxt-dev/module-svelte'],
  // Runes everywhere (STYLE.md): a component without runes would compile in legacy mode and
  // pull legacy code into every page. Fragments built node by node ('tree'), not parsed from
  // HTML strings: no `innerHTML` in the bundle, which Mozilla's linter warns about.
  svelte: { vite: { compilerOptions: { runes: true, discloseVersion: false, fragments: 'tree' } } },
  imports: false,
  // Parallel builds (tests, benchmarks) can write elsewhere.
  outDir: env.SK_OUT_DIR ?? '.output',
  // The sources zip for Mozilla's review: what builds the extension, not local test output.
  zip: { excludeSources: ['screenshots/**', '.tmp/**', '.output-e2e/**', 'docs/store/screenshots/**'] },
  manifest: ({ browser, manifestVersion }) => ({
    // Localised from the catalogues (modules/i18n): Chrome and Firefox replace `__MSG_key__`.
    name: '__MSG_common_extName__',
    description: '__MSG_common_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'identity',
      // To say where a feed's address redirects to (another host, a loop, file:): the extension's
      // fetch hides it. Events come only for hosts already granted; no install warning.
      'webRequest',
      // Firefox: the calendar add-on's strip is run in the calendar's frame by `tabs.executeScript`
      // (modules/gcal-addon.ts), which needs the host permission; the content script already
      // asks for that site, so the install prompt is as before (Firefox words both the same:
      // "Access your data for calendar.google.com").
      ...(browser === 'firefox' ? ['https://calendar.google.com/*'] : ['sidePanel']),
    ],
    // Feed origins and Google's API are asked for when the user adds them (DESIGN.md: privacy).
    // Chromium's end-to-end build is granted loopback at install, so that `permissions.request`
    // for the test servers resolves without the browser's prompt, which automation cannot click.
    // Firefox's is not: there a pref grants without a prompt, so the request itself is tested.
    ...(env.SK_E2E && browser !== 'firefox' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: '__MSG_common_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'session-keeper@example.org',
              // 140 ESR: the first that reads data_collection_permissions (Android: 142).
              strict_min_version: '140.0',
              // Nothing is sent to the developer or any third party (docs/PRIVACY.md); calendar
              // requests go to the hosts the user adds (MDN, data_collection_permissions).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      // The pages (popup, side panel, options) load their own chunk and one shared chunk of
      // everything two of them use, not a chunk per set of pages: each file a page loads costs
      // it a request before its code runs (one chunk fewer per page, measured in `npm run bench`).
      if (!entrypoints.some((e) => e.inputPath.endsWith('.html'))) return;
      const options = (config.build ??= {}).rolldownOptions ?? {};
      const output = Array.isArray(options.output) ? {} : options.output;
      config.build.rolldownOptions = {
        ...options,
        output: { ...output, codeSplitting: { groups: [{ name: 'shared', minShareCount: 2 }] } },
      };
    },
    'build:manifestGenerated': (_wxt, manifest) => {
      // Firefox opens an extension's sidebar by itself at install unless told not to (MDN,
      // sidebar_action.open_at_install); it opens after a missed session instead.
      const sidebar = (manifest as { sidebar_action?: { open_at_install?: boolean } }).sidebar_action;
      if (sidebar) sidebar.open_at_install = false;
    },
  },
  vite: () => ({
    // Every browser the extension supports has `modulepreload`; the polyfill only costs bytes.
    build: { modulePreload: { polyfill: false } },
    define: {
      __GOOGLE_CLIENT_ID__: JSON.stringify(env.SK_GOOGLE_CLIENT_ID ?? ''),
      __GOOGLE_AUTH_URL__: JSON.stringify(env.SK_GOOGLE_AUTH_URL ?? 'https://accounts.google.com/o/oauth2/v2/auth'),
      __GOOGLE_API_URL__: JSON.stringify(env.SK_GOOGLE_API_URL ?? 'https://www.googleapis.com/calendar/v3'),
      // The Gmail API's base, without `/gmail/v1` (https://developers.google.com/workspace/gmail/api/reference/rest).
      __GMAIL_API_URL__: JSON.stringify(env.SK_GMAIL_API_URL ?? 'https://gmail.googleapis.com'),
    },
  }),
});
