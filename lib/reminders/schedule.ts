import { t } from '../i18n/ui';
import { TZDate } from '@date-fns/tz';
import type { Settings } from '../model/settings';
import { longCountdown } from '../format/countdown';
import { formatDeadline } from '../format/date-time';
import { formatMoney } from '../format/money';
import type { SessionView } from '../model/session-view';
import { HOUR } from '../time/units';
import { sessionLabel } from '../therapists/label';
import { requestQuiets } from '../gmail/tracking';
import { clockMinutes } from '../time/clock';

export type ReminderKind = 'deadline' | 'check-in';

export interface Reminder {
  /** Unique per session, kind and moment: stored once sent so a restart sends no duplicate. */
  id: string;
  key: string;
  kind: ReminderKind;
  /** When it is meant to be shown. */
  at: number;
  title: string;
  message: string;
}

export interface ReminderPlan {
  /** Show these now. */
  notify: Reminder[];
  /** Record these as sent: the shown ones and older ones they replace (no stale pile-up). */
  markSent: string[];
  /** The next instant something may be due; null: nothing ahead. */
  next: number | null;
}

export interface ReminderContext {
  settings: Pick<Settings, 'reminderHours' | 'remindAtCheckIn' | 'quietHours'>;
  sent: ReadonlySet<string>;
  now: number;
  locale: string;
  timeZone: string;
}

/** The session key a reminder id belongs to (ids end with the key, which may hold '|'). */
export function reminderKey(id: string): string | null {
  const match = /^rem:[a-z-]+:\d*:\d+:(.+)$/.exec(id);
  return match?.[1] ?? null;
}

export function reminderKind(id: string): ReminderKind | null {
  const match = /^rem:([a-z-]+):/.exec(id);
  return match?.[1] === 'deadline' || match?.[1] === 'check-in' ? match[1] : null;
}

/**
 * Which reminders are due at `now`: before each deadline (`reminderHours`
 * hours before it) while it is still ahead, and when the check-in window opens while it is
 * open and the client has not checked in. Of several due for one deadline only the latest is
 * shown. During quiet hours nothing is shown; what is due waits until they end (and is
 * dropped if its moment passed meanwhile).
 */
export function planReminders(sessions: SessionView[], ctx: ReminderContext): ReminderPlan {
  const { settings, sent, now } = ctx;
  const notify: Reminder[] = [];
  const markSent: string[] = [];
  const future: number[] = [];

  for (const s of sessions) {
    const { key } = s.appointment;
    const label = sessionLabel(s.appointment, s.therapist);
    // A reschedule or cancellation request is out: its deadline does not nag until the
    // calendar answers (or the request failed).
    if (s.info.state === 'upcoming' && !requestQuiets(s.request)) {
      const { deadline } = s.info;
      const candidates = [...new Set(settings.reminderHours)]
        .filter((h) => h > 0)
        .map((h) => ({ id: `rem:deadline:${h}:${deadline}:${key}`, at: deadline - h * HOUR }))
        .filter((c) => !sent.has(c.id));
      const due = candidates.filter((c) => c.at <= now).sort((a, b) => b.at - a.at);
      future.push(...candidates.filter((c) => c.at > now).map((c) => c.at));
      const [latest, ...older] = due;
      markSent.push(...older.map((c) => c.id));
      if (latest) {
        const words = {
          session: label,
          start: formatDeadline(s.appointment.start, ctx.timeZone, ctx.locale),
          deadline: formatDeadline(deadline, ctx.timeZone, ctx.locale),
        };
        notify.push({
          id: latest.id,
          key,
          kind: 'deadline',
          at: latest.at,
          title: t('background_remindFreeEnds', { duration: longCountdown(deadline - now) }),
          message: s.info.fee
            ? t('background_remindDeadlineFee', { ...words, fee: formatMoney(s.info.fee, ctx.locale) })
            : t('background_remindDeadline', words),
        });
      }
    }
    if (
      settings.remindAtCheckIn &&
      (s.info.state === 'open' || s.info.state === 'upcoming' || s.info.state === 'locked')
    ) {
      const id = `rem:check-in::${s.info.checkInOpens}:${key}`;
      if (sent.has(id)) continue;
      if (s.info.state !== 'open') future.push(s.info.checkInOpens);
      else
        notify.push({
          id,
          key,
          kind: 'check-in',
          at: s.info.checkInOpens,
          title: t('background_remindCheckInTitle'),
          // Held by quiet hours, it may be shown after the start: say so in the past tense.
          message: t(s.appointment.start > now ? 'background_remindStarts' : 'background_remindStarted', {
            session: label,
            start: formatDeadline(s.appointment.start, ctx.timeZone, ctx.locale),
          }),
        });
    }
  }

  const quietEnd = settings.quietHours ? quietHoursEnd(now, settings.quietHours, ctx.timeZone) : null;
  if (quietEnd !== null && notify.length > 0) {
    // Hold everything until quiet hours end; nothing is marked sent, so it comes then.
    return { notify: [], markSent, next: Math.min(quietEnd, ...future) };
  }
  markSent.push(...notify.map((r) => r.id));
  return { notify, markSent, next: future.length ? Math.min(...future) : null };
}

/**
 * If `now` is inside the quiet hours (local 'HH:MM' to 'HH:MM' in `timeZone`, may span
 * midnight), the instant they end; else null.
 */
export function quietHoursEnd(now: number, quiet: { start: string; end: string }, timeZone: string): number | null {
  const start = clockMinutes(quiet.start);
  const end = clockMinutes(quiet.end);
  if (start === null || end === null || start === end) return null;
  const current = localMinutes(now, timeZone);
  const inside = start < end ? current >= start && current < end : current >= start || current < end;
  if (!inside) return null;
  // The end as a wall-clock time in the zone, today or tomorrow: right on DST nights too.
  const today = new TZDate(now, timeZone);
  const endsTomorrow = end <= current;
  return new TZDate(
    today.getFullYear(),
    today.getMonth(),
    today.getDate() + (endsTomorrow ? 1 : 0),
    Math.floor(end / 60),
    end % 60,
    0,
    0,
    timeZone,
  ).getTime();
}

function localMinutes(t: number, timeZone: string): number {
  const local = new TZDate(t, timeZone);
  return local.getHours() * 60 + local.getMinutes();
}
