import { t } from '../i18n/ui';
import { undoable } from '../policy/check-in';
import { DAY } from '../time/units';
import { longCountdown } from '../format/countdown';
import { formatDeadline } from '../format/date-time';
import { formatMoney } from '../format/money';
import type { SessionView } from '../model/session-view';

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
  const at = (t: number) => formatDeadline(t, timeZone, locale);
  const fee = info.fee ? formatMoney(info.fee, locale) : null;
  const none = { canCheckIn: false, canUndo: false, canReschedule: false, canSendMessage: false };
  switch (info.state) {
    case 'upcoming':
      return {
        ...none,
        tone: info.deadline - now < DAY ? 'warn' : 'ok',
        headline: t('strip_freeUntil', { when: at(info.deadline) }),
        detail: join(
          t('strip_left', { duration: longCountdown(info.deadline - now) }),
          fee && t('strip_afterThatCosts', { fee }),
        ),
        canReschedule: true,
      };
    case 'locked':
      return {
        ...none,
        tone: 'warn',
        headline: fee ? t('strip_cancellingCosts', { fee }) : t('strip_freePassed'),
        detail: t('strip_sessionIn', { duration: longCountdown(appointment.start - now) }),
        canReschedule: true,
      };
    case 'open':
      return {
        ...none,
        tone: 'ok',
        headline: t('strip_checkInOpen'),
        detail: join(
          now < appointment.start
            ? t('strip_sessionIn', { duration: longCountdown(appointment.start - now) })
            : t('strip_checkInUntil', { when: at(info.checkInCloses) }),
          fee && t('strip_noShowFee', { fee }),
        ),
        canCheckIn: true,
      };
    case 'attended':
      return {
        ...none,
        tone: 'done',
        headline: t('strip_checkedIn'),
        detail:
          info.checkedInAt !== null ? t('strip_checkedInAt', { when: at(info.checkedInAt) }) : t('strip_wellDone'),
        canUndo: undoable(info.checkedInAt, now),
      };
    case 'missed':
      return {
        ...none,
        tone: 'alert',
        headline: t('strip_missed'),
        detail: t('strip_missedDetail', { name: therapist.name }),
        canSendMessage: true,
      };
    case 'resolved':
      return { ...none, tone: 'muted', headline: t('strip_followedUp'), detail: '' };
    case 'cancelled':
      return { ...none, tone: 'muted', headline: t('strip_cancelled'), detail: '' };
  }
}

function join(...parts: (string | null | false)[]): string {
  return parts.filter(Boolean).join(' · ');
}
