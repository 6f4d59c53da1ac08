// A series' instances inside a range: its RRULEs (parsed and expanded by the project's engine,
// each problem a warning on the rule's line), its RDATEs and EXDATEs in whatever zone or value
// type they are written. An RDATE's start is re-read in the series' zone, so that it keeps the
// series' wall-clock length (RFC 5545 §3.8.5.2), unless it is a PERIOD with its own end.
import { t } from '../../i18n/ui';
import { dayOfWall, wallMs } from '../../time/civil';
import { wallOf } from '../../time/wall-of';
import { parseContentLine } from './content-line';
import type { EventTimes, TimeReader, Warn } from './event-times';
import { expandRule } from './recur-expand';
import { parseRule } from './recur-rule';
import { InstanceSet, mergeRecurrenceSet } from './recurrence-set';
import type { Instant } from './rule-collector';
import type { ScannedEvent } from './scan-event';

export interface SeriesRequest {
  master: ScannedEvent;
  times: EventTimes;
  /** Instances starting in this range (epoch ms). */
  range: { from: number; to: number };
  /** At most this many rule instances per RRULE from `capFrom` on. */
  cap: number;
  capFrom: number;
}

export function expandSeries(request: SeriesRequest, reader: TimeReader, warn: Warn): Instant[] {
  const { master, times, range } = request;
  const start = times.start;
  const ruleInstants: Instant[] = [];
  for (const raw of master.rrules) {
    const line = parseContentLine(raw);
    const parsed = line ? parseRule(line.value, start.date) : { rule: null, problems: [t('errors_ruleNoFreq')] };
    const problems = parsed.problems;
    if (parsed.rule) {
      const instants = expandRule(
        { rule: parsed.rule, start, range, cap: request.cap, capFrom: request.capFrom },
        problems,
      );
      for (const i of instants) ruleInstants.push(i);
    }
    for (const problem of problems) warn(raw.line, problem);
  }
  const rdates: Instant[] = [];
  for (const raw of master.rdates) {
    for (const { time, end } of reader.list(raw) ?? []) {
      // A DATE on a timed series keeps DTSTART's time of day; a DATE-TIME on an all-day series its date.
      let local: number;
      if (time.date && !start.date)
        local = wallMs(dayOfWall(time.local)) + (start.local - wallMs(dayOfWall(start.local)));
      else if (start.date) local = wallMs(dayOfWall(time.utc ? wallOf(start.zone, time.at) : time.local));
      else local = time.zone === start.zone ? time.local : wallOf(start.zone, time.at);
      const at = time.date || start.date || time.zone === start.zone ? start.zone.toUtc(local) : time.at;
      rdates.push({ local, at, end });
    }
  }
  const excluded = new InstanceSet(start);
  for (const raw of master.exdates) for (const { time } of reader.list(raw) ?? []) excluded.add(time);
  return mergeRecurrenceSet({ local: start.local, at: start.at, end: null }, ruleInstants, rdates, excluded, range);
}
