// Stage 2: unfolded lines → the calendar's own properties, its VTIMEZONEs and its VEVENTs,
// each event on its own so that one broken event cannot sink the feed (issue 3, item 1).
import { lineName, type RawLine } from './content-line';
import type { FeedWarning } from './feed-warning';

export interface EventBlock {
  /** Line of `BEGIN:VEVENT`. */
  line: number;
  /** The event's own lines, without nested components (VALARM) and without BEGIN/END. */
  lines: RawLine[];
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
 * Walks the lines once. Lines outside VCALENDAR (text after `END:VCALENDAR`, a second
 * concatenated calendar's wrapper) are ignored; an event that is not closed is reported and
 * dropped; a line that is not a content line is reported and skipped.
 */
export function splitComponents(lines: RawLine[], warnings: FeedWarning[]): SplitFeed {
  const result: SplitFeed = { calendarLines: [], timeZones: [], events: [], sawCalendar: false };
  let inCalendar = false;
  let event: EventBlock | null = null;
  let timeZone: { lines: string[]; line: number } | null = null;
  // Depth inside components we skip (VALARM inside an event, VTODO, VJOURNAL …).
  let skipDepth = 0;

  for (const raw of lines) {
    const name = lineName(raw.text);
    if (name === 'BEGIN' || name === 'END') {
      const what = raw.text.slice(raw.text.indexOf(':') + 1).trim().toUpperCase();
      if (name === 'BEGIN') {
        if (what === 'VCALENDAR') {
          if (event) dropUnclosed(event, warnings);
          event = null;
          timeZone = null;
          skipDepth = 0;
          inCalendar = true;
          result.sawCalendar = true;
        } else if (!inCalendar) {
          continue;
        } else if (timeZone) {
          timeZone.lines.push(raw.text);
        } else if (skipDepth > 0) {
          skipDepth++;
        } else if (what === 'VEVENT') {
          if (event) dropUnclosed(event, warnings);
          event = { line: raw.line, lines: [] };
        } else if (what === 'VTIMEZONE' && !event) {
          timeZone = { lines: [raw.text], line: raw.line };
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
          timeZone.lines.push(raw.text);
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
      continue;
    }
    if (!inCalendar || skipDepth > 0) continue;
    if (timeZone) {
      timeZone.lines.push(raw.text);
      continue;
    }
    if (name === null || !/^[A-Z0-9-]+$/.test(name)) {
      warnings.push({
        line: raw.line,
        message: `Not an iCalendar line, ignored: “${raw.text.slice(0, 40)}${raw.text.length > 40 ? '…' : ''}”`,
      });
      continue;
    }
    raw.name = name;
    if (event) event.lines.push(raw);
    else result.calendarLines.push(raw);
  }
  if (event) dropUnclosed(event, warnings);
  return result;
}

function dropUnclosed(event: EventBlock, warnings: FeedWarning[]): void {
  warnings.push({ line: event.line, message: 'An event is not closed with END:VEVENT, so it was skipped.' });
}
