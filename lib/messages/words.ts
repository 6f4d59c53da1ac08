import { translatorFor } from '../i18n/load';
import type { Locale } from '../i18n/locales';
import type { Translator } from '../i18n/translator';
import { uiCatalogueLocale, uiTranslator } from '../i18n/ui';

/**
 * The catalogue a message to a therapist is written from: their language. When it is the UI's,
 * the browser's own catalogue (no fetch, dates in the browser's regional locale, e.g. es-MX);
 * otherwise that language's catalogue, read from the extension's files.
 */
export async function messageWordsFor(language: Locale): Promise<Translator> {
  return language === uiCatalogueLocale() ? uiTranslator() : translatorFor(language);
}
