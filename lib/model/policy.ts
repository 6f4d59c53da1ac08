/** How much notice cancelling needs. */
export type Notice =
  | { kind: 'hours'; hours: number }
  /** "1 business day by 17:00": cancel by the cut-off time, `days` business days before. */
  | { kind: 'business-days'; days: number; cutoff: string };

export interface Money {
  amount: number;
  /** ISO 4217 code. */
  currency: string;
}

/**
 * A fee tier: cancelling with less than `withinHours` hours before the start costs `percent` %
 * of the session price (of the flat fee when no price is set). `withinHours: 0` is the no-show.
 * Example: 50 % inside 24 h, 75 % inside 12 h, 100 % for a no-show.
 */
export interface FeeTier {
  withinHours: number;
  percent: number;
}

export interface FeeRule {
  /** flat: `Policy.fee`; percent: `percent` % of `sessionPrice`; full: `sessionPrice`. */
  kind: 'flat' | 'percent' | 'full';
  percent: number;
  /** Optional; when present they decide the fee after the deadline. */
  tiers: FeeTier[];
}

/** A therapist's cancellation policy. */
export interface Policy {
  notice: Notice;
  /** Business days, 0 = Sunday … 6 = Saturday. */
  businessDays: number[];
  /** YYYY-MM-DD dates that are not business days. */
  holidays: string[];
  /** IANA zone the policy is written in; empty: the user's zone. */
  timeZone: string;
  /** Late-cancellation fee (the flat amount); null: none. See `feeRule` for other kinds. */
  fee: Money | null;
  /** The price of one session, for fees that are a percentage of it or the full price. */
  sessionPrice?: Money | null;
  /** How the fee is worked out; absent: the flat `fee`. */
  feeRule?: FeeRule;
  /** Minutes after the end during which a check-in still counts (late arrival). */
  graceMinutes: number;
}

export const DEFAULT_POLICY: Policy = {
  notice: { kind: 'hours', hours: 24 },
  businessDays: [1, 2, 3, 4, 5],
  holidays: [],
  timeZone: '',
  fee: null,
  graceMinutes: 15,
};
