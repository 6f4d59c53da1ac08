import { browser } from 'wxt/browser';
import type { Validator } from './validate';

/**
 * A value in `storage.session` (in memory, gone when the browser closes: the Google token, the
 * badge last written). Read only when asked — never when a module loads — because content
 * scripts may not touch the session area ("Access to storage is not allowed from this
 * context"; Firefox's content scripts have no `storage.session` at all).
 */
export function sessionValue<T>(key: string, schema: Validator<T>, fallback: T) {
  return {
    async get(): Promise<T> {
      const raw = ((await browser.storage.session.get(key)) as Record<string, unknown>)[key];
      return raw === undefined ? fallback : (schema(raw, []) ?? fallback);
    },
    async set(value: T): Promise<void> {
      await browser.storage.session.set({ [key]: value });
    },
  };
}
