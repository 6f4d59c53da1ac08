/**
 * The date and time Google Calendar writes in an event popup's "when" line (and in a chip's
 * hidden label), read back into wall-clock fields. Google writes them in the page's language:
 *
 *   en-US  "Tuesday, December 1 ⋅ 3:00 – 3:50pm", "December 1 – 3, 2026", "3pm to 3:50pm, …"
 *   en-GB  "Tuesday, 1 December ⋅ 15:00–15:50"
 *   es     "martes, 1 de diciembre ⋅ 3:00–3:50 p. m."
 *   fr     "mardi 1 décembre ⋅ 15:00 – 15:50"
 *   de     "Dienstag, 1. Dezember ⋅ 15:00–15:50"
 *   pt     "terça-feira, 1 de dezembro de 2027 ⋅ 15:00 até 15:50"
 *
 * Times are read first, as whole tokens ("8:28 PM" is 20:28, never the 28th); a day is only a
 * number that stands next to a month's name. Stages: tokens → date and time.
 */

export interface WallDate {
  /** Null when the line leaves it out (Google does for the current year). */
  year: number | null;
  /** 1–12. */
  month: number;
  day: number;
}

export interface When {
  date: WallDate;
  /** Minutes after midnight of the start; null: an all-day event. */
  minutes: number | null;
}

/** Month names of a language, lowercase, long and short: "december" → 12, "dez" → 12. */
export type MonthNames = Map<string, number>;

type Token =
  | { kind: 'time'; minutes: number; meridiem: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'month'; month: number }
  | { kind: 'range' }
  | { kind: 'word' };

// One pass over the text. Order matters: a clock time ("15:00", "3:50pm", "15 h 30") and a
// number with a meridiem ("3pm") are taken before a bare number.
const TOKEN =
  /(\d{1,2})(?::|\s?h\s?)(\d{2})(?:\s?([ap])\.?\s?m\b\.?)?|(\d{1,2})\s?([ap])\.?\s?m\b\.?|(\d+)|\s([ap])\.?\s?m\b\.?|([\p{L}]+)|([–—~～])/gu;
// Words between the two ends of a range, in the five languages. A hyphen is not one: it joins
// words ("terça-feira"); Google writes ranges with an en dash.
const RANGE_WORDS = new Set(['to', 'a', 'à', 'au', 'al', 'bis', 'até', 'hasta']);
// Words that join a day to its month or year ("1 de diciembre de 2026") and do not separate them.
const JOINERS = new Set(['de', 'del', 'of']);

const monthCache = new Map<string, MonthNames>();

/**
 * The month names of `locales` (first wins), from the runtime's CLDR data: made once per
 * language, then shared.
 */
