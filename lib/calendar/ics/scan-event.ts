// Stage 3: one VEVENT's lines → the few properties we use, found by name only. Values are
// parsed later, and only for events that can fall inside the window (issue 3, benchmark).
import { parseContentLine, quickValue, type ContentLine, type RawLine } from './content-line';
import type { EventBlock } from './split-components';

/** Properties of which the first is used. */
const SINGLE = new Set([
  'UID',
  'DTSTART',
  'DTEND',
  'DURATION',
  'RECURRENCE-ID',
  'SEQUENCE',
  'STATUS',
  'SUMMARY',
  'DESCRIPTION',
  'LOCATION',
  'URL',
  'ORGANIZER',
  'X-GOOGLE-CONFERENCE',
  'X-MICROSOFT-SKYPETEAMSMEETINGURL',
  'X-ALT-DESC',
]);

/** Every property the pipeline reads; splitComponents keeps only these. */
export const WANTED_PROPERTIES: ReadonlySet<string> = new Set([...SINGLE, 'RRULE', 'RDATE', 'EXDATE']);

export interface ScannedEvent {
  line: number;
  /** First occurrence of each single-valued property we use. */
  props: Map<string, RawLine>;
  rrules: RawLine[];
  rdates: RawLine[];
  exdates: RawLine[];
  uid: string;
  sequence: number;
  /** The raw RECURRENCE-ID value (without parameters), or null. */
  recurrenceId: string | null;
}

export function scanEvent(block: EventBlock): ScannedEvent {
  const props = new Map<string, RawLine>();
  const rrules: RawLine[] = [];
  const rdates: RawLine[] = [];
  const exdates: RawLine[] = [];
  for (const raw of block.lines) {
    const { name } = raw;
    if (name === 'RRULE') rrules.push(raw);
    else if (name === 'RDATE') rdates.push(raw);
    else if (name === 'EXDATE') exdates.push(raw);
    else if (SINGLE.has(name) && !props.has(name)) props.set(name, raw);
  }
  const uidLine = props.get('UID');
  const uid = uidLine ? quickValue(uidLine, 'UID', false)?.trim() : undefined;
  const sequenceLine = props.get('SEQUENCE');
  const sequence = sequenceLine ? Number(quickValue(sequenceLine, 'SEQUENCE', true)) : 0;
  const ridLine = props.get('RECURRENCE-ID');
  const recurrenceId = ridLine ? (quickValue(ridLine, 'RECURRENCE-ID', true)?.trim() ?? null) : null;
  return {
    line: block.line,
    props,
    rrules,
    rdates,
    exdates,
    // RFC 5545 requires a UID; without one, derive a stable one from what identifies the event.
    uid: uid || `no-uid-${hash(`${valueOf(props.get('DTSTART')) ?? ''}|${valueOf(props.get('SUMMARY')) ?? ''}`)}`,
    sequence: Number.isFinite(sequence) ? sequence : 0,
    recurrenceId,
  };
}

/** The value of a DATE / DATE-TIME / DURATION property of the event, without its parameters. */
export function dateValue(event: ScannedEvent, name: string): string | null {
  const raw = event.props.get(name);
  return raw ? quickValue(raw, name, true) : null;
}

/** The value part of a raw line (after the first `:` that ends the parameters). */
export function valueOf(raw: RawLine | undefined): string | null {
  if (!raw) return null;
  return parseContentLine(raw)?.value ?? null;
}

/** Parses one property of a scanned event. */
export function property(event: ScannedEvent, name: string): ContentLine | null {
  const raw = event.props.get(name);
  return raw ? parseContentLine(raw) : null;
}

function hash(text: string): string {
  // FNV-1a, 32 bit: stable across runs and browsers.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
