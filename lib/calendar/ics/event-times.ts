// The times of one VEVENT: DTSTART, DTEND or DURATION, each placed in its zone, and the date
// lists of RDATE / EXDATE. Values a feed gets wrong are reported with their line, never
// shifted: 30 February is not a date; a year 0000–0099 is read as written and said; an end
// past the year 9999 is dropped rather than crashing whatever shows it.
import { t } from '../../i18n/ui';
import { civilDate, dayOfWall, END_WALL } from '../../time/civil';
import { DAY, HOUR } from '../../time/units';
import type { Zone } from '../../time/wall-clock';
import type { ContentLine, RawLine } from './content-line';
import { parseContentLine } from './content-line';
import { parseDuration, parseWallTime, type ZonedTime } from './date-values';
import { parseTimeList, zoneOf, type ZoneProblem } from './zoned-values';
import { property, type ScannedEvent } from './scan-event';
import type { FeedZones } from './time-zones';

/** Start, end and zone of one VEVENT. */
export interface EventTimes {
  start: ZonedTime;
  /** Length in wall-clock time (same zone at both ends), or … */
  wall: number;
  /** … exact length when DTEND is in another zone, else null. */
  exact: number | null;
  /** Upper bound of the real length, for widening the expansion range. */
  span: number;
}

/** End instant of an instance of `times` starting at `local` (wall clock in the series' zone) / `at`. */
export function endOf(times: EventTimes, local: number, at: number): number {
  return times.exact === null ? times.start.zone.toUtc(local + times.wall) : at + times.exact;
}

/** One value of an RDATE or EXDATE list. */
export interface ListedTime {
  time: ZonedTime;
  /** End of a PERIOD value, else null. */
  end: number | null;
}

export type Warn = (line: number | null, message: string) => void;

export class TimeReader {
  readonly #zones: FeedZones;
  readonly #warn: Warn;
  readonly #unknownZones = new Set<string>();

  constructor(zones: FeedZones, warn: Warn) {
    this.#zones = zones;
    this.#warn = warn;
  }

  get floating(): Zone {
    return this.#zones.floating;
  }

  /** DTSTART and the length; null (and a warning) when the event has no readable start. */
  times(event: ScannedEvent): EventTimes | null {
    const dtstart = property(event, 'DTSTART');
    const start = dtstart ? this.time(dtstart) : null;
    if (!dtstart || !start) {
      this.#warn(
        dtstart?.line ?? event.line,
        dtstart ? t('errors_startNotDate', { value: dtstart.value }) : t('errors_noStart'),
      );
      return null;
    }
    const dtend = property(event, 'DTEND');
    const end = dtend ? this.time(dtend) : null;
    if (dtend && !end) this.#warn(dtend.line, t('errors_endNotDate', { value: dtend.value }));
    const durationLine = property(event, 'DURATION');
    let duration = !end && durationLine ? parseDuration(durationLine.value) : null;
    if (!end && durationLine && duration === null)
      this.#warn(durationLine.line, t('errors_durationUnreadable', { value: durationLine.value }));
    if (duration !== null && durationLine && start.local + duration >= END_WALL) {
      this.#warn(durationLine.line, t('errors_durationAfter9999', { value: durationLine.value }));
      duration = 0;
    }
    if (end && end.zone !== start.zone) {
      const exact = Math.max(0, end.at - start.at);
      return { start, wall: 0, exact, span: exact };
    }
    // RFC 5545 §3.6.1: without DTEND or DURATION a date lasts one day, a date-time no time.
    const wall = Math.max(0, end ? end.local - start.local : (duration ?? (start.date ? DAY : 0)));
    return { start, wall, exact: null, span: wall === 0 ? 0 : wall + HOUR };
  }

  /**
   * A DATE or DATE-TIME placed in its zone. `seriesZone`: for a RECURRENCE-ID, a floating time
   * is meant in the series' zone (RFC 5545 §3.8.4.4: it has the value type and zone of DTSTART).
   */
  time(line: ContentLine, seriesZone: Zone | null = null): ZonedTime | null {
    const wall = parseWallTime(line.value);
    if (!wall) return null;
    this.#checkYear(wall.local, line);
    const problems: ZoneProblem[] = [];
    const floating = seriesZone && !wall.utc && !line.params.TZID;
    const zone = floating ? seriesZone : zoneOf(wall, line, this.#zones, problems);
    this.#zoneProblems(problems, line.line);
    return { local: wall.local, date: wall.date, utc: wall.utc, zone, at: zone.toUtc(wall.local) };
  }

  /** The values of an RDATE or EXDATE line; null (and a warning) when they cannot be read. */
  list(raw: RawLine): ListedTime[] | null {
    const line = parseContentLine(raw);
    const problems: ZoneProblem[] = [];
    const list = line ? parseTimeList(line, this.#zones, problems) : null;
    this.#zoneProblems(problems, raw.line);
    if (!list) this.#warn(raw.line, t('errors_datesUnreadable', { name: line?.name ?? t('errors_thisLine') }));
    for (const { time } of list ?? []) if (line) this.#checkYear(time.local, line);
    return list;
  }

  #checkYear(local: number, line: ContentLine): void {
    const { year } = civilDate(dayOfWall(local));
    if (year < 100) this.#warn(line.line, t('errors_earlyYear', { value: line.value.trim(), year: String(year) }));
  }

  #zoneProblems(problems: ZoneProblem[], line: number): void {
    for (const { tzid } of problems) {
      if (this.#unknownZones.has(tzid)) continue;
      this.#unknownZones.add(tzid);
      this.#warn(line, t('errors_unknownZone', { tzid, zone: this.#zones.floating.id }));
    }
  }
}
