// A VTIMEZONE read by the project (RFC 5545 §3.6.5): each STANDARD/DAYLIGHT observance has
// onsets at its DTSTART, at every value of every RDATE line (a list, several lines allowed),
// and at its RRULE's instances (expanded with the project's own engine, lazily, a few
// decades at a time). Onsets are local times in the observance's TZOFFSETFROM. Before the
// first onset the first observance's TZOFFSETFROM applies.
import { parseContentLine, unfoldLines, type ContentLine } from './content-line';
import { parseWallTime } from './date-values';
import { expandRule } from './recur-expand';
import { parseRule, type RecurRule } from './recur-rule';
import { DAY } from '../../time/units';

export interface ZoneDefinition {
  tzid: string;
  location: string | null;
  /** Offset (ms) from UTC at an instant. */
  offset: (utc: number) => number;
}

interface Observance {
  start: number;
  from: number;
  to: number;
  rules: RecurRule[];
  /** DTSTART and RDATE onsets, as instants. */
  onsets: number[];
}

const OFFSET = /^([+-])(\d{2})(\d{2})(\d{2})?$/;

function offsetValue(line: ContentLine | undefined): number | null {
  const m = line ? OFFSET.exec(line.value.trim()) : null;
  if (!m) return null;
  const ms = ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -ms : ms;
}

/** Null when the text is not a usable definition (no TZID, no observance, an observance without DTSTART or offsets). */
export function readVtimezone(text: string): ZoneDefinition | null {
  let tzid: string | null = null;
  let location: string | null = null;
  const observances: Observance[] = [];
  let current: ContentLine[] | null = null;
  for (const raw of unfoldLines(text)) {
    const line = parseContentLine(raw);
    if (!line) continue;
    const value = line.value.trim().toUpperCase();
    if (line.name === 'BEGIN' && (value === 'STANDARD' || value === 'DAYLIGHT')) current = [];
    else if (line.name === 'END' && (value === 'STANDARD' || value === 'DAYLIGHT')) {
      const observance = current && readObservance(current);
      if (!observance) return null;
      observances.push(observance);
      current = null;
    } else if (current) current.push(line);
    else if (line.name === 'TZID') tzid = line.value.trim();
    else if (line.name === 'X-LIC-LOCATION') location = line.value.trim() || null;
  }
  if (!tzid || observances.length === 0) return null;
  return { tzid, location, offset: offsets(observances) };
}

function readObservance(lines: ContentLine[]): Observance | null {
  const find = (name: string): ContentLine | undefined => lines.find((l) => l.name === name);
  const start = parseWallTime(find('DTSTART')?.value ?? '');
  const from = offsetValue(find('TZOFFSETFROM'));
  const to = offsetValue(find('TZOFFSETTO'));
  if (!start || from === null || to === null) return null;
  const onsets = [start.local - from];
  for (const line of lines.filter((l) => l.name === 'RDATE')) {
    for (const item of line.value.split(',')) {
      const wall = parseWallTime(item.split('/')[0] ?? '');
      if (wall) onsets.push(wall.utc ? wall.local : wall.local - from);
    }
  }
  const rules = lines.filter((l) => l.name === 'RRULE').flatMap((l) => parseRule(l.value, false).rule ?? []);
  return { start: start.local, from, to, rules, onsets };
}

/** Decades of onsets are expanded at a time. */
const CHUNK_MS = 20 * 365.25 * DAY;

function offsets(observances: Observance[]): (utc: number) => number {
  const fixed = observances.flatMap((o) => o.onsets.map((at) => ({ at, to: o.to })));
  const earliest = fixed.reduce((a, b) => (b.at < a.at ? b : a));
  const initial = observances.find((o) => o.onsets[0] === earliest.at)?.from ?? 0;
  const chunks = new Map<number, { at: number[]; to: number[] }>();
  const table = (chunk: number): { at: number[]; to: number[] } => {
    let known = chunks.get(chunk);
    if (!known) {
      // This chunk and the one before it: the last onset before any instant of the chunk is among them (yearly rules).
      const range = { from: (chunk - 1) * CHUNK_MS, to: (chunk + 1) * CHUNK_MS };
      const all = [...fixed];
      for (const o of observances) {
        const start = { local: o.start, date: false, zone: { id: 'onset', toUtc: (local: number) => local - o.from } };
        for (const rule of o.rules) {
          const problems: string[] = [];
          for (const i of expandRule({ rule, start, range, cap: 10_000, capFrom: range.from }, problems))
            all.push({ at: i.at, to: o.to });
        }
      }
      all.sort((a, b) => a.at - b.at);
      known = { at: all.map((t) => t.at), to: all.map((t) => t.to) };
      if (chunks.size > 20) chunks.clear();
      chunks.set(chunk, known);
    }
    return known;
  };
  return (utc: number): number => {
    const { at, to } = table(Math.floor(utc / CHUNK_MS));
    let low = 0;
    let high = at.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((at[mid] as number) <= utc) low = mid + 1;
      else high = mid;
    }
    return low === 0 ? initial : (to[low - 1] as number);
  };
}
