import { beforeEach, describe, expect, it } from 'vitest';
import { escapeDollars, readChromeMessages } from './chrome-messages';
import { clearLoadedCatalogues, translatorFor, type LoadDeps } from './load';
import { matchLocale } from './locales';
import { placeholdersOf, substitute } from './message';
import { pseudo, PSEUDO_CLOSE, PSEUDO_OPEN } from './source';
import { createTranslator } from './translator';

// The lookup rules with made-up keys: the real ones are typed, these go through `never`.
const table = (messages: Record<string, string>) => (key: string) => messages[key] ?? '';
type Loose = { t(key: string, params?: object): string; plural(key: string, n: number, params?: object): string };
const loose = (tr: unknown) => tr as Loose;

describe('substitute', () => {
  it.each([
    ['Check in by {time}', { time: '3:40 PM' }, 'en', 'Check in by 3:40 PM'],
    ['{count} sessions', { count: 1234.5 }, 'de', '1.234,5 sessions'],
    ['{count} sessions', { count: 1234 }, 'fr', '1\u202f234 sessions'],
    ['Hello {name}', {}, 'en', 'Hello {name}'],
    ['No braces', { x: 1 }, 'en', 'No braces'],
  ])('%s with %o in %s', (message, params, locale, expected) => {
    expect(substitute(message, params, locale)).toBe(expected);
  });

  it('lists placeholders once, sorted', () => {
    expect(placeholdersOf('{b} {a} {b}')).toEqual(['a', 'b']);
  });
});

describe('plural', () => {
  const messages = {
    x_sessions__one: '{count} séance',
    x_sessions__many: '{count} de séances',
    x_sessions__other: '{count} séances',
  };
  const fr = loose(createTranslator('fr', table(messages)));

  it.each([
    [0, '0 séance'],
    [1, '1 séance'],
    [2, '2 séances'],
    [1_000_000, '1\u202f000\u202f000 de séances'],
  ])('French %d → %s (CLDR one, many, other)', (n, expected) => {
    expect(fr.plural('x_sessions', n)).toBe(expected);
  });

  it('falls back to the other form when a category is missing', () => {
    const en = loose(createTranslator('en', table({ x_n__other: '{count} left' })));
    expect(en.plural('x_n', 1)).toBe('1 left');
  });

  it('follows the catalogue language for forms and the UI locale for digits', () => {
    const esMx = loose(createTranslator('es-MX', table({ x_n__one: 'una', x_n__other: '{count} más' }), 'es'));
    expect([esMx.plural('x_n', 1), esMx.plural('x_n', 1500)]).toEqual(['una', '1,500 más']);
  });
});

describe('Chrome messages', () => {
  it('escapes $ for Chrome and reads it back', () => {
    const json = { a_fee: { message: escapeDollars('$40 fee') } };
    expect(json.a_fee.message).toBe('$$40 fee');
    expect(readChromeMessages(json).get('a_fee')).toBe('$40 fee');
  });

  it('pseudo-translates inside markers, placeholders untouched, about 40% longer', () => {
    const out = pseudo('Check in by {time}');
    expect(out.startsWith(PSEUDO_OPEN) && out.endsWith(PSEUDO_CLOSE)).toBe(true);
    expect(out).toContain('{time}');
    expect(out).toContain('Çĥéçķ');
    expect(out.length).toBeGreaterThan('Check in by {time}'.length * 1.3);
  });
});

describe('translatorFor', () => {
  const files: Record<string, object> = {
    '/_locales/fr/messages.json': { x_hello: { message: 'Bonjour {name}' } },
    '/_locales/en/messages.json': { x_hello: { message: 'Hello {name}' }, x_only: { message: 'Only English' } },
  };
  let fetched: string[] = [];
  const deps: LoadDeps = {
    url: (path) => `ext:${path}`,
    fetch: (url) => {
      fetched.push(url);
      const body = files[url.slice(4)];
      return Promise.resolve({ ok: !!body, status: body ? 200 : 404, json: () => Promise.resolve(body) });
    },
  };
  beforeEach(() => {
    fetched = [];
    clearLoadedCatalogues();
  });

  it("reads another locale's catalogue once, English beneath it", async () => {
    const fr = loose(await translatorFor('fr', deps));
    await translatorFor('fr', deps);
    expect([fr.t('x_hello', { name: 'Ana' }), fr.t('x_only')]).toEqual(['Bonjour Ana', 'Only English']);
    expect(fetched).toEqual(['ext:/_locales/fr/messages.json', 'ext:/_locales/en/messages.json']);
  });

  it('says which locale could not be read, and tries again next time', async () => {
    await expect(translatorFor('de', deps)).rejects.toThrow('The de messages could not be read (HTTP 404).');
    await expect(translatorFor('de', deps)).rejects.toThrow();
    expect(fetched.filter((u) => u.includes('/de/'))).toHaveLength(2);
  });
});

describe('matchLocale', () => {
  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en-GB'],
    ['en_GB', 'en-GB'],
    ['es-MX', 'es'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['fr-CA', 'fr'],
    ['de-AT', 'de'],
    ['ja', 'en'],
    ['', 'en'],
  ])('%s → %s', (tag, expected) => {
    expect(matchLocale(tag)).toBe(expected);
  });
});
