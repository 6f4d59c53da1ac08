// The languages Session Keeper is written in. A locale is a BCP 47 tag (what `Intl` and the
// stored therapist language use); its catalogue folder is Chrome's code for it, with `_`
// (https://developer.chrome.com/docs/extensions/reference/api/i18n#locales).
export const LOCALES = ['en', 'en-GB', 'es', 'fr', 'de', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];

/** The manifest's `default_locale`: what Chrome falls back to for a key or a language it lacks. */
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(tag: string): tag is Locale {
  return (LOCALES as readonly string[]).includes(tag);
}

/** `pt-BR` → `pt_BR`: the folder under `_locales/` (and `locales/`). */
export function catalogueDir(locale: Locale): string {
  return locale.replace('-', '_');
}

/**
 * The catalogue a browser language reads, as Chrome chooses it: the exact locale, then its
 * language alone, then the default (`es-MX` → `es`, `en-AU` → `en`, `ja` → `en`). Portuguese
 * other than Brazil's reads Brazil's, which the build also ships as `pt`.
 */
export function matchLocale(tag: string): Locale {
  const canonical = canonicalTag(tag);
  if (isLocale(canonical)) return canonical;
  const language = canonical.split('-')[0] ?? '';
  if (isLocale(language)) return language;
  if (language === 'pt') return 'pt-BR';
  return DEFAULT_LOCALE;
}

function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag.replace('_', '-'))[0] ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}
