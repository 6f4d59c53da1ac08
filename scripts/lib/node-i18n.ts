// The feed scripts run in Node, where there is no extension `browser.i18n`: the words lib/ makes
// with `t()` come from the English source catalogue, as an English-speaking browser shows them.
// Import this before anything from lib/ (wxt/browser reads `globalThis.chrome` when loaded).
import { readSourceCatalogues } from '../../modules/i18n/read';
import { CATALOGUE_LOCALE_KEY } from '../../lib/i18n/chrome-messages';
import { DEFAULT_LOCALE } from '../../lib/i18n/locales';

const root = new URL('../../', import.meta.url).pathname;
const english = readSourceCatalogues(root).get(DEFAULT_LOCALE) ?? {};
const byKey = new Map(Object.entries(english).map(([k, v]) => [k.toLowerCase(), v.message]));
const g = globalThis as { chrome?: unknown; browser?: unknown };

if (g.chrome === undefined && g.browser === undefined) {
  g.chrome = {
    i18n: {
      getUILanguage: () => 'en-US',
      getMessage: (name: string) => (name === CATALOGUE_LOCALE_KEY ? 'en' : (byKey.get(name.toLowerCase()) ?? '')),
    },
  };
}
