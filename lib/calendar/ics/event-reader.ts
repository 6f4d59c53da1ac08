// Stage 4: one series (or single event) with its changed occurrences → the appointments inside
// the window. Times are read by TimeReader, fields by FieldReader, series expanded by
// expandSeries; this file decides which occurrence a change replaces and what is emitted.
import { t } from '../../i18n/ui';
import { civilDate, END_WALL } from '../../time/civil';
import { DAY } from '../../time/units';
import { appointmentKey, type Appointment } from '../../model/appointment';
import { FieldReader, type EventFields } from './event-fields';
import { expandSeries } from './event-series';
import { endOf, TimeReader, type EventTimes } from './event-times';
import type { FeedWarning } from './feed-warning';
import type { ParseFeedOptions } from './parse-options';
import { InstanceSet } from './recurrence-set';
import { ZONE_SLACK } from './rule-collector';
import { dateValue, hasProperty, property, type ScannedEvent } from './scan-event';
import type { FeedZones } from './time-zones';

/** A RANGE=THISANDFUTURE change: moves and changes every occurrence from `ridAt` on (RFC 5545 §3.2.13). */
interface FutureChange {
  ridAt: number;
  shift: number;
  event: ScannedEvent;
  times: EventTimes;
}

/** What a series' changed occurrences do to it. */
interface Changes {
  replaced: InstanceSet | null;
  /** Single events: RECURRENCE-ID instants that replace the event itself. */
  replacedAt: Set<number>;
  future: FutureChange[];
}

/** One occurrence to add. */
interface Occurrence {
  event: ScannedEvent;
  /** Start of the series instance it stands for (its RECURRENCE-ID), or null for a single event. */
  originalAt: number | null;
  start: number;
  end: number;
  times: EventTimes;
  fields: EventFields;
}

export class EventReader {
  readonly #options: Required<ParseFeedOptions>;
  readonly #warnings: FeedWarning[];
  readonly #times: TimeReader;
  readonly #fields = new FieldReader();
  /** Events already told they end after 9999. */
  readonly #endless = new Set<ScannedEvent>();
  /** `YYYYMMDD` numbers of the window widened by two days, for #mayReach (numbers: the window may end after 9999). */
  readonly #fromKey: number;
  readonly #toKey: number;

  constructor(options: ParseFeedOptions, zones: FeedZones, warnings: FeedWarning[]) {
    this.#options = { maxOccurrences: 1000, ...options };
    this.#fromKey = dayKey(options.from - 2 * DAY);
    this.#toKey = dayKey(options.to + 2 * DAY);
    this.#warnings = warnings;
    this.#times = new TimeReader(zones, (line, message) => this.#warn(line, message));
  }

  /** A series (or single event) with its changed occurrences; `master` null for orphan instances. */
  readSeries(master: ScannedEvent | null, instances: ScannedEvent[], out: Appointment[]): void {
    let masterTimes: EventTimes | null | undefined;
    const changes: Changes = { replaced: null, replacedAt: new Set(), future: [] };
    if (instances.length > 0) {
      masterTimes = master ? this.#safely(master, () => this.#times.times(master)) : null;
      if (masterTimes) changes.replaced = new InstanceSet(masterTimes.start);
      for (const instance of instances)
        this.#safely(instance, () => this.#readInstance(instance, master, masterTimes ?? null, changes, out));
    }
    if (master && masterTimes !== null) this.#safely(master, () => this.#readMaster(master, masterTimes, changes, out));
  }

