import { describe, expect, it } from 'vitest';
import { readSourceCatalogues } from '../../modules/i18n/read';
import { LOCALES, DEFAULT_LOCALE, type Locale } from './locales';
import { placeholdersOf, PLURAL_CATEGORIES, requiredCategories, splitPluralKey } from './message';
import type { SourceCatalogue } from './source';

// Every catalogue against English: the same keys, the same placeholders, and each plural in the
// forms that language's CLDR rules ask for. A regional variant (en-GB) may hold only the
// messages it spells differently: Chrome reads the rest from its language (en).

const catalogues = readSourceCatalogues(process.cwd());
const english = catalogues.get(DEFAULT_LOCALE) ?? {};
const begun = LOCALES.filter((l) => Object.keys(catalogues.get(l) ?? {}).length > 0);
const isVariant = (l: Locale) => l.includes('-') && LOCALES.includes(l.split('-')[0] as Locale);

/** Plain keys, and plural base keys with the forms present. */
function shape(catalogue: SourceCatalogue): { plain: Set<string>; plurals: Map<string, Set<string>> } {
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of Object.keys(catalogue)) {
    const plural = splitPluralKey(key);
    if (!plural) plain.add(key);
    else plurals.set(plural[0], (plurals.get(plural[0]) ?? new Set()).add(plural[1]));
  }
  return { plain, plurals };
}

/** A plural's placeholders across its forms: a form may leave `{count}` out ("a session"). */
function placeholders(catalogue: SourceCatalogue, key: string): string[] {
  const plural = splitPluralKey(key);
  if (!plural) return placeholdersOf(catalogue[key]?.message ?? '');
  const forms = PLURAL_CATEGORIES.map((c) => catalogue[`${plural[0]}__${c}`]?.message ?? '');
  return [...new Set(forms.flatMap(placeholdersOf))].filter((p) => p !== 'count').sort();
}

describe('the catalogues', () => {
  it('include English, with the manifest name and description', () => {
    expect(begun).toContain(DEFAULT_LOCALE);
    expect(english.common_extName?.message).toBeTruthy();
  });

  describe.each(begun)('%s', (locale) => {
    const catalogue = catalogues.get(locale) ?? {};
    const own = shape(catalogue);
    const base = shape(english);

    it('has every English key and no other', () => {
      const missing = [...base.plain].filter((k) => !own.plain.has(k));
      const extra = [...own.plain].filter((k) => !base.plain.has(k));
      const missingPlurals = [...base.plurals.keys()].filter((k) => !own.plurals.has(k));
      const extraPlurals = [...own.plurals.keys()].filter((k) => !base.plurals.has(k));
      expect(extra).toEqual([]);
      expect(extraPlurals).toEqual([]);
      if (!isVariant(locale)) {
        expect(missing).toEqual([]);
        expect(missingPlurals).toEqual([]);
      }
    });

    it('uses the same placeholders as English in every message', () => {
      const differing = Object.keys(catalogue)
        .filter((k) => k in english || splitPluralKey(k))
        .map((k) => ({ key: k, own: placeholders(catalogue, k), english: placeholders(english, k) }))
        .filter((d) => d.english.join() !== d.own.join());
      expect(differing).toEqual([]);
    });

    it(`gives each plural the CLDR forms of ${locale} (${requiredCategories(locale).join(', ')})`, () => {
      const needed = requiredCategories(locale);
      const wrong = [...own.plurals]
        .filter(
          ([, forms]) => needed.some((c) => !forms.has(c)) || [...forms].some((f) => !needed.includes(f as never)),
        )
        .map(([key, forms]) => `${key}: ${[...forms].join(', ')}`);
      expect(wrong).toEqual([]);
    });

    it('fits the manifest limits (name 75, description 132 characters)', () => {
      expect((catalogue.common_extName?.message ?? '').length).toBeLessThanOrEqual(75);
      expect((catalogue.common_extDescription?.message ?? '').length).toBeLessThanOrEqual(132);
    });
  });
});
