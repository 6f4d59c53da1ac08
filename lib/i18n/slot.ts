// A sentence with an element inside (a date in <strong>, a link): the whole sentence is one
// message, so a translator can move the placeholder, and the page renders the text around it.

const SLOT = '\u0000';

/**
 * Text before and after the one slot of a translated sentence: pass `SLOT_VALUE` for the
 * placeholder that becomes an element, `slotted(t('key', { when: SLOT_VALUE }))`.
 */
export function slotted(text: string): [before: string, after: string] {
  const at = text.indexOf(SLOT);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + SLOT.length)];
}

export const SLOT_VALUE = SLOT;
