// How a catalogue message becomes text: `{name}` placeholders and CLDR plural forms. The same
// rules serve the browser's catalogue (the UI's language) and one fetched at run time (a
// therapist's language), so both read alike.

/** `{name}`: a letter, then letters or digits. Messages hold no other braces. */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** CLDR plural categories (https://cldr.unicode.org/index/cldr-spec/plural-rules). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** `popup_sessions__one` → `['popup_sessions', 'one']`; a key without a plural suffix → null. */
export function splitPluralKey(key: string): [base: string, category: PluralCategory] | null {
  const match = /^(.+)__(zero|one|two|few|many|other)$/.exec(key);
  return match ? [match[1] as string, match[2] as PluralCategory] : null;
}

export function pluralKey(base: string, category: PluralCategory): string {
  return `${base}__${category}`;
}

/** The placeholder names a message uses, sorted, each once. */
export function placeholdersOf(message: string): string[] {
  return [...new Set([...message.matchAll(PLACEHOLDER)].map((m) => m[1] as string))].sort();
}

export type ParamValue = string | number;

/**
 * Puts the values in. Numbers are written in `locale`'s digits and separators (Intl); a name
 * without a value stays `{name}`, visible, rather than vanishing from a sentence.
 */
export function substitute(message: string, params: Readonly<Record<string, ParamValue>>, locale: string): string {
  if (!message.includes('{')) return message;
  return message.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'string') return value;
    return cachedFor(numbers, locale, () => new Intl.NumberFormat(locale)).format(value);
  });
}

// Made once per locale: constructing an `Intl` object costs far more than using it.
const numbers = new Map<string, Intl.NumberFormat>();
const rules = new Map<string, Intl.PluralRules>();

function cachedFor<F>(cache: Map<string, F>, locale: string, make: () => F): F {
  let made = cache.get(locale);
  if (!made) {
    made = make();
    cache.set(locale, made);
  }
  return made;
}

/** The CLDR category of `count` in `locale` (`Intl.PluralRules`, cached per locale). */
export function pluralCategory(count: number, locale: string): PluralCategory {
  return cachedFor(rules, locale, () => new Intl.PluralRules(locale)).select(count);
}

/** The categories a catalogue in `locale` must give every plural message. */
export function requiredCategories(locale: string): PluralCategory[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories as PluralCategory[];
}
