// Stage 4: one series (or single event) with its changed occurrences → the appointments inside
// the window. Times are placed in their zones here, fields read, series expanded.
import { appointmentKey, type Appointment } from '../appointment';
import { parseContentLine, unescapeText, type ContentLine } from './content-line';
import {
  DAY_MS,
  parseDuration,
  parseTimeList,
  parseWallTime,
  zoneOf,
  type WallTime,
  type ZonedTime,
  type ZoneProblem,
} from './date-values';
import { htmlToText } from '../html-to-text';
import { organizerEmail } from './event-text';
import { findLinks } from '../telehealth';
import type { FeedWarning } from './feed-warning';
import type { ParseFeedOptions } from './parse-feed';
import { expandRule, mergeRecurrenceSet, ZONE_SLACK, type Instant, type RuleProblem } from './recurrence';
import { dateValue, hasProperty, plainValue, property, type ScannedEvent } from './scan-event';
import type { FeedZones } from './time-zones';

/** Start, end and zone of one VEVENT. */
interface EventTimes {
  start: ZonedTime;
  /** Length in wall-clock time (same zone at both ends), or … */
  wall: number;
  /** … exact length when DTEND is in another zone, else null. */
  exact: number | null;
  /** Upper bound of the real length, for widening the expansion range. */
  span: number;
}

/** End instant of an instance of `times` starting at `local` (wall clock) / `at`. */
function endOf(times: EventTimes, local: number, at: number): number {
  return times.exact === null ? times.start.zone.toUtc(local + times.wall) : at + times.exact;
}

/** A RANGE=THISANDFUTURE change: moves and changes every occurrence from `ridAt` on. */
interface FutureChange {
  ridAt: number;
  shift: number;
  event: ScannedEvent;
  times: EventTimes;
}

/** Fields every occurrence of an event carries. */
type EventFields = Pick<Appointment, 'title' | 'status' | 'description' | 'location' | 'organizerEmail' | 'organizerName' | 'videoUrl' | 'links'>;

export class EventReader {
  readonly #options: Required<ParseFeedOptions>;
  readonly #zones: FeedZones;
  readonly #warnings: FeedWarning[];
  readonly #unknownZones = new Set<string>();
  /** Fields are read once per VEVENT, and only for events that reach the window. */
  readonly #fieldsCache = new Map<ScannedEvent, EventFields>();
  /** `YYYYMMDD` of the window widened by two days, for #mayReach. */
  readonly #fromKey: string;
  readonly #toKey: string;

  constructor(options: ParseFeedOptions, zones: FeedZones, warnings: FeedWarning[]) {
    this.#options = { maxOccurrences: 1000, ...options };
    this.#fromKey = dayKey(options.from - 2 * DAY_MS);
    this.#toKey = dayKey(options.to + 2 * DAY_MS);
    this.#zones = zones;
    this.#warnings = warnings;
  }

  /** A series (or single event) with its changed occurrences; `master` null for orphan instances. */
  readSeries(master: ScannedEvent | null, instances: ScannedEvent[], out: Appointment[]): void {
    // Instances first: which originals they replace, and which shift all later ones.
    const replaced = new Set<number>();
    const future: FutureChange[] = [];
    for (const instance of instances) {
      try {
        this.#readInstance(instance, master, replaced, future, out);
      } catch (error) {
        this.#skip(instance, error);
      }
    }
    if (!master) return;
    try {
      this.#readMaster(master, replaced, future, out);
    } catch (error) {
      this.#skip(master, error);
    }
  }

