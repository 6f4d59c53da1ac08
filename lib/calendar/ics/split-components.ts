// Stage 2: unfolded lines → the calendar's own properties, its VTIMEZONEs and its VEVENTs,
// each event on its own so that one broken event cannot sink the feed (issue 3, item 1).
import { forEachLine, lineName, type RawLine } from './content-line';
import type { FeedWarning } from './feed-warning';

/** A line whose property name is known. */
export interface NamedLine extends RawLine {
  /** Upper case. */
  name: string;
}

export interface EventBlock {
  /** Line of `BEGIN:VEVENT`. */
  line: number;
  /**
   * The event's own lines that are wanted, without nested components (VALARM) and without
   * BEGIN/END.
   */
  lines: NamedLine[];
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
export function splitComponents(text: string, wanted: ReadonlySet<string>, warnings: FeedWarning[]): SplitFeed {
  const result: SplitFeed = { calendarLines: [], timeZones: [], events: [], sawCalendar: false };
  let inCalendar = false;
  let event: EventBlock | null = null;
  let timeZone: { lines: string[]; line: number } | null = null;
  // Depth inside components we skip (VALARM inside an event, VTODO, VJOURNAL …).
  let skipDepth = 0;

  forEachLine(text, (line, number) => {
    const name = lineName(line);
    if (name === 'BEGIN' || name === 'END') {
      const what = line.slice(line.indexOf(':') + 1).trim().toUpperCase();
      if (name === 'BEGIN') {
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
          event = { line: number, lines: [] };
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
          result.events.push(event);
          event = null;
        }
      }
      return;
    }
    if (!inCalendar || skipDepth > 0) return;
    if (timeZone) {
      timeZone.lines.push(line);
      return;
    }
    if (name === null) {
      warnings.push({
        line: number,
        message: `Not an iCalendar line, ignored: “${line.slice(0, 40)}${line.length > 40 ? '…' : ''}”`,
      });
      return;
    }
    if (!event) result.calendarLines.push({ text: line, line: number });
    else if (wanted.has(name)) event.lines.push({ text: line, line: number, name });
  });
  if (event) dropUnclosed(event, warnings);
  return result;
}

function dropUnclosed(event: EventBlock, warnings: FeedWarning[]): void {
  warnings.push({ line: event.line, message: 'An event is not closed with END:VEVENT, so it was skipped.' });
}
