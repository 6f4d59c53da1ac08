import type { Locale } from '../lib/i18n/locales';
import type { Translator } from '../lib/i18n/translator';
import { uiCatalogueLocale, uiTranslator } from '../lib/i18n/ui';
import { messageWordsFor } from '../lib/messages/words';

/**
 * The catalogue of a therapist's language, for writing to them, kept to their current language.
 * The UI's own catalogue serves at once; another language's is read from the extension's files
 * (a few milliseconds), and until it is there, or if it cannot be read, the UI's stands in.
 */
export class MessageWords {
  #language: () => Locale;
  #loaded = $state<{ language: Locale; words: Translator } | null>(null);

  constructor(language: () => Locale) {
    this.#language = language;
    $effect(() => {
      const wanted = language();
      if (wanted === uiCatalogueLocale()) return;
      let live = true;
      messageWordsFor(wanted).then(
        (words) => {
          if (live) this.#loaded = { language: wanted, words };
        },
        // The UI's catalogue stands in: the client still sees and edits the message.
        () => undefined,
      );
      return () => {
        live = false;
      };
    });
  }

  get current(): Translator {
    const wanted = this.#language();
    return this.#loaded?.language === wanted ? this.#loaded.words : uiTranslator();
  }
}
