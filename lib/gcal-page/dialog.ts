import type { PageEventText } from './lookup';

// Google Calendar's stable hooks (DESIGN.md, "Google Calendar web page"). Class names are
// obfuscated and change every few months: never select by them.
export const EVENT_DIALOG = '[role="dialog"][data-chips-dialog="true"]';
export const EVENT_DETAILS = '#xDetDlg[data-eventid]';
export const EVENT_CHIP = 'div[data-eventid][data-eventchip]';
// Quick-create has the same dialog attributes; its title is a text field.
const TEXT_FIELD = 'input:not([type]), input[type="text"], textarea, [contenteditable="true"]';

/** The open event-details dialog (not quick-create), or null. */
export function findEventDialog(root: ParentNode): Element | null {
  for (const dialog of root.querySelectorAll(EVENT_DIALOG)) {
    if (isHidden(dialog) || isQuickCreate(dialog)) continue;
    return dialog;
  }
  return null;
}

export function isQuickCreate(dialog: Element): boolean {
  return dialog.querySelector(TEXT_FIELD) !== null;
}

function isHidden(element: Element): boolean {
  return element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true';
}

/**
 * The event a dialog or chip shows, as the page writes it, or null when it has no id.
 * `element` is the chip itself, or the dialog (whose details section carries the id and whose
 * heading is the title, followed by the "when" line). The id is decoded where it is matched
 * (`pageEvent`, in the background).
 */
export function readPageEvent(element: Element): PageEventText | null {
  const chip = element.matches('[data-eventid]');
  const holder = chip ? element : element.querySelector(EVENT_DETAILS);
  const id = holder?.getAttribute('data-eventid');
  if (!id || !holder) return null;
  const texts = textsOf(holder);
  if (chip) return { id, title: null, when: texts.join(', '), texts };
  const heading = holder.querySelector('[role="heading"]');
  return { id, title: heading?.textContent ?? null, when: heading ? whenLine(heading) : texts.join(', '), texts };
}

/** The text of the block after the heading's: where Google writes the date and time. */
function whenLine(heading: Element): string {
  for (let block: Element | null = heading; block; block = block.parentElement) {
    const next = block.nextElementSibling;
    if (next) return next.textContent ?? '';
  }
  return '';
}

/** The non-empty text nodes under `root`, trimmed, in document order. */
export function textsOf(root: Node): string[] {
  const texts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const text = node.textContent?.trim();
      if (text) texts.push(text);
      return;
    }
    const name = node.nodeName;
    if (name === 'SCRIPT' || name === 'STYLE') return;
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(root);
  return texts;
}

/** Whether `child` sits directly in `parent`: the only place Google's re-renders leave alone. */
export function isDirectChild(child: Element | null | undefined, parent: Element): boolean {
  return !!child && child.parentElement === parent;
}