  #readInstance(
    instance: ScannedEvent,
    master: ScannedEvent | null,
    replaced: Set<number>,
    future: FutureChange[],
    out: Appointment[],
  ): void {
    const rid = property(instance, 'RECURRENCE-ID');
    const ridTime = rid ? this.#time(rid) : null;
    if (!rid || !ridTime) {
      this.#warn(instance.line, 'The RECURRENCE-ID of this changed occurrence is not a date; it was skipped.');
      return;
    }
    const times = this.#times(instance);
    if (!times) return;
    replaced.add(ridTime.at);
    if (/^THISANDFUTURE$/i.test(rid.params.RANGE ?? '')) {
      future.push({ ridAt: ridTime.at, shift: times.start.at - ridTime.at, event: instance, times });
    }
    const end = endOf(times, times.start.local, times.start.at);
    if (this.#overlaps(times.start.at, end)) {
      this.#emit(instance, ridTime.at, times.start.at, end, times, this.#fieldsOf(instance, master), out);
    }
  }

  #readMaster(master: ScannedEvent, replaced: Set<number>, future: FutureChange[], out: Appointment[]): void {
    const { from, to } = this.#options;
    const isSeries = master.rrules.length > 0 || master.rdates.length > 0;
    if (!isSeries && !this.#mayReach(master)) return;
    const times = this.#times(master);
    if (!times) return;
    if (!isSeries) {
      if (replaced.has(times.start.at)) return; // a RECURRENCE-ID on a single event replaces it
      const end = endOf(times, times.start.local, times.start.at);
      if (this.#overlaps(times.start.at, end)) this.#emit(master, null, times.start.at, end, times, this.#fieldsOf(master, null), out);
      return;
    }
    if (master.rdates.length === 0 && times.start.local - ZONE_SLACK >= to) return; // the series starts later

    future.sort((a, b) => a.ridAt - b.ridAt);
    let margin = times.span;
    for (const change of future) margin = Math.max(margin, Math.abs(change.shift) + change.times.span);
    const instants = this.#expand(master, times, { from: from - margin, to: to + margin });
    for (const instant of instants) {
      if (replaced.has(instant.at)) continue;
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
      this.#emit(master, instant.at, start, end, times, this.#fieldsOf(change ? change.event : master, master), out);
    }
  }

  #fieldsOf(event: ScannedEvent, master: ScannedEvent | null): EventFields {
    let fields = this.#fieldsCache.get(event);
    if (!fields) {
      fields = this.#fields(event, master && event !== master ? this.#fieldsOf(master, null) : null);
      this.#fieldsCache.set(event, fields);
    }
    return fields;
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
    if (start.slice(0, 8) >= this.#toKey) return false;
    if (hasProperty(event, 'DURATION')) return true;
    const end = dateValue(event, 'DTEND')?.trim() || start;
    return !/^\d{8}/.test(end) || end.slice(0, 8) >= this.#fromKey;
  }

  #expand(master: ScannedEvent, times: EventTimes, range: { from: number; to: number }): Instant[] {
    const problems: RuleProblem[] = [];
    const ruleInstants: Instant[] = [];
    for (const raw of master.rrules) {
      const rule = parseContentLine(raw);
      const capFrom = this.#options.from - times.span;
      const instants = rule
        ? expandRule(rule.value, times.start, range, this.#options.maxOccurrences, problems, 'auto', capFrom)
        : null;
      for (const p of problems.splice(0)) this.#warn(raw.line, capitalize(p.message));
      if (instants) ruleInstants.push(...instants);
    }
    const rdates: Instant[] = [];
    for (const raw of master.rdates) {
      const list = this.#list(raw);
      if (list) for (const { time, end } of list) rdates.push({ local: time.local, at: time.at, end });
    }
    const exdates: { at: number; dateLocal: number | null }[] = [];
    for (const raw of master.exdates) {
      const list = this.#list(raw);
      if (list) {
        for (const { time } of list) exdates.push({ at: time.at, dateLocal: time.date && !times.start.date ? time.local : null });
      }
    }
    const first: Instant = { local: times.start.local, at: times.start.at, end: null };
    return mergeRecurrenceSet(first, ruleInstants, rdates, exdates, range);
  }

  #list(raw: { text: string; line: number }): ReturnType<typeof parseTimeList> {
    const line = parseContentLine(raw);
    const problems: ZoneProblem[] = [];
    const list = line ? parseTimeList(line, this.#zones, problems) : null;
    this.#zoneProblems(problems, raw.line);
    if (!list) this.#warn(raw.line, `Could not read the dates of ${line?.name ?? 'this line'}; they were ignored.`);
    return list;
  }

  #times(event: ScannedEvent): EventTimes | null {
    const dtstart = property(event, 'DTSTART');
    const start = dtstart ? this.#time(dtstart) : null;
    if (!dtstart || !start) {
      this.#warn(dtstart?.line ?? event.line, dtstart ? `The start “${dtstart.value}” is not a date; the event was skipped.` : 'The event has no start (DTSTART); it was skipped.');
      return null;
    }
    const dtend = property(event, 'DTEND');
    const end = dtend ? this.#time(dtend) : null;
    if (dtend && !end) this.#warn(dtend.line, `The end “${dtend.value}” is not a date; the event is shown without its length.`);
    const durationLine = property(event, 'DURATION');
    const duration = !end && durationLine ? parseDuration(durationLine.value) : null;
    if (!end && durationLine && duration === null) this.#warn(durationLine.line, `The duration “${durationLine.value}” could not be read.`);

    if (end && end.zone !== start.zone) {
      const exact = Math.max(0, end.at - start.at);
      return { start, wall: 0, exact, span: exact };
    }
    // RFC 5545 §3.6.1: without DTEND or DURATION a date lasts one day, a date-time no time.
    const wall = Math.max(0, end ? end.local - start.local : (duration ?? (start.date ? DAY_MS : 0)));
    return { start, wall, exact: null, span: wallSpan(wall) };
  }

  #time(line: ContentLine): ZonedTime | null {
    const wall: WallTime | null = parseWallTime(line.value);
    if (!wall) return null;
    const problems: ZoneProblem[] = [];
    const zone = zoneOf(wall, line, this.#zones, problems);
    this.#zoneProblems(problems, line.line);
    return { local: wall.local, date: wall.date, utc: wall.utc, zone, at: zone.toUtc(wall.local) };
  }

  #zoneProblems(problems: ZoneProblem[], line: number): void {
    for (const { tzid } of problems) {
      if (this.#unknownZones.has(tzid)) continue;
      this.#unknownZones.add(tzid);
      this.#warn(line, `Unknown time zone “${tzid}”: its times were read in ${this.#zones.floating.id}.`);
    }
  }

  #fields(event: ScannedEvent, fallback: EventFields | null): EventFields {
    const rawDescription = textValue(event, 'DESCRIPTION');
    const description = rawDescription === undefined ? undefined : htmlToText(rawDescription);
    const location = textValue(event, 'LOCATION');
    const status = statusOf(plainValue(event, 'STATUS'));
    const { videoUrl: video, links } = findLinks([
      textValue(event, 'X-GOOGLE-CONFERENCE'),
      textValue(event, 'X-MICROSOFT-SKYPETEAMSMEETINGURL'),
      textValue(event, 'URL'),
      location,
      rawDescription,
      textValue(event, 'X-ALT-DESC'),
    ]);
    const fields: EventFields = {
      title: textValue(event, 'SUMMARY') ?? fallback?.title ?? '(No title)',
      status: fallback?.status === 'cancelled' ? 'cancelled' : (status ?? fallback?.status ?? 'confirmed'),
    };
    const optional = {
      description: description ?? fallback?.description,
      location: location ?? fallback?.location,
      organizerEmail: organizerEmail(plainValue(event, 'ORGANIZER')) ?? fallback?.organizerEmail,
      // RFC 5545 §3.2.2: the organizer's common name.
      organizerName: property(event, 'ORGANIZER')?.params.CN?.trim() || fallback?.organizerName,
      videoUrl: video ?? fallback?.videoUrl,
    };
    for (const [key, value] of Object.entries(optional) as [keyof typeof optional, string | undefined][]) {
      if (value !== undefined) fields[key] = value;
    }
    const otherLinks = links.length ? links : fallback?.links;
    if (otherLinks?.length) fields.links = otherLinks;
    return fields;
  }

  /** Adds one occurrence (the caller checked that it overlaps the window). */
  #emit(
    event: ScannedEvent,
    originalAt: number | null,
    start: number,
    end: number,
    times: EventTimes,
    fields: EventFields,
    out: Appointment[],
  ): void {
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

  #skip(event: ScannedEvent, error: unknown): void {
    this.#warn(event.line, `This event could not be read (${error instanceof Error ? error.message : 'unknown error'}); it was skipped.`);
  }

  #warn(line: number | null, message: string): void {
    this.#warnings.push({ line, message });
  }
}

function statusOf(value: string | null): Appointment['status'] | null {
  const status = value?.trim().toUpperCase();
  return status === 'CANCELLED' ? 'cancelled' : status === 'TENTATIVE' ? 'tentative' : status === 'CONFIRMED' ? 'confirmed' : null;
}

/** Longest real duration of a wall-clock length: one DST hour more, none for no length. */
function wallSpan(wall: number): number {
  return wall === 0 ? 0 : wall + 3_600_000;
}


function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A text property of the event, unescaped and trimmed; undefined when absent or empty. */
function textValue(event: ScannedEvent, name: string): string | undefined {
  const value = plainValue(event, name);
  return value === null ? undefined : unescapeText(value).trim() || undefined;
}

/** `YYYYMMDD` of an instant in UTC. */
function dayKey(at: number): string {
  return new Date(at).toISOString().slice(0, 10).replaceAll('-', '');
}
