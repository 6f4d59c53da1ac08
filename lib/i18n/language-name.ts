import type { Locale } from './locales';

/**
 * A language named in itself ("français", "Deutsch", "português (Brasil)"), as language pickers
 * do: a reader finds their own language whatever the page's is (Intl.DisplayNames).
 */
export function languageName(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
