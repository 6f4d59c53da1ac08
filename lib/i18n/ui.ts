import { browser } from 'wxt/browser';
import { CATALOGUE_LOCALE_KEY } from './chrome-messages';
import { DEFAULT_LOCALE, matchLocale, type Locale } from './locales';
import {
  createTranslator,
  type MessageArgs,
  type MessageKey,
  type PluralArgs,
  type PluralKey,
  type Translator,
} from './translator';

// The UI's language is the browser's (`i18n.getUILanguage`): Chrome picks the catalogue, and
// `Intl` writes numbers and dates in the browser's own locale (`es-MX`, not just `es`).

/** The browser's UI locale, for `Intl` (the format kit takes it as an argument). */
export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}

/** The catalogue language the UI reads: a new therapist's default message language. */
export function uiCatalogueLocale(): Locale {
  return matchLocale(getMessage(CATALOGUE_LOCALE_KEY) || DEFAULT_LOCALE);
}

// WXT types `getMessage` from public/_locales, which this project does not use (the catalogues
// are built, modules/i18n); the key types live on `t()` instead.
const getMessage = (key: string): string => (browser.i18n.getMessage as (name: string) => string)(key);

// The UI's words, kept per key: the catalogue does not change while a page is open, and a call
// into the extension API costs more than a lookup (a popup's first render asks for the same
// words once per card).
const messages = new Map<string, string>();
const uiMessage = (key: string): string => {
  let message = messages.get(key);
  if (message === undefined) {
    message = getMessage(key);
    messages.set(key, message);
  }
  return message;
};

let ui: Translator | undefined;

export function uiTranslator(): Translator {
  ui ??= createTranslator(uiLocale(), uiMessage, uiCatalogueLocale());
  return ui;
}

/** A UI string: `t('popup_checkIn')`, `t('popup_dueBy', { time })`. */
export function t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string {
  return uiTranslator().t(key, ...args);
}

/** A UI string with a count, in the CLDR form the count needs: `plural('popup_sessions', n)`. */
export function plural<K extends PluralKey>(key: K, count: number, ...args: PluralArgs<K>): string {
  return uiTranslator().plural(key, count, ...args);
}
