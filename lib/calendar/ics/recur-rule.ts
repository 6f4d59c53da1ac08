// RECUR values (RFC 5545 §3.3.10) → a typed rule. What a feed writes wrong is said in words,
// never guessed: an unknown or misspelt part (`UNTL=`) or a value out of range becomes a
// warning and the rule is read without it (a part the FREQ does not define, as a limit); a
// rule without FREQ, or with an UNTIL that is not a date, is refused (only DTSTART is shown).
// Quirks that lose nothing are read silently: `BYDAY=MO, TU` (Exchange), lower case,
// `COUNT=-1` or `COUNT=0` for "no end" (several exporters).
import { t } from '../../i18n/ui';
import { parseWallTime, type WallTime } from './date-values';

export const FREQUENCIES = ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** A BYDAY entry: a weekday (0 = Sunday) and its ordinal (`-1SU`: −1; plain `SU`: 0). */
export interface WeekdayNum {
  weekday: number;
  nth: number;
}

export interface RecurRule {
  /** The rule as written (for warnings that name it). */
  text: string;
  freq: Frequency;
  interval: number;
  count: number | null;
  until: WallTime | null;
  bySecond: number[] | null;
  byMinute: number[] | null;
  byHour: number[] | null;
  byDay: WeekdayNum[] | null;
  byMonthDay: number[] | null;
  byYearDay: number[] | null;
  byWeekNo: number[] | null;
  byMonth: number[] | null;
  bySetPos: number[] | null;
  /** 0 = Sunday … 6 = Saturday; Monday by default. */
  weekStart: number;
}

type ListPart = 'bySecond' | 'byMinute' | 'byHour' | 'byMonthDay' | 'byYearDay' | 'byWeekNo' | 'byMonth' | 'bySetPos';

/** Allowed values of each numeric list (negative forms where the RFC has them). */
const LISTS: Record<string, { key: ListPart; min: number; max: number; signed: boolean }> = {
  BYSECOND: { key: 'bySecond', min: 0, max: 60, signed: false },
  BYMINUTE: { key: 'byMinute', min: 0, max: 59, signed: false },
  BYHOUR: { key: 'byHour', min: 0, max: 23, signed: false },
  BYMONTHDAY: { key: 'byMonthDay', min: 1, max: 31, signed: true },
  BYYEARDAY: { key: 'byYearDay', min: 1, max: 366, signed: true },
  BYWEEKNO: { key: 'byWeekNo', min: 1, max: 53, signed: true },
  BYMONTH: { key: 'byMonth', min: 1, max: 12, signed: false },
  BYSETPOS: { key: 'bySetPos', min: 1, max: 366, signed: true },
};

/** Which FREQ values a part may be used with (RFC 5545 §3.3.10, the table of BYxxx parts). */
const ALLOWED: Partial<Record<string, readonly Frequency[]>> = {
  BYWEEKNO: ['YEARLY'],
  BYYEARDAY: ['SECONDLY', 'MINUTELY', 'HOURLY', 'YEARLY'],
  BYMONTHDAY: ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'MONTHLY', 'YEARLY'],
};

export interface ParsedRule {
  /** Null when the rule was refused. */
  rule: RecurRule | null;
  /** Sentences for the user. */
  problems: string[];
}

/**
 * Reads one RRULE value. `dateOnly`: the series' DTSTART is a DATE, so BYHOUR, BYMINUTE and
 * BYSECOND mean nothing (RFC 5545 §3.3.10: times of an all-day series come from DTSTART).
 */
