// What expanding one RRULE is asked for: the rule, the series' start, the window and the cap.
import type { Zone } from '../../time/wall-clock';
import type { RecurRule } from './recur-rule';

export interface SeriesStart {
  /** Wall-clock DTSTART in the series' zone. */
  local: number;
  /** DTSTART is a DATE. */
  date: boolean;
  zone: Zone;
}

export interface RuleRequest {
  rule: RecurRule;
  start: SeriesStart;
  /** Instances starting in [from, to) (epoch ms) are returned. */
  range: { from: number; to: number };
  /** At most this many instances from `capFrom` on (those before only widen the range). */
  cap: number;
  capFrom: number;
}
