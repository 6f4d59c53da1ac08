// Chrome's `_locales/<locale>/messages.json` format
// (https://developer.chrome.com/docs/extensions/reference/api/i18n#messages): each key holds
// `{ message, description? }`, and `$` introduces a Chrome placeholder, so a literal one is `$$`.
// Session Keeper uses none of Chrome's placeholders (its own are `{name}`, message.ts).

export interface ChromeMessage {
  message: string;
  description?: string;
}
export type ChromeMessages = Record<string, ChromeMessage>;

/** Filled in by the build in every catalogue: which catalogue the browser chose (`es`, `pt-BR`). */
export const CATALOGUE_LOCALE_KEY = 'catalogue_locale';

export function escapeDollars(message: string): string {
  return message.replaceAll('$', '$$$$');
}

/** A fetched messages.json as `key → message`, as `i18n.getMessage` would return them. */
export function readChromeMessages(json: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof json !== 'object' || json === null) return out;
  for (const [key, value] of Object.entries(json)) {
    const message: unknown = (value as { message?: unknown } | null)?.message;
    // Chrome's message names are case-insensitive; getMessage finds them in any case.
    if (typeof message === 'string') out.set(key.toLowerCase(), message.replaceAll('$$', '$'));
  }
  return out;
}
