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

/** A therapist's cancellation policy. */
export interface Policy {
  notice: Notice;
  /** Business days, 0 = Sunday … 6 = Saturday. */
  businessDays: number[];
  /** YYYY-MM-DD dates that are not business days. */
  holidays: string[];
  /** IANA zone the policy is written in; empty: the user's zone. */
  timeZone: string;
  /** Late-cancellation fee; null: none. */
  fee: Money | null;
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
