import type { Target } from './types';

/** A `Target` that survives serialisation into a page: RegExps as source and flags. */
export interface WireTarget {
  role?: string;
  name?: string | WireRegExp;
  exact?: boolean;
  label?: string;
  text?: string | WireRegExp;
  testId?: string;
  css?: string;
  within?: WireTarget;
  hasText?: string;
  nth?: number;
}
interface WireRegExp {
  source: string;
  flags: string;
}

export function toWire(target: Target): WireTarget {
  const wire = (v: unknown) => (v instanceof RegExp ? { source: v.source, flags: v.flags } : v);
  const out = Object.fromEntries(
    Object.entries(target).map(([k, v]) => [k, k === 'within' ? toWire(v as Target) : wire(v)]),
  );
  return out as WireTarget;
}

/** What `findInPage` does with the elements it found. */
export type FindOp = 'count' | 'texts' | 'value' | 'checked' | 'mark' | `option:${string}`;

/**
 * Evaluated in the page (self-contained: it is sent as source). Finds the shown elements that
 * match `target` the way assistive technology names them (WAI-ARIA's accessible name, simplified
 * to what this project's pages use) and:
 * `count` → how many; `texts` → their rendered text; `value` / `checked` → the first one's value
 * or checked state (null when none); `mark` → marks the chosen one with an attribute (for the back end's own click or fill) and returns its selector (null when none);
 * `option:<label>` → the value of the chosen `<select>`'s option labelled so.
 */
export function findInPage({ target, op }: { target: WireTarget; op: FindOp }): unknown {
  // Defined inside: this function runs in the page, without this module.
  const mark = 'data-e2e-target';
  const ROLES: Record<string, string> = {
    alert: '[role=alert]',
    button: 'button, [role=button], input[type=button], input[type=submit]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    combobox: 'select, [role=combobox]',
    dialog: 'dialog, [role=dialog]',
    group: 'fieldset, [role=group]',
    heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
    link: 'a[href], [role=link]',
    listitem: 'li, [role=listitem]',
    radio: 'input[type=radio], [role=radio]',
    region: 'section[aria-label], section[aria-labelledby], [role=region]',
    status: '[role=status], output',
    textbox:
      'input:not([type]), input[type=text], input[type=email], input[type=url], input[type=search], input[type=tel], input[type=number], textarea',
  };
  const CONTROLS = 'input, select, textarea';
  const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const shown = (el: Element) => {
    if (!(el instanceof HTMLElement) && !(el instanceof SVGElement)) return false;
    if (el.closest('[aria-hidden=true]')) return false;
    // A box of some size: the content of a closed <details> may keep empty boxes.
    return (
      [...el.getClientRects()].some((r) => r.width > 0 || r.height > 0) && getComputedStyle(el).visibility !== 'hidden'
    );
  };
  const textOf = (el: Element) => {
    const copy = el.cloneNode(true) as Element;
    for (const c of copy.querySelectorAll(CONTROLS)) c.remove();
    return squash(copy.textContent);
  };
  const byIds = (ids: string) =>
    squash(
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  const nameOf = (el: Element): string => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return byIds(labelledBy);
    const label = el.getAttribute('aria-label');
    if (label) return squash(label);
    const labels = (el as HTMLInputElement).labels;
    if (labels?.length) return squash([...labels].map(textOf).join(' '));
    if (el instanceof HTMLFieldSetElement) return squash(el.querySelector('legend')?.textContent);
    if (el instanceof HTMLInputElement && (el.type === 'button' || el.type === 'submit')) return el.value;
    return squash(el.textContent);
  };
  const matches = (value: string, want: string | WireRegExp | undefined, exact: boolean | undefined) => {
    if (want === undefined) return true;
    if (typeof want !== 'string') return new RegExp(want.source, want.flags).test(value);
    return exact ? value === squash(want) : value.toLowerCase().includes(squash(want).toLowerCase());
  };
  // Into open shadow roots too (the calendar add-on's strip lives in one), as a person sees them.
  const all = (root: ParentNode, selector: string): Element[] => {
    const hosts = [...(root instanceof Element ? [root] : []), ...root.querySelectorAll('*')].filter(
      (el) => el.shadowRoot,
    );
    return [...root.querySelectorAll(selector), ...hosts.flatMap((host) => all(host.shadowRoot!, selector))];
  };
  const find = (t: WireTarget, root: ParentNode): Element[] => {
    let found: Element[];
    if (t.css !== undefined) found = all(root, t.css);
    else if (t.testId !== undefined) found = all(root, `[data-testid="${t.testId}"]`);
    else if (t.role !== undefined) {
      found = all(root, ROLES[t.role] ?? `[role=${t.role}]`).filter((el) => matches(nameOf(el), t.name, t.exact));
    } else if (t.label !== undefined) {
      found = all(root, `${CONTROLS}, [aria-label]`).filter((el) => matches(nameOf(el), t.label, t.exact));
    } else {
      // The innermost elements whose text matches, as a person would point at the words.
      const candidates = all(root, '*')
        .filter((el) => !el.closest('head'))
        .filter(
          (el) =>
            !(el instanceof HTMLScriptElement || el instanceof HTMLStyleElement) &&
            matches(squash(el.textContent), t.text, t.exact),
        );
      found = candidates.filter((el) => !candidates.some((other) => other !== el && el.contains(other)));
    }
    found = found.filter(shown);
    if (t.hasText !== undefined) found = found.filter((el) => matches(squash(el.textContent), t.hasText, false));
    return t.nth === undefined ? found : found.slice(t.nth, t.nth + 1);
  };
  const within = (t: WireTarget): ParentNode[] => {
    if (!t.within) return [document];
    return within(t.within).flatMap((root) => find(t.within!, root));
  };
  const found = [...new Set(within(target).flatMap((root) => find(target, root)))];
  if (op === 'count') return found.length;
  if (op === 'texts') return found.map((el) => (el instanceof HTMLElement ? el.innerText : squash(el.textContent)));
  const first = found[0];
  if (!first) return null;
  if (op === 'value') return (first as HTMLInputElement).value;
  if (op === 'checked') return (first as HTMLInputElement).checked;
  if (op === 'mark') {
    for (const old of all(document, `[${mark}]`)) old.removeAttribute(mark);
    first.setAttribute(mark, '');
    return `[${mark}]`;
  }
  const label = op.slice('option:'.length);
  const option = [...(first as HTMLSelectElement).options].find((o) => squash(o.textContent) === squash(label));
  return option?.value ?? null;
}

/** Words for a target in error messages. */
export function describe(target: Target): string {
  return JSON.stringify(toWire(target));
}