export function parseRule(value: string, dateOnly: boolean): ParsedRule {
  const text = value.replace(/\s+/g, '').toUpperCase();
  const problems: string[] = [];
  const parts = new Map<string, string>();
  for (const part of text.split(';')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (parts.has(key)) problems.push(t('errors2_ruleRepeatedPart', { rule: text, part: key }));
    else parts.set(key, eq < 0 ? '' : part.slice(eq + 1));
  }
  const freq = FREQUENCIES.find((f) => f === parts.get('FREQ'));
  if (!freq)
    return {
      rule: null,
      problems: [...problems, t('errors_ruleNoFreq')],
    };
  const rule: RecurRule = {
    text,
    freq,
    interval: 1,
    count: null,
    until: null,
    bySecond: null,
    byMinute: null,
    byHour: null,
    byDay: null,
    byMonthDay: null,
    byYearDay: null,
    byWeekNo: null,
    byMonth: null,
    bySetPos: null,
    weekStart: 1,
  };
  for (const [key, raw] of parts) {
    const list = LISTS[key];
    if (key === 'FREQ') continue;
    if (key === 'RSCALE' && raw === 'GREGORIAN') continue; // RFC 7529: the only calendar we expand
    if (key === 'RSCALE')
      return {
        rule: null,
        problems: [...problems, t('errors2_ruleCalendarScale', { rule: text, scale: raw })],
      };
    if (ALLOWED[key] && !ALLOWED[key]?.includes(freq)) {
      // Not defined for this FREQ (RFC 5545 §3.3.10). Read as a limit, which is what its author
      // can have meant; dropping it would invent dates (`WEEKLY;BYMONTH=2;BYMONTHDAY=30`).
      problems.push(t('errors2_rulePartNotForFreq', { rule: text, part: key, freq }));
    }
    if (list) {
      if (dateOnly && (key === 'BYHOUR' || key === 'BYMINUTE' || key === 'BYSECOND')) {
        problems.push(t('errors2_ruleTimeOnAllDay', { rule: text, part: key }));
        continue;
      }
      const values = numbers(raw, list.min, list.max, list.signed);
      if (values.bad.length > 0)
        problems.push(t('errors2_ruleValuesOutOfRange', { rule: text, part: key, values: values.bad.join(', ') }));
      if (values.good.length > 0) rule[list.key] = values.good;
    } else if (key === 'BYDAY') {
      rule.byDay = weekdays(raw, rule, problems);
    } else if (key === 'INTERVAL') {
      const n = Number(raw);
      if (/^\d+$/.test(raw) && n >= 1) rule.interval = n;
      else problems.push(t('errors2_ruleBadInterval', { rule: text, value: raw }));
    } else if (key === 'COUNT') {
      // COUNT=-1 and COUNT=0 are written by some exporters for "no end".
      if (/^\d+$/.test(raw) && Number(raw) >= 1) rule.count = Number(raw);
      else if (!/^-?\d+$/.test(raw)) problems.push(t('errors2_ruleBadCount', { rule: text, value: raw }));
    } else if (key === 'UNTIL') {
      rule.until = parseWallTime(raw);
      if (!rule.until) {
        return {
          rule: null,
          problems: [...problems, t('errors2_ruleBadUntil', { value: raw })],
        };
      }
    } else if (key === 'WKST') {
      const day = WEEKDAYS.indexOf(raw as (typeof WEEKDAYS)[number]);
      if (day >= 0) rule.weekStart = day;
      else problems.push(t('errors2_ruleBadWeekStart', { rule: text, value: raw }));
    } else if (key === 'SKIP') {
      // RFC 7529's default, OMIT, is what RFC 5545 does anyway.
      if (raw !== 'OMIT') problems.push(t('errors2_ruleBadSkip', { rule: text, value: raw }));
    } else {
      problems.push(t('errors2_ruleUnknownPart', { rule: text, part: raw ? `${key}=${raw}` : key }));
    }
  }
  checkWeekNoOrdinals(rule, problems);
  return { rule, problems };
}

function numbers(raw: string, min: number, max: number, signed: boolean): { good: number[]; bad: string[] } {
  const good = new Set<number>();
  const bad: string[] = [];
  for (const item of raw.split(',')) {
    const n = Number(item);
    const ok =
      /^[+-]?\d+$/.test(item) &&
      (signed ? Math.abs(n) >= min && Math.abs(n) <= max : n >= min && n <= max && !item.startsWith('-'));
    if (ok) good.add(n);
    else bad.push(item || t('errors2_ruleEmptyValue'));
  }
  return { good: [...good].sort((a, b) => a - b), bad };
}

const WEEKDAY_NUM = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/;

function weekdays(raw: string, rule: RecurRule, problems: string[]): WeekdayNum[] | null {
  const out: WeekdayNum[] = [];
  const bad: string[] = [];
  let droppedOrdinals = false;
  // RFC 5545 §3.3.10: ordinals only with MONTHLY, or YEARLY without BYWEEKNO.
  const ordinalsAllowed = rule.freq === 'MONTHLY' || rule.freq === 'YEARLY';
  for (const item of raw.split(',')) {
    const m = WEEKDAY_NUM.exec(item);
    const nth = m?.[1] === undefined ? 0 : Number(m[1]);
    if (!m || Math.abs(nth) > 53 || (m[1] !== undefined && nth === 0)) {
      bad.push(item || t('errors2_ruleEmptyValue'));
      continue;
    }
    const weekday = WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]);
    if (nth !== 0 && !ordinalsAllowed) droppedOrdinals = true;
    const entry = { weekday, nth: ordinalsAllowed ? nth : 0 };
    if (!out.some((o) => o.weekday === entry.weekday && o.nth === entry.nth)) out.push(entry);
  }
  if (bad.length > 0) problems.push(t('errors2_ruleBadWeekdays', { rule: rule.text, values: bad.join(', ') }));
  if (droppedOrdinals) problems.push(t('errors2_ruleOrdinalsNotAllowed', { rule: rule.text }));
  return out.length > 0 ? out : null;
}

/** Ordinals in BYDAY mean nothing with BYWEEKNO (RFC 5545 §3.3.10); checked once the whole rule is read. */
function checkWeekNoOrdinals(rule: RecurRule, problems: string[]): void {
  if (!rule.byWeekNo || !rule.byDay?.some((d) => d.nth !== 0)) return;
  problems.push(t('errors2_ruleOrdinalsWithWeekNo', { rule: rule.text }));
  rule.byDay = rule.byDay.map((d) => ({ weekday: d.weekday, nth: 0 }));
}
