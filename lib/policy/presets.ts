import type { FeeRule, Money, Notice, Policy } from './policy';

export interface PolicyPreset {
  id: string;
  label: string;
  notice: Notice;
}

/** The presets the options page offers. */
export const POLICY_PRESETS: PolicyPreset[] = [
  { id: '24h', label: '24 hours', notice: { kind: 'hours', hours: 24 } },
  { id: '48h', label: '48 hours', notice: { kind: 'hours', hours: 48 } },
  { id: '1bd', label: '1 business day by 17:00', notice: { kind: 'business-days', days: 1, cutoff: '17:00' } },
];

/** The policy with a preset's notice (fee, zone and the rest are kept). */
export function withPreset(policy: Policy, id: string): Policy {
  const preset = POLICY_PRESETS.find((p) => p.id === id);
  return preset ? { ...policy, notice: { ...preset.notice } } : policy;
}

/** Which preset a policy's notice matches, or null ("custom"). */
export function presetOf(policy: Policy): string | null {
  const n = policy.notice;
  const found = POLICY_PRESETS.find((p) =>
    p.notice.kind === 'hours'
      ? n.kind === 'hours' && n.hours === p.notice.hours
      : n.kind === 'business-days' && n.days === p.notice.days && n.cutoff === p.notice.cutoff,
  );
  return found?.id ?? null;
}

export type FeeKind = 'none' | FeeRule['kind'];

/** How the editor reads a policy's fee. */
export function feeKindOf(policy: Policy): FeeKind {
  const kind = policy.feeRule?.kind ?? 'flat';
  if (kind === 'flat') return policy.fee ? 'flat' : 'none';
  return kind;
}

/** The policy with another fee kind; amounts already typed are kept. */
export function withFeeKind(policy: Policy, kind: FeeKind, defaultCurrency: string): Policy {
  const currency = policy.fee?.currency ?? policy.sessionPrice?.currency ?? defaultCurrency;
  const rule: FeeRule = { kind: 'flat', percent: 50, tiers: [], ...policy.feeRule };
  if (kind === 'none') return { ...policy, fee: null, feeRule: { ...rule, kind: 'flat', tiers: [] } };
  const price: Money = policy.sessionPrice ?? { amount: 0, currency };
  if (kind === 'flat') return { ...policy, fee: policy.fee ?? { amount: 0, currency }, feeRule: { ...rule, kind } };
  return { ...policy, sessionPrice: price, feeRule: { ...rule, kind } };
}

/** Parses a notice typed by a person: '24h', '48 hours', '1 business day by 17:00'. */
export function parseNotice(text: string): Notice | null {
  const t = text.trim().toLowerCase();
  const hours = /^(\d+(?:\.\d+)?)\s*(?:h|hours?)$/.exec(t);
  if (hours) return { kind: 'hours', hours: Number(hours[1]) };
  const days = /^(\d+)\s*business\s*days?(?:\s*(?:by|at)\s*(\d{1,2}:\d{2}))?$/.exec(t);
  if (days) return { kind: 'business-days', days: Number(days[1]), cutoff: days[2]?.padStart(5, '0') ?? '17:00' };
  return null;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * Business days typed by a person: 'mon-fri', 'sun-thu', 'mon,wed,fri', 'mon-thu,sat'
 * → day numbers (0 = Sunday). Null when a part is not a weekday or a range of them.
 */
export function parseBusinessDays(text: string): number[] | null {
  const days = new Set<number>();
  for (const part of text
    .toLowerCase()
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [from, to] = part.split('-').map((d) => WEEKDAYS.indexOf(d.trim().slice(0, 3)));
    if (from === undefined || from < 0 || (to !== undefined && to < 0)) return null;
    // A range may wrap the week ('fri-mon').
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d);
      if (to === undefined || d === to) break;
    }
  }
  return days.size ? [...days].sort((a, b) => a - b) : null;
}
