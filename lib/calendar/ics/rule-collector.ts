// Where a rule's walk stops: COUNT (DTSTART is the first, RFC 5545 §3.3.10), UNTIL (inclusive;
// a DATE, a floating or a UTC time), the end of the window, and the cap of occurrences per
// series. Instances before the window are counted for COUNT but not kept.
import { t } from '../../i18n/ui';
import { DAY, HOUR } from '../../time/units';
import { END_WALL } from '../../time/civil';
import { wallOf } from '../../time/wall-of';
import type { RuleRequest } from './rule-request';

/**
 * Why a rule can never occur: its parts contradict each other, or the times it asks for never
 * fall on its hourly, minutely or secondly interval.
 */
export type NeverWhy = 'Contradicts' | 'OffGridHourly' | 'OffGridMinutely' | 'OffGridSecondly';

/** Local readings differ from UTC by at most this (UTC−12 … UTC+14) plus a day of slack. */
export const ZONE_SLACK = 15 * HOUR + DAY;

/** More than a zone's offset falls back at once (DST: one hour, two in a few zones and years). */
const DST_SLACK = 3 * HOUR;

export interface Instant {
  /** Wall-clock start in the series' zone. */
  local: number;
  /** Start instant (epoch ms). */
  at: number;
  /** End instant when the instance has its own (an RDATE period), else null. */
  end: number | null;
}

export class RuleCollector {
  readonly out: Instant[] = [];
  /** No instance before this wall-clock time can start inside the window. */
  readonly firstLocal: number;
  /** Nor after this one. */
  readonly lastLocal: number;
  readonly #request: RuleRequest;
  readonly #problems: string[];
  readonly #untilLocal: number | null;
  readonly #untilAt: number | null;
  /** Instances the rule may still yield after DTSTART, or null without COUNT. */
  #remaining: number | null;
  #kept = 0;

  constructor(request: RuleRequest, problems: string[]) {
    this.#request = request;
    this.#problems = problems;
    const { until, count } = request.rule;
    this.#untilLocal = until && !until.utc ? (until.date ? until.local + DAY - 1 : until.local) : null;
    this.#untilAt = until?.utc ? until.local : null;
    this.#remaining = count === null ? null : count - 1;
    // The wall-clock readings of the window's ends, widened by more than any DST change.
    const zone = request.start.zone;
    this.firstLocal = wallOf(zone, request.range.from) - DST_SLACK;
    const untilAt = this.#untilAt === null ? Infinity : wallOf(zone, this.#untilAt) + DST_SLACK;
    // iCalendar writes years up to 9999 (RFC 5545 §3.3.4): no series goes beyond.
    this.lastLocal = Math.min(
      wallOf(zone, request.range.to) + DST_SLACK,
      this.#untilLocal ?? Infinity,
      untilAt,
      END_WALL - 1,
    );
  }

  /** The rule cannot yield anything: said once, by name, with why (a sentence of the `errors2` area). */
  never(why: NeverWhy): void {
    this.#problems.push(t(`errors2_ruleNever${why}`, { rule: this.#request.rule.text }));
  }

  /** Takes the next instance (in order); false when the series ends here. */
  take(local: number): boolean {
    if (local > this.lastLocal || this.#remaining === 0) return false;
    if (this.#remaining !== null) this.#remaining--;
    // Far from the window and from UNTIL, the instant is not needed (counting is enough).
    if (local < this.firstLocal) return true;
    const at = this.#request.start.zone.toUtc(local);
    if (this.#untilAt !== null && at > this.#untilAt) return false;
    const { range, cap, capFrom } = this.#request;
    if (at < range.from || at >= range.to) return true;
    if (at >= capFrom && ++this.#kept > cap) {
      this.#problems.push(t('errors_ruleTooManyOccurrences', { cap: String(cap) }));
      return false;
    }
    this.out.push({ local, at, end: null });
    return true;
  }
}
