import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearLoadedCatalogues } from '../i18n/load';
import { messageWordsFor } from './words';

// The test setup's browser speaks English (en-US): its catalogue serves English messages at
// once; another language's catalogue is fetched from the extension's files.

afterEach(() => {
  vi.unstubAllGlobals();
  clearLoadedCatalogues();
});

describe('messageWordsFor', () => {
  it("uses the browser's own catalogue for the UI's language, without a fetch", async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const words = await messageWordsFor('en');
    expect(words.t('templates_rescheduleAsk')).toBe('Could we find another time to meet?');
    expect(words.locale).toBe('en-US');
    expect(fetch).not.toHaveBeenCalled();
  });

  it("reads another language's catalogue from the extension's files", async () => {
    const files: Record<string, object> = {
      fr: { templates_rescheduleAsk: { message: 'Pourrions-nous trouver un autre moment ?' } },
      en: { templates_rescheduleAsk: { message: 'Could we find another time to meet?' } },
    };
    const fetch = vi.fn((url: string) => {
      const body = files[/_locales\/(\w+)\//.exec(url)?.[1] ?? ''];
      return Promise.resolve({ ok: !!body, status: body ? 200 : 404, json: () => Promise.resolve(body) });
    });
    vi.stubGlobal('fetch', fetch);
    const words = await messageWordsFor('fr');
    expect(words.t('templates_rescheduleAsk')).toBe('Pourrions-nous trouver un autre moment ?');
    expect(words.locale).toBe('fr');
    expect(fetch.mock.calls.map(([url]) => url).some((url) => url.endsWith('/_locales/fr/messages.json'))).toBe(true);
  });
});