export function monthNames(locales: string[]): MonthNames {
  const cacheKey = locales.join();
  const cached = monthCache.get(cacheKey);
  if (cached) return cached;
  const names: MonthNames = new Map();
  for (const locale of locales) {
    for (const month of ['long', 'short'] as const) {
      // With a day, the month takes the form used in dates (the genitive where a language has one).
      const format = new Intl.DateTimeFormat(locale, { month, day: 'numeric', timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const part = format.formatToParts(Date.UTC(2026, m, 15)).find((p) => p.type === 'month');
        const name = part?.value.toLocaleLowerCase().replace(/\.$/, '');
        if (name && !names.has(name)) names.set(name, m + 1);
      }
    }
  }
  monthCache.set(cacheKey, names);
  return names;
}

export function tokenize(text: string, months: MonthNames): Token[] {
  const tokens: Token[] = [];
  for (const m of text.toLocaleLowerCase().normalize('NFC').matchAll(TOKEN)) {
    if (m[1] !== undefined) tokens.push(clock(Number(m[1]), Number(m[2]), m[3]));
    else if (m[4] !== undefined) tokens.push(clock(Number(m[4]), 0, m[5]));
    else if (m[6] !== undefined) tokens.push({ kind: 'number', value: Number(m[6]) });
    else if (m[7] !== undefined) applyMeridiem(tokens, m[7]);
    else if (m[8] !== undefined) {
      const month = months.get(m[8]);
      if (month) tokens.push({ kind: 'month', month });
      else if (RANGE_WORDS.has(m[8])) tokens.push({ kind: 'range' });
      else if (!JOINERS.has(m[8])) tokens.push({ kind: 'word' });
    } else tokens.push({ kind: 'range' });
  }
  return tokens;
}

function clock(hours: number, minutes: number, meridiem: string | undefined): Token {
  return { kind: 'time', minutes: to24(hours, meridiem) * 60 + minutes, meridiem: meridiem !== undefined };
}

function to24(hours: number, meridiem: string | undefined): number {
  if (meridiem === undefined) return hours;
  return (hours % 12) + (meridiem === 'p' ? 12 : 0);
}

/** "3:00 – 3:50 p. m.": a meridiem on its own belongs to the time just before it. */
function applyMeridiem(tokens: Token[], meridiem: string): void {
  const last = tokens.at(-1);
  if (last?.kind !== 'time' || last.meridiem) return;
  last.minutes = to24(Math.floor(last.minutes / 60), meridiem) * 60 + (last.minutes % 60);
  last.meridiem = true;
}

/** The start's date and time of a "when" line, or null when it names no date. */
export function parseWhen(text: string, months: MonthNames): When | null {
  const cjk = /(?:(\d{4})年)?\s*(\d{1,2})月\s*(\d{1,2})日/.exec(text);
  const tokens = tokenize(text, months);
  const date = cjk
    ? { year: cjk[1] ? Number(cjk[1]) : null, month: Number(cjk[2]), day: Number(cjk[3]) }
    : startDate(tokens);
  if (!date) return null;
  return { date, minutes: startMinutes(tokens) };
}

function startDate(tokens: Token[]): WallDate | null {
  const at = tokens.findIndex((t) => t.kind === 'month');
  const month = tokens[at];
  if (month?.kind !== 'month') return null;
  // The year after the range's end month is the end's ("December 31 – January 2, 2027"): a
  // range that wraps into the next month of a lower number started the year before.
  const endAt = tokens.findIndex((t, i) => i > at && t.kind === 'month');
  const yearAt = tokens.findIndex((t) => t.kind === 'number' && t.value >= 1900 && t.value < 2200);
  const yearToken = tokens[yearAt];
  const end = tokens[endAt];
  let year = yearToken?.kind === 'number' ? yearToken.value : null;
  if (year !== null && endAt > at && yearAt > endAt && end?.kind === 'month' && end.month < month.month) year--;
  const dayAt = (i: number): number | null => {
    const t = tokens[i];
    return t?.kind === 'number' && t.value >= 1 && t.value <= 31 ? t.value : null;
  };
  // "1 December", "1. Dezember", "1 de diciembre"; a range of days before the month ("1 – 3
  // December") starts at its first day.
  let day = dayAt(at - 1);
  if (day !== null && tokens[at - 2]?.kind === 'range') day = dayAt(at - 3) ?? day;
  // "December 1".
  day ??= dayAt(at + 1);
  return day === null ? null : { year, month: month.month, day };
}

/**
 * The start time: the first clock time; a bare number that opens a range of times ("3 – 3:50pm")
 * is a whole hour. A start without a meridiem takes the end's ("3:00 – 3:50pm"), unless that
 * would put it after the end ("11:30 – 12:30pm" starts at 11:30 am).
 */
function startMinutes(tokens: Token[]): number | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let start: { minutes: number; meridiem: boolean } | null = null;
    let next = i + 1;
    if (t.kind === 'time') start = t;
    else if (t.kind === 'number' && t.value < 24 && tokens[i + 1]?.kind === 'range' && tokens[i + 2]?.kind === 'time') {
      start = { minutes: t.value * 60, meridiem: false };
    }
    if (!start) continue;
    if (tokens[next]?.kind === 'range') next++;
    const end = tokens[next];
    if (start.meridiem || end?.kind !== 'time' || !end.meridiem || start.minutes >= 13 * 60) return start.minutes;
    const endHalf = end.minutes >= 12 * 60 ? 12 * 60 : 0;
    const hour = Math.floor(start.minutes / 60) % 12;
    const inherited = endHalf + hour * 60 + (start.minutes % 60);
    return inherited <= end.minutes ? inherited : inherited - 12 * 60 + (endHalf === 0 ? 24 * 60 : 0);
  }
  return null;
}
