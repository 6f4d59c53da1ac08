import { browser } from 'wxt/browser';
import { readChromeMessages } from './chrome-messages';
import { catalogueDir, DEFAULT_LOCALE, type Locale } from './locales';
import { createTranslator, type Translator } from './translator';
import { t } from './ui';

// Another language than the UI's, at run time: a message to a therapist is written in the
// therapist's language. `i18n.getMessage` reads only the browser's catalogue, so the built
// messages.json is fetched from the extension's own files (once per locale and context) and read
// by the same rules. A key it lacks falls back to English, as Chrome's lookup does.

export interface LoadDeps {
  fetch: (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;
  url: (path: string) => string;
}

const browserDeps = (): LoadDeps => ({
  fetch: (url) => fetch(url),
  url: (path) => browser.runtime.getURL(path as `/_locales/${string}/messages.json`),
});

export class CatalogueLoadError extends Error {
  constructor(
    readonly locale: Locale,
    readonly status: number,
  ) {
    super(t('errors2_catalogueLoad', { language: locale, status }));
    this.name = 'CatalogueLoadError';
  }
}

const cache = new Map<Locale, Promise<Map<string, string>>>();

async function messagesOf(locale: Locale, deps: LoadDeps): Promise<Map<string, string>> {
  let pending = cache.get(locale);
  if (!pending) {
    pending = deps.fetch(deps.url(`/_locales/${catalogueDir(locale)}/messages.json`)).then(async (response) => {
      if (!response.ok) throw new CatalogueLoadError(locale, response.status);
      return readChromeMessages(await response.json());
    });
    // A failed read is not kept: the next message tries again.
    pending.catch(() => cache.delete(locale));
    cache.set(locale, pending);
  }
  return pending;
}

/** A translator for `locale`'s catalogue, English beneath it. */
export async function translatorFor(locale: Locale, deps: LoadDeps = browserDeps()): Promise<Translator> {
  const [own, fallback] = await Promise.all([
    messagesOf(locale, deps),
    locale === DEFAULT_LOCALE ? undefined : messagesOf(DEFAULT_LOCALE, deps),
  ]);
  const lookup = (key: string): string => {
    const k = key.toLowerCase();
    return own.get(k) ?? fallback?.get(k) ?? '';
  };
  return createTranslator(locale, lookup);
}

/** Forgets fetched catalogues (tests). */
export function clearLoadedCatalogues(): void {
  cache.clear();
}
