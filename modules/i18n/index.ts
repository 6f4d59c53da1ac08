import { defineWxtModule } from 'wxt/modules';
import { CATALOGUE_LOCALE_KEY } from '../../lib/i18n/chrome-messages';
import { catalogueDir, DEFAULT_LOCALE } from '../../lib/i18n/locales';
import { pseudo, toChromeMessages, typeDeclarations, type SourceCatalogue } from '../../lib/i18n/source';
import { readSourceCatalogues } from './read';

// The catalogues: locales/<locale>/<area>.json (one writer per file, locales/README.md) become
// Chrome's _locales/<locale>/messages.json at build, and the English keys become the types of
// `t()` (.wxt/types/sk-messages.d.ts). `SK_PSEUDO=1` builds English as the pseudo-locale.

/** Catalogues shipped under a second name: Chrome tries `pt` for any Portuguese but Brazil's. */
const ALIASES: Record<string, string> = { pt: 'pt_BR' };

export default defineWxtModule((wxt) => {
  const read = () => readSourceCatalogues(wxt.config.root);
  const pseudoEnglish = process.env.SK_PSEUDO === '1';

  wxt.hooks.hook('build:publicAssets', (_, files) => {
    const built = new Map<string, string>();
    for (const [locale, source] of read()) {
      if (Object.keys(source).length === 0) continue;
      const catalogue: SourceCatalogue =
        pseudoEnglish && locale === DEFAULT_LOCALE
          ? Object.fromEntries(Object.entries(source).map(([k, v]) => [k, { ...v, message: pseudo(v.message) }]))
          : source;
      const json = JSON.stringify(toChromeMessages(catalogue, { [CATALOGUE_LOCALE_KEY]: locale }), null, 1);
      built.set(catalogueDir(locale), json);
    }
    for (const [alias, dir] of Object.entries(ALIASES)) {
      const json = built.get(dir);
      if (json) built.set(alias, json);
    }
    for (const [dir, contents] of built) files.push({ relativeDest: `_locales/${dir}/messages.json`, contents });
  });

  wxt.hooks.hook('prepare:types', (_, entries) => {
    const english = read().get(DEFAULT_LOCALE) ?? {};
    entries.push({ path: 'types/sk-messages.d.ts', text: typeDeclarations(english), tsReference: true });
  });

  // The calendar add-on writes a reschedule message in the therapist's language from a content
  // script, which can fetch only web-accessible files: the catalogues, for the calendar only
  // (Chrome: behind a per-session URL, as the strip's module is; modules/gcal-addon.ts).
  wxt.hooks.hook('build:manifestGenerated', (_, manifest) => {
    manifest.web_accessible_resources ??= [];
    (manifest.web_accessible_resources as object[]).push({
      matches: ['https://calendar.google.com/*'],
      resources: ['_locales/*/messages.json'],
      ...(wxt.config.browser === 'firefox' ? {} : { use_dynamic_url: true }),
    });
  });

  wxt.hooks.hook('prepare:publicPaths', (_, paths) => {
    paths.push({ type: 'templateLiteral', path: '_locales/${string}/messages.json' });
  });
});
