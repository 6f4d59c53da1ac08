// Stage 3: one VEVENT's lines → the few properties we use, found by name only. Values are
// parsed later, and only for events that can fall inside the window.
import { parseContentLine, quickValue, type ContentLine, type RawLine } from './content-line';
import { spanText, type EventBlock } from './split-components';

/**
 * Every property the pipeline reads (splitComponents keeps only these); of all but ATTENDEE and
 * the last three, the first is used.
 */
export const WANTED_PROPERTIES: readonly string[] = [
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
  'ATTENDEE',
  'RRULE',
  'RDATE',
  'EXDATE',
];
const INDEX = new Map(WANTED_PROPERTIES.map((name, index) => [name, index]));
const RRULE = WANTED_PROPERTIES.indexOf('RRULE');
const RDATE = WANTED_PROPERTIES.indexOf('RDATE');
const EXDATE = WANTED_PROPERTIES.indexOf('EXDATE');
const NONE: readonly RawLine[] = [];

export interface ScannedEvent {
  line: number;
  block: EventBlock;
  rrules: readonly RawLine[];
  rdates: readonly RawLine[];
  exdates: readonly RawLine[];
  uid: string;
  sequence: number;
  /** The raw RECURRENCE-ID value (without parameters), or null. */
  recurrenceId: string | null;
}

export function scanEvent(block: EventBlock): ScannedEvent {
  let rrules: RawLine[] | null = null;
  let rdates: RawLine[] | null = null;
  let exdates: RawLine[] | null = null;
  const { spans } = block;
  for (let at = block.from; at < block.to; at += 5) {
    const index = spans[at] as number;
    if (index === RRULE) (rrules ??= []).push(spanText(block, at));
    else if (index === RDATE) (rdates ??= []).push(spanText(block, at));
    else if (index === EXDATE) (exdates ??= []).push(spanText(block, at));
  }
  const event: ScannedEvent = {
    line: block.line,
    block,
    rrules: rrules ?? NONE,
    rdates: rdates ?? NONE,
    exdates: exdates ?? NONE,
    uid: '',
    sequence: 0,
    recurrenceId: null,
  };
  const uidLine = propertyLine(event, 'UID');
  const uid = uidLine ? quickValue(uidLine, 'UID', false)?.trim() : undefined;
  const sequenceLine = propertyLine(event, 'SEQUENCE');
  const sequence = sequenceLine ? Number(quickValue(sequenceLine, 'SEQUENCE', true)) : 0;
  const ridLine = propertyLine(event, 'RECURRENCE-ID');
  event.recurrenceId = ridLine ? (quickValue(ridLine, 'RECURRENCE-ID', true)?.trim() ?? null) : null;
  event.sequence = Number.isFinite(sequence) ? sequence : 0;
  // RFC 5545 requires a UID; without one, derive a stable one from what identifies the event.
  event.uid =
    uid ||
    `no-uid-${hash(`${valueOf(propertyLine(event, 'DTSTART')) ?? ''}|${valueOf(propertyLine(event, 'SUMMARY')) ?? ''}`)}`;
  return event;
}

/** The first line of a property of the event. */
export function propertyLine(event: ScannedEvent, name: string): RawLine | undefined {
  const at = firstSpan(event, name);
  return at >= 0 ? spanText(event.block, at) : undefined;
}

export function hasProperty(event: ScannedEvent, name: string): boolean {
  return firstSpan(event, name) >= 0;
}

/** Every line of a property that may repeat (ATTENDEE, RFC 5545 §3.8.4.1), in order. */
export function propertyLines(event: ScannedEvent, name: string): RawLine[] {
  const index = INDEX.get(name) ?? -1;
  const { spans, from, to } = event.block;
  const lines: RawLine[] = [];
  for (let at = from; at < to; at += 5) if (spans[at] === index) lines.push(spanText(event.block, at));
  return lines;
}

/** Where the first line of a property is in the spans (an event has a dozen: a scan is cheap). */
function firstSpan(event: ScannedEvent, name: string): number {
  const index = INDEX.get(name) ?? -1;
  const { spans, from, to } = event.block;
  for (let at = from; at < to; at += 5) if (spans[at] === index) return at;
  return -1;
}

/** The value of a DATE / DATE-TIME / DURATION property of the event, without its parameters. */
export function dateValue(event: ScannedEvent, name: string): string | null {
  const raw = propertyLine(event, name);
  return raw ? quickValue(raw, name, true) : null;
}

/** The value of a property of the event (parameters parsed only when there are some). */
export function plainValue(event: ScannedEvent, name: string): string | null {
  const raw = propertyLine(event, name);
  return raw ? quickValue(raw, name, false) : null;
}

/** The value part of a raw line (after the first `:` that ends the parameters). */
export function valueOf(raw: RawLine | undefined): string | null {
  if (!raw) return null;
  return parseContentLine(raw)?.value ?? null;
}

/** Parses one property of a scanned event. */
export function property(event: ScannedEvent, name: string): ContentLine | null {
  const raw = propertyLine(event, name);
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
