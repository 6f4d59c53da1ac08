// Test helpers for the policy and ui-model tests (not shipped: only tests import this file).
import { TZDate } from '@date-fns/tz';
import type { Appointment } from '../calendar/appointment';
import type { Attendance } from '../attendance';
import type { Therapist } from '../therapists/therapist';
import { DEFAULT_POLICY, type Policy } from './policy';

/** 'YYYY-MM-DD HH:MM' wall-clock time in `zone` → epoch ms. */
export function local(text: string, zone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!m) throw new Error(`Bad local time ${text}`);
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return new TZDate(y, mo - 1, d, h, mi, 0, 0, zone).getTime();
}

export function appointment(start: number, overrides: Partial<Appointment> = {}): Appointment {
  return {
    key: 'feed|session-1',
    sourceId: 'feed',
    uid: 'session-1',
    recurrenceId: null,
    title: 'Therapy',
    start,
    end: start + 50 * 60_000,
    allDay: false,
    status: 'confirmed',
    timeZone: 'Europe/Berlin',
    ...overrides,
  };
}

export function policy(overrides: Partial<Policy> = {}): Policy {
  return { ...DEFAULT_POLICY, ...overrides };
}

export const NO_ATTENDANCE: Attendance = { checkIns: {}, resolutions: {} };

export function therapist(overrides: Partial<Therapist> = {}): Therapist {
  return {
    id: 't1',
    name: 'Dr Lee',
    email: 'lee@example.org',
    portalUrl: '',
    policy: DEFAULT_POLICY,
    keywords: [],
    organizerEmails: [],
    focus: [],
    language: 'en',
    ...overrides,
  };
}
