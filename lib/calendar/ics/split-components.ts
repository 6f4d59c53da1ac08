// Stage 2: unfolded lines → the calendar's own properties, its VTIMEZONEs and its VEVENTs,
// each event on its own so that one broken event cannot sink the feed.
import { t } from '../../i18n/ui';
import { forEachLine, isName, nameEnd, type RawLine } from './content-line';
import type { FeedWarning } from './feed-warning';

/**
 * One VEVENT, as offsets: its wanted lines are only cut out of the text when the event is read
 * (most events of a large feed are outside the window and never are).
 */
export interface EventBlock {
  /** Line of `BEGIN:VEVENT`. */
  line: number;
  /** The feed text the offsets point into. */
  source: string;
  /**
   * Wanted lines of all events, five numbers each: the index of the name in the `wanted`
   * list, start, end, line number, and the index in `folded` of the line's unfolded text (-1
   * when it is `source[start, end)`). One array for the whole feed: fewer objects.
   */
  spans: number[];
  /** This event's own wanted lines (not those of nested VALARMs) are `spans[from, to)`. */
  from: number;
  to: number;
  folded: string[];
}

/** The text of the wanted line starting at `spans[at]`. */
export function spanText(block: EventBlock, at: number): RawLine {
  const spans = block.spans;
  const folded = spans[at + 4] as number;
  const text = folded >= 0 ? (block.folded[folded] as string) : block.source.slice(spans[at + 1], spans[at + 2]);
  return { text, line: spans[at + 3] as number };
}

export interface SplitFeed {
  /** Properties of VCALENDAR itself (X-WR-CALNAME, X-WR-TIMEZONE …). */
  calendarLines: RawLine[];
  /** Each VTIMEZONE as text, ready for `ICAL.parse`, with its first line. */
  timeZones: { text: string; line: number }[];
  events: EventBlock[];
  /** Whether a `BEGIN:VCALENDAR` was seen at all. */
  sawCalendar: boolean;
}

/**
 * Walks the text's lines once. Lines outside VCALENDAR (text after `END:VCALENDAR`, a second
 * concatenated calendar's wrapper) are ignored; an event that is not closed is reported and
 * dropped; a line that is not a content line is reported and skipped. Of an event's lines only
 * those named in `wanted` are kept (fewer objects: feeds are large).
 */
export function splitComponents(text: string, wanted: readonly string[], warnings: FeedWarning[]): SplitFeed {
  const result: SplitFeed = { calendarLines: [], timeZones: [], events: [], sawCalendar: false };
  // Candidates by name length: at most three names to compare a line with.
  const wantedByLength = new Map<number, number[]>();
  const spans: number[] = [];
  const folded: string[] = [];
  wanted.forEach((name, index) => wantedByLength.set(name.length, [...(wantedByLength.get(name.length) ?? []), index]));
  let inCalendar = false;
  let event: EventBlock | null = null;
  let timeZone: { lines: string[]; line: number } | null = null;
  // Depth inside components we skip (VALARM inside an event, VTODO, VJOURNAL …).
  let skipDepth = 0;

  forEachLine(text, (source, start, end, number, isFolded) => {
    const stop = nameEnd(source, start, end);
    const begin = stop > 0 && isName(source, start, stop, 'BEGIN');
    if (begin || (stop > 0 && isName(source, start, stop, 'END'))) {
      const what = componentName(source, stop + 1, end);
      const line = timeZone || what === 'VTIMEZONE' ? source.slice(start, end) : '';
      if (begin) {
        if (what === 'VCALENDAR') {
          if (event) dropUnclosed(event, warnings);
          event = null;
          timeZone = null;
          skipDepth = 0;
          inCalendar = true;
          result.sawCalendar = true;
        } else if (!inCalendar) {
          return;
        } else if (timeZone) {
          timeZone.lines.push(line);
        } else if (skipDepth > 0) {
          skipDepth++;
        } else if (what === 'VEVENT') {
          if (event) dropUnclosed(event, warnings);
          event = { line: number, source, spans, from: spans.length, to: spans.length, folded };
        } else if (what === 'VTIMEZONE' && !event) {
          timeZone = { lines: [line], line: number };
        } else {
          skipDepth = 1;
        }
      } else if (inCalendar) {
        if (what === 'VCALENDAR') {
          if (event) dropUnclosed(event, warnings);
          event = null;
          timeZone = null;
          inCalendar = false;
        } else if (timeZone) {
          timeZone.lines.push(line);
          if (what === 'VTIMEZONE') {
            result.timeZones.push({ text: timeZone.lines.join('\r\n'), line: timeZone.line });
            timeZone = null;
          }
        } else if (skipDepth > 0) {
          skipDepth--;
        } else if (what === 'VEVENT' && event) {
          event.to = spans.length;
          result.events.push(event);
          event = null;
        }
      }
      return;
    }
    if (!inCalendar || skipDepth > 0) return;
    if (timeZone) {
      timeZone.lines.push(source.slice(start, end));
      return;
    }
    if (stop < 0) {
      const line = source.slice(start, end);
      warnings.push({
        line: number,
        message: t('errors_notIcsLine', { text: `${line.slice(0, 40)}${line.length > 40 ? '…' : ''}` }),
      });
      return;
    }
    if (!event) {
      result.calendarLines.push({ text: source.slice(start, end), line: number });
      return;
    }
    // Most lines of an event are never read (DTSTAMP, ATTENDEE …): keep only the wanted ones.
    const candidates = wantedByLength.get(stop - start);
    if (!candidates) return;
    for (const index of candidates) {
      if (isName(source, start, stop, wanted[index] as string)) {
        if (isFolded) folded.push(source);
        spans.push(index, start, end, number, isFolded ? folded.length - 1 : -1);
        return;
      }
    }
  });
  if (event) dropUnclosed(event, warnings);
  return result;
}

/** The component a BEGIN/END line names, without allocating for the usual ones. */
function componentName(source: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a < b && source.charCodeAt(a) <= 0x20) a++;
  while (b > a && source.charCodeAt(b - 1) <= 0x20) b--;
  for (const known of KNOWN_COMPONENTS) if (isName(source, a, b, known)) return known;
  return source.slice(a, b).toUpperCase();
}

const KNOWN_COMPONENTS = ['VEVENT', 'VALARM', 'VCALENDAR', 'VTIMEZONE', 'STANDARD', 'DAYLIGHT'];

function dropUnclosed(event: EventBlock, warnings: FeedWarning[]): void {
  warnings.push({ line: event.line, message: t('errors_eventNotClosed') });
}
