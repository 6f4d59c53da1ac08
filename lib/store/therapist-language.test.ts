import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { therapistsItem } from './items';

// A therapist's message language: chosen per therapist, the UI's until then.
const stored = (extra: object) => [{ id: 't1', name: 'Dr Lee', ...extra }];
const original = fakeBrowser.i18n.getMessage;

describe('therapist language', () => {
  afterEach(() => {
    fakeBrowser.i18n.getMessage = original;
  });

  it("gives therapists stored before languages existed the UI's language", () => {
    fakeBrowser.i18n.getMessage = (name: string) => (name === 'catalogue_locale' ? 'fr' : original(name));
    expect(therapistsItem.read(stored({}), 1, [])[0]?.language).toBe('fr');
  });

  it.each([
    ['de', 'de'],
    ['pt-BR', 'pt-BR'],
    ['klingon', 'en'],
    [42, 'en'],
  ])('reads a stored %s as %s', (language, expected) => {
    expect(therapistsItem.read(stored({ language }), 2, [])[0]?.language).toBe(expected);
  });
});
