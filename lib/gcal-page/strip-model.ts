import { UNDO_MS } from '../policy/check-in';
import { DAY } from '../time/units';
import { formatDeadline, formatMoney, longCountdown } from '../ui-model/countdown';
import type { SessionView } from '../ui-model/session-view';

/** How the strip looks: `ok` calm, `warn` the fee is near or at stake, `alert` missed. */
export type StripTone = 'ok' | 'warn' | 'alert' | 'done' | 'muted';

export interface StripModel {
  tone: StripTone;
  /** The one thing to know: the deadline, or what to do now. */
  headline: string;
  /** The countdown and the fee at stake, or a kind word. */
  detail: string;
  canCheckIn: boolean;
  /** A check-in made a moment ago can be taken back (for one minute). */
  canUndo: boolean;
  canReschedule: boolean;
  canSendMessage: boolean;
}

/** What the strip says about a session at `now`. */
export function stripModel(session: SessionView, now: number, locale: string, timeZone: string): StripModel {
  const { appointment, therapist, info } = session;
  const at = (t: number) => formatDeadline(t, locale, timeZone);
  const fee = info.fee ? formatMoney(info.fee, locale) : null;
  const none = { canCheckIn: false, canUndo: false, canReschedule: false, canSendMessage: false };
  switch (info.state) {
    case 'upcoming':
      return {
        ...none,
        tone: info.deadline - now < DAY ? 'warn' : 'ok',
        headline: `Free to cancel until ${at(info.deadline)}`,
        detail: join(`${longCountdown(info.deadline - now)} left`, fee && `after that, cancelling costs ${fee}`),
        canReschedule: true,
      };
    case 'locked':
      return {
        ...none,
        tone: 'warn',
        headline: fee ? `Cancelling now costs ${fee}` : 'The free cancellation time has passed',
        detail: `Session in ${longCountdown(appointment.start - now)}`,
        canReschedule: true,
      };
    case 'open':
      return {
        ...none,
        tone: 'ok',
        headline: 'Check-in is open',
        detail: join(
          now < appointment.start
            ? `Session in ${longCountdown(appointment.start - now)}`
            : `Check in until ${at(info.checkInCloses)}`,
          fee && `no-show fee ${fee}`,
        ),
        canCheckIn: true,
      };
    case 'attended':
      return {
        ...none,
        tone: 'done',
        headline: 'You’re checked in',
        detail:
          info.checkedInAt !== null
            ? `Checked in ${at(info.checkedInAt)}. Well done for showing up.`
            : 'Well done for showing up.',
        canUndo: info.checkedInAt !== null && now - info.checkedInAt < UNDO_MS,
      };
    case 'missed':
      return {
        ...none,
        tone: 'alert',
        headline: 'Missed this one? It happens.',
        detail: `A short message to ${therapist.name} can set up the next session.`,
        canSendMessage: true,
      };
    case 'resolved':
      return { ...none, tone: 'muted', headline: 'You followed up on this session', detail: '' };
    case 'cancelled':
      return { ...none, tone: 'muted', headline: 'This session is cancelled', detail: '' };
  }
}

function join(...parts: (string | null | false)[]): string {
  return parts.filter(Boolean).join(' · ');
}
