// An ICS feed → the appointments inside a window. Stages: unfold and clean
// the text → split it into components → scan each event for its properties → keep the events
// that can reach the window → place times in their zones → expand series. Every event is read
// on its own: a broken one becomes a warning with its line number, the rest is kept.
//
// Why the lines and components are read here and not by `ICAL.parse`: one bad line makes
// ICAL.parse throw for the whole feed (DESIGN.md), and building ical.js components for every
// event of a large feed costs many times the parse (scripts/bench-ingest.ts: the naive pipeline
// is ~40× a bare parse, this one ~1×). Recurrence rules and VTIMEZONE definitions are expanded
// by the project's own engine (recur-expand.ts, vtimezone.ts): bounded per series, and exact
// where ical.js is not (checked against the RFC's examples and, where it is right, ical.js).
import { t } from '../../i18n/ui';
import type { Appointment } from '../../model/appointment';
import { parseContentLine, unescapeText } from './content-line';
import { EventReader } from './event-reader';
import type { FeedWarning } from './feed-warning';
import { scanEvent, WANTED_PROPERTIES, type ScannedEvent } from './scan-event';
import type { ParseFeedOptions } from './parse-options';
import { splitComponents } from './split-components';
import { FeedZones } from './time-zones';

export type { FeedWarning } from './feed-warning';
export { warningText } from './feed-warning';

export interface ParsedFeed {
  appointments: Appointment[];
  warnings: FeedWarning[];
  calendarName: string | null;
}

export type { ParseFeedOptions } from './parse-options';

/** Nothing at all could be read; the message is words for the user. */
export class FeedParseError extends Error {
  override name = 'FeedParseError';
}

/**
 * Throws FeedParseError (with words for the user) when nothing at all could be read (not
 * iCalendar — e.g. an HTML login page —, empty, no VCALENDAR).
 */
export function parseFeed(text: string, options: ParseFeedOptions): ParsedFeed {
  if (text.trim() === '') throw new FeedParseError(t('errors_feedEmpty'));
  if (looksLikeHtml(text)) {
    throw new FeedParseError(t('errors_feedIsWebPage'));
  }
  const warnings: FeedWarning[] = [];
  const split = splitComponents(text, WANTED_PROPERTIES, warnings);
  if (!split.sawCalendar) {
    throw new FeedParseError(t('errors_feedNotCalendar'));
  }

  let calendarName: string | null = null;
  let calendarZone: string | null = null;
  for (const raw of split.calendarLines) {
    const line = parseContentLine(raw);
    if (line?.name === 'X-WR-CALNAME') calendarName = unescapeText(line.value).trim() || null;
    if (line?.name === 'X-WR-TIMEZONE') calendarZone = line.value.trim() || null;
  }

  const zones = new FeedZones({
    timeZones: split.timeZones,
    calendarZone,
    userTimeZone: options.userTimeZone,
    onBroken: (line, tzid, fallback) =>
      warnings.push({
        line,
        message:
          fallback === 'UTC' && !(tzid && /^(UTC|Etc\/UTC)$/i.test(tzid))
            ? tzid
              ? t('errors_zoneBrokenNamedUtc', { tzid })
              : t('errors_zoneBrokenUtc')
            : t('errors_zoneBrokenByName'),
      }),
  });
  const reader = new EventReader(options, zones, warnings);

  const masters = new Map<string, ScannedEvent>();
  const overrides = new Map<string, Map<string, ScannedEvent>>();
  for (const block of split.events) {
    const event = scanEvent(block);
    if (event.recurrenceId === null) {
      masters.set(event.uid, newest(masters.get(event.uid), event, warnings));
    } else {
      let byId = overrides.get(event.uid);
      if (!byId) overrides.set(event.uid, (byId = new Map()));
      byId.set(event.recurrenceId, newest(byId.get(event.recurrenceId), event, warnings));
    }
  }

  const appointments: Appointment[] = [];
  for (const [uid, master] of masters) {
    reader.readSeries(master, [...(overrides.get(uid)?.values() ?? [])], appointments);
  }
  for (const [uid, byId] of overrides) {
    // Instances whose series is not in the feed (an invitation to one occurrence): shown alone.
    if (!masters.has(uid)) for (const instance of byId.values()) reader.readSeries(null, [instance], appointments);
  }
  appointments.sort((a, b) => a.start - b.start || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { appointments, warnings, calendarName };
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  return (
    (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<head')) &&
    !text.includes('BEGIN:VCALENDAR')
  );
}

/** Of two copies of one UID (and RECURRENCE-ID), the one with the highest SEQUENCE; on a tie the later. */
function newest(known: ScannedEvent | undefined, event: ScannedEvent, warnings: FeedWarning[]): ScannedEvent {
  if (!known) return event;
  const [kept, dropped] = event.sequence >= known.sequence ? [event, known] : [known, event];
  warnings.push({
    line: dropped.line,
    message: t('errors_duplicateEvent', { sequence: String(kept.sequence), line: String(kept.line) }),
  });
  return kept;
}
