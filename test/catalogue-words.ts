import { readSourceCatalogues } from '../modules/i18n/read';
import type { Locale } from '../lib/i18n/locales';
import { createTranslator, type Translator } from '../lib/i18n/translator';

const catalogues = readSourceCatalogues(process.cwd());

/**
 * A locale's source catalogue (locales/<locale>/*.json) with English beneath it, read the way the
 * built extension reads them: for unit tests of text in a given language.
 */
export function wordsOf(locale: Locale): Translator {
  const own = catalogues.get(locale) ?? {};
  const english = catalogues.get('en') ?? {};
  return createTranslator(locale, (key) => own[key]?.message ?? english[key]?.message ?? '');
}
