import { pluralCategory, pluralKey, substitute, type ParamValue } from './message';

// Typed lookups. The key lists (`SkMessages`, `SkPlurals`) are generated from the English
// catalogue by modules/i18n.ts into .wxt/types/sk-messages.d.ts, so a key that is not in English, or a
// missing placeholder value, is a type error.

export type MessageKey = keyof SkMessages;
export type PluralKey = keyof SkPlurals;

type ArgsOf<P> = keyof P extends never ? [] : [params: P];
export type MessageArgs<K extends MessageKey> = ArgsOf<SkMessages[K]>;
export type PluralArgs<K extends PluralKey> = ArgsOf<SkPlurals[K]>;

export interface Translator {
  /** The BCP 47 locale numbers, dates and plural rules are written in. */
  readonly locale: string;
  t<K extends MessageKey>(key: K, ...args: MessageArgs<K>): string;
  /** The CLDR form of `key` for `count` (`key__one`, `key__few`, … `key__other`); `{count}` is `count`. */
  plural<K extends PluralKey>(key: K, count: number, ...args: PluralArgs<K>): string;
}

/** A catalogue's raw message for a key, `''` when it has none (as `i18n.getMessage` answers). */
export type Lookup = (key: string) => string;

/**
 * A translator over any catalogue. `locale` writes numbers; `pluralLocale` is the catalogue's own
 * language, whose CLDR rules its plural forms follow (a Mexican browser reads the `es` catalogue).
 */
export function createTranslator(locale: string, lookup: Lookup, pluralLocale: string = locale): Translator {
  const params = (args: readonly unknown[]): Record<string, ParamValue> =>
    (args[0] as Record<string, ParamValue> | undefined) ?? {};
  return {
    locale,
    t(key, ...args) {
      return substitute(lookup(key), params(args), locale);
    },
    plural(key, count, ...args) {
      const category = pluralCategory(count, pluralLocale);
      const message = lookup(pluralKey(key, category)) || lookup(pluralKey(key, 'other'));
      return substitute(message, { count, ...params(args) }, locale);
    },
  };
}