  #readInstance(
    instance: ScannedEvent,
    master: ScannedEvent | null,
    series: EventTimes | null,
    changes: Changes,
    out: Appointment[],
  ): void {
    const rid = property(instance, 'RECURRENCE-ID');
    const ridTime = rid ? this.#times.time(rid, series?.start.zone ?? null) : null;
    if (!rid || !ridTime) {
      this.#warn(instance.line, t('errors_eventBadRecurrenceId'));
      return;
    }
    const times = this.#times.times(instance);
    if (!times) return;
    changes.replaced?.add(ridTime);
    const ridAt = changes.replaced ? changes.replaced.instantOf(ridTime) : ridTime.at;
    changes.replacedAt.add(ridAt);
    if (/^THISANDFUTURE$/i.test(rid.params.RANGE ?? '')) {
      changes.future.push({ ridAt, shift: times.start.at - ridAt, event: instance, times });
    }
    const end = endOf(times, times.start.local, times.start.at);
    if (this.#overlaps(times.start.at, end)) {
      this.#emit(
        {
          event: instance,
          originalAt: ridAt,
          start: times.start.at,
          end,
          times,
          fields: this.#fields.of(instance, master),
        },
        out,
      );
    }
  }

  #readMaster(master: ScannedEvent, known: EventTimes | undefined, changes: Changes, out: Appointment[]): void {
    const { from, to } = this.#options;
    const isSeries = master.rrules.length > 0 || master.rdates.length > 0;
    if (!isSeries && !this.#mayReach(master)) return;
    const times = known ?? this.#times.times(master);
    if (!times) return;
    if (!isSeries) {
      if (changes.replacedAt.has(times.start.at)) return; // a RECURRENCE-ID on a single event replaces it
      const end = endOf(times, times.start.local, times.start.at);
      if (this.#overlaps(times.start.at, end)) {
        this.#emit(
          { event: master, originalAt: null, start: times.start.at, end, times, fields: this.#fields.of(master, null) },
          out,
        );
      }
      return;
    }
    if (master.rdates.length === 0 && times.start.local - ZONE_SLACK >= to) return; // the series starts later

    const future = changes.future.sort((a, b) => a.ridAt - b.ridAt);
    let margin = times.span;
    for (const change of future) margin = Math.max(margin, Math.abs(change.shift) + change.times.span);
    const range = { from: from - margin, to: to + margin };
    const instants = expandSeries(
      { master, times, range, cap: this.#options.maxOccurrences, capFrom: from - times.span },
      this.#times,
      (line, message) => this.#warn(line, message),
    );
    for (const instant of instants) {
      if (changes.replaced?.has(instant)) continue;
      let change: FutureChange | null = null;
      for (const candidate of future) if (candidate.ridAt <= instant.at) change = candidate;
      let start = instant.at;
      let end = instant.end ?? endOf(times, instant.local, instant.at);
      if (change) {
        const changed = change.times;
        start = instant.at + change.shift;
        end = start + (endOf(changed, changed.start.local, changed.start.at) - changed.start.at);
      }
      if (!this.#overlaps(start, end)) continue;
      const fields = this.#fields.of(change ? change.event : master, master);
      this.#emit({ event: master, originalAt: instant.at, start, end, times, fields }, out);
    }
  }

  /** Whether [start, end) touches the window; an event without length counts at its start. */
  #overlaps(start: number, end: number): boolean {
    const { from, to } = this.#options;
    return start < to && (end > from || (end <= start && start >= from));
  }

  /**
   * Cheap test on the raw DTSTART/DTEND of a single event, before any zone work: compares the
   * `YYYYMMDD` of the values with the window widened by two days (any zone, any DST).
   */
  #mayReach(event: ScannedEvent): boolean {
    const start = dateValue(event, 'DTSTART')?.trim() ?? '';
    if (!/^\d{8}/.test(start)) return true; // let the full read report it
    if (Number(start.slice(0, 8)) >= this.#toKey) return false;
    if (hasProperty(event, 'DURATION')) return true;
    const end = dateValue(event, 'DTEND')?.trim() || start;
    return !/^\d{8}/.test(end) || Number(end.slice(0, 8)) >= this.#fromKey;
  }

  /** Adds one occurrence (the caller checked that it overlaps the window). */
  #emit(occurrence: Occurrence, out: Appointment[]): void {
    const { event, originalAt, start, times, fields } = occurrence;
    let end = occurrence.end;
    if (!(end <= LAST_END)) {
      // An RDATE period of a million weeks: no date can show that end (nor could a Date hold it).
      if (!this.#endless.has(event)) this.#warn(event.line, t('errors_eventEndsAfter9999'));
      this.#endless.add(event);
      end = start;
    }
    const recurrenceId = originalAt === null ? null : new Date(originalAt).toISOString();
    out.push({
      key: appointmentKey(this.#options.sourceId, event.uid, recurrenceId),
      sourceId: this.#options.sourceId,
      uid: event.uid,
      recurrenceId,
      start,
      end,
      allDay: times.start.date,
      timeZone: times.start.zone.id,
      ...fields,
    });
  }

  /** Runs one read; an error skips that event with a warning, never the feed. */
  #safely<T>(event: ScannedEvent, read: () => T): T | null {
    try {
      return read();
    } catch (error) {
      this.#warn(
        event.line,
        t('errors_eventUnreadable', { reason: error instanceof Error ? error.message : t('errors_unknownError') }),
      );
      return null;
    }
  }

  #warn(line: number | null, message: string): void {
    this.#warnings.push({ line, message });
  }
}

/** The last end a feed can write: the end of 9999 in the zone furthest west. */
const LAST_END = END_WALL + DAY;

/** `YYYYMMDD` of an instant in UTC, as a number (year 10000 and later compare right too). */
function dayKey(at: number): number {
  const { year, month, day } = civilDate(Math.floor(at / DAY));
  return year * 10_000 + month * 100 + day;
}
