// Stage 1 of the ICS pipeline: text → unfolded content lines, each with the number of the
// physical line it starts on (RFC 5545 §3.1), cleaned of what real feeds get wrong.

/** One logical (unfolded) line and the 1-based number of its first physical line. */
export interface RawLine {
  text: string;
  line: number;
}

/** A content line split into its parts (RFC 5545 §3.1): `NAME;PARAM=v:value`. */
export interface ContentLine {
  /** Upper case. */
  name: string;
  /** Upper-case parameter names; values without their quotes. */
  params: Record<string, string>;
  value: string;
  line: number;
}

/**
 * Calls `visit` with each logical (unfolded) line — `source.slice(start, end)` — and the number
 * of its first physical line. Tolerates a byte-order mark, NUL bytes, CRLF, LF-only or CR-only
 * endings, folding with a tab instead of a space, and blank lines. Walks the text with
 * `indexOf` and hands out offsets, not strings: a feed can have hundreds of thousands of lines
 * and most are never read.
 */
export function forEachLine(
  text: string,
  /** `folded`: the line was unfolded into a new string, `source`, not the feed's text. */
  visit: (source: string, start: number, end: number, number: number, folded: boolean) => void,
): void {
  let clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (clean.includes('\0')) clean = clean.replaceAll('\0', '');
  const lf = clean.includes('\n'); // else CR alone, as in old Mac files
  const separator = lf ? '\n' : '\r';
  const length = clean.length;
  // The pending logical line: offsets in `clean`, or `joined` once a continuation was added.
  let start = -1;
  let stop = 0;
  let joined: string | null = null;
  let pendingNumber = 0;
  let number = 0;
  for (let pos = 0; pos < length;) {
    let end = clean.indexOf(separator, pos);
    if (end < 0) end = length;
    number++;
    const lineStop = lf && end > pos && clean.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    const first = clean.charCodeAt(pos);
    if ((first === 0x20 || first === 0x09) && start >= 0) {
      // RFC 5545 §3.1: a line starting with a space or a horizontal tab continues the previous one.
      joined = (joined ?? clean.slice(start, stop)) + clean.slice(pos + 1, lineStop);
    } else {
      if (start >= 0) {
        if (joined === null) visit(clean, start, stop, pendingNumber, false);
        else visit(joined, 0, joined.length, pendingNumber, true);
      }
      start = -1;
      joined = null;
      if (lineStop > pos && !isBlank(clean, pos, lineStop)) {
        start = pos;
        stop = lineStop;
        pendingNumber = number;
      }
    }
    pos = end + 1;
  }
  if (start >= 0) {
    if (joined === null) visit(clean, start, stop, pendingNumber, false);
    else visit(joined, 0, joined.length, pendingNumber, true);
  }
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 0x20) return false;
  return true;
}

/** The logical lines of a text (see forEachLine). */
export function unfoldLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  forEachLine(text, (source, start, end, number) => lines.push({ text: source.slice(start, end), line: number }));
  return lines;
}

/**
 * Where the property name of the line `source[start, end)` ends (its `:` or `;`), or -1 when
 * the line has no value or its name is not a name (RFC 5545 §3.1: letters, digits and `-`).
 */
export function nameEnd(source: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x3a /* : */) return i > start ? i : -1;
    if (c === 0x3b /* ; */) {
      const colon = source.indexOf(':', i);
      return i > start && colon >= 0 && colon < end ? i : -1;
    }
    const isNameChar = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
    if (!isNameChar) return -1;
  }
  return -1;
}

/** Whether `source` at `start` holds `name` (upper case), in any case, and nothing more. */
export function isName(source: string, start: number, stop: number, name: string): boolean {
  if (stop - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) {
    const c = source.charCodeAt(start + i);
    const n = name.charCodeAt(i);
    if (c !== n && !(c >= 0x61 && c <= 0x7a && c - 0x20 === n)) return false;
  }
  return true;
}

function upper(name: string): string {
  // Names are nearly always upper case already: skip the allocation then.
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return name.toUpperCase();
  }
  return name;
}

const DATE_LIKE = /^\d{8}(T\d{4,6}Z?)?([,/]|$)/;

/**
 * Splits a content line. Lenient where feeds are sloppy: parameter values with spaces or
 * commas need no quotes (`TZID=W. Europe Standard Time`), and an unquoted parameter value may
 * even hold a `:` (`TZID=(UTC+01:00) Amsterdam`) when the value is a date.
 * Returns null when the line has no value at all.
 */
export function parseContentLine(raw: RawLine): ContentLine | null {
  const { text } = raw;
  const params: Record<string, string> = {};
  let i = 0;
  while (i < text.length && text[i] !== ';' && text[i] !== ':') i++;
  if (i >= text.length) return null;
  const name = upper(text.slice(0, i));
  if (name.length === 0) return null;
  while (text[i] === ';') {
    i++;
    const eq = text.indexOf('=', i);
    const colon = text.indexOf(':', i);
    if (eq < 0 || (colon >= 0 && colon < eq)) {
      // A parameter without a value (`;X-FLAG:`): skip it.
      let j = i;
      while (j < text.length && text[j] !== ';' && text[j] !== ':') j++;
      i = j;
      continue;
    }
    const paramName = upper(text.slice(i, eq).trim());
    let j = eq + 1;
    let value = '';
    for (;;) {
      if (text[j] === '"') {
        const close = text.indexOf('"', j + 1);
        if (close < 0) return null;
        value += text.slice(j + 1, close);
        j = close + 1;
      } else {
        let k = j;
        while (k < text.length && text[k] !== ';' && text[k] !== ':' && text[k] !== ',') k++;
        value += text.slice(j, k);
        j = k;
      }
      if (text[j] === ',') {
        value += ',';
        j++;
        continue;
      }
      // An unquoted value holding a colon: keep reading while what follows is not a date.
      if (text[j] === ':' && paramName === 'TZID' && !DATE_LIKE.test(text.slice(j + 1))) {
        const next = text.slice(j + 1).search(/:(?=\d{8})/);
        if (next >= 0) {
          value += text.slice(j, j + 1 + next);
          j = j + 1 + next;
        }
      }
      break;
    }
    params[paramName] = value;
    i = j;
  }
  if (text[i] !== ':') return null;
  return { name, params, value: text.slice(i + 1), line: raw.line };
}

/**
 * The value of a line whose value cannot hold a `:` (dates, numbers, UIDs without parameters)
 * without parsing its parameters.
 */
export function quickValue(raw: RawLine, name: string, isDate: boolean): string | null {
  const { text } = raw;
  if (text.charCodeAt(name.length) === 0x3a) return text.slice(name.length + 1);
  if (isDate) return text.slice(text.lastIndexOf(':') + 1);
  return parseContentLine(raw)?.value ?? null;
}

/** Unescapes a TEXT value (RFC 5545 §3.3.11). */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\([nN,;\\:])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
