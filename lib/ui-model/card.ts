import type { MessageKey } from '../i18n/translator';
import { t } from '../i18n/ui';
import { linkHost } from '../calendar/telehealth';
import { requestQuiets } from '../gmail/tracking';
import { undoable } from '../policy/check-in';
import { feeRise } from '../policy/fee';
import { longCountdown } from '../format/countdown';
import { formatDateTime, formatTime } from '../format/date-time';
import { formatMoney } from '../format/money';
import { relativeDateTime, sessionName } from './day-words';
import type { SessionView } from '../model/session-view';
import { HOUR } from '../time/units';

const CHECK_IN_SHOWN_BEFORE = 12 * HOUR;

/** What a session card shows at `now`: words and which actions are offered. */
export interface CardModel {
  start: string;
  /** 'Free cancellation ends in 5 h 12 min', 'Starts in 3 h 4 min', or null. */
  countdown: string | null;
  /** 'Cancel by Tue 1 Dec, 15:00', or null when it no longer matters. */
  deadline: string | null;
  deadlinePassed: boolean;
  /** 'Late fee: $80', 'Cancelling now costs $80', 'Not coming costs $80', or null. */
  fee: string | null;
  /** A short label of the state for people ('Checked in', 'Missed' …), or null. */
  status: string | null;
  /** The check-in button: shown (maybe disabled) until the window closes. */
  checkIn: { enabled: boolean; label: string; hint: string | null; videoUrl: string | null } | null;
  canUndo: boolean;
  canReschedule: boolean;
  /** "Cancel this session" (a message saying what the policy means for the fee). */
  canCancel: boolean;
  canSendMessage: boolean;
  /** Other links of the event, shown as plain links labelled with their host; never joined. */
  links: { url: string; host: string }[];
  /** "Thursday's session": ends each button's accessible name, so every button has its own. */
  name: string;
  /** Each button's accessible name ("Reschedule Thursday's session"). */
  names: { checkIn: string; undo: string; reschedule: string; cancel: string; message: string };
}

export function cardModel(session: SessionView, now: number, locale: string, timeZone: string): CardModel {
  const { appointment: a, info } = session;
  const when = (t: number) => formatDateTime(t, timeZone, locale);
  const money = info.fee ? formatMoney(info.fee, locale) : null;
  const before = info.state === 'upcoming' || info.state === 'locked';
  const videoUrl = safeLink(a.videoUrl);
  // The (disabled) button shows from half a day before the window, not for sessions days away.
  const checkInOffered = info.state === 'open' || (before && info.checkInOpens - now <= CHECK_IN_SHOWN_BEFORE);
  const links = (a.links ?? []).flatMap((url) => {
    const safe = safeLink(url);
    const host = safe ? linkHost(safe) : null;
    return safe && host && safe !== videoUrl ? [{ url: safe, host }] : [];
  });
  const checkedInAt =
    info.state === 'attended' && info.checkedInAt !== null ? formatTime(info.checkedInAt, timeZone, locale) : null;
  const name = sessionName(a.start, now, locale, timeZone);
  const checkInLabel = t(videoUrl ? 'common_cardJoinCheckIn' : 'common_cardCheckIn');
  return {
    start: relativeDateTime(a.start, now, locale, timeZone, when(a.start)),
    // While a request to cancel or move it is out, the card says so instead of counting down.
    countdown: requestQuiets(session.request)
      ? null
      : info.state === 'upcoming'
        ? t('common_cardFreeCancelEnds', { duration: longCountdown(info.deadline - now) })
        : info.state === 'locked' || (info.state === 'open' && a.start > now)
          ? t('common_cardStartsIn', { duration: longCountdown(a.start - now) })
          : info.state === 'open'
            ? t('common_cardStartedAgo', { duration: longCountdown(now - a.start) })
            : null,
    deadline: before
      ? t('common_cardCancelBy', {
          when: relativeDateTime(info.deadline, now, locale, timeZone, when(info.deadline), true),
        })
      : null,
    deadlinePassed: info.state === 'locked',
    fee: !money
      ? null
      : info.state === 'upcoming'
        ? t('common_cardLateFeeAfter', { fee: money })
        : info.state === 'locked'
          ? t('common_cardCancellingCosts', { fee: money, rise: riseText(session, now, locale, timeZone) })
          : info.state === 'open'
            ? t('common_cardNotComingCosts', { fee: money })
            : null,
    status: checkedInAt ? t('common_cardCheckedInAt', { time: checkedInAt }) : statusWord(info.state),
    checkIn: checkInOffered
      ? {
          enabled: info.state === 'open',
          label: checkInLabel,
          hint: info.state === 'open' ? null : t('common_cardCheckInOpens', { when: when(info.checkInOpens) }),
          videoUrl,
        }
      : null,
    canUndo: info.state === 'attended' && undoable(info.checkedInAt, now),
    canReschedule: before,
    canCancel: before,
    canSendMessage: info.state === 'missed',
    links,
    name,
    names: {
      checkIn: t('common_actionCheckInName', { label: checkInLabel, session: name }),
      undo: t('common_actionUndoName', { session: name }),
      reschedule: t('common_actionRescheduleName', { session: name }),
      cancel: t('common_actionCancelName', { session: name }),
      message: t('common_actionMessageName', { session: name }),
    },
  };
}

/** ', then $90 from Wed 2 Dec, 03:00' when a fee tier is still ahead; else ''. */
export function riseText(session: SessionView, now: number, locale: string, timeZone: string): string {
  const rise = feeRise(session.appointment, session.therapist.policy, now, timeZone);
  return rise
    ? t('common_cardFeeRise', { fee: formatMoney(rise.fee, locale), when: formatDateTime(rise.at, timeZone, locale) })
    : '';
}

const STATUS: Record<SessionView['info']['state'], MessageKey | null> = {
  upcoming: null,
  locked: 'common_statusLocked',
  open: 'common_statusOpen',
  attended: 'common_statusAttended',
  missed: 'common_statusMissed',
  resolved: 'common_statusResolved',
  cancelled: 'common_statusCancelled',
};

/** A short label of a state for people ('Checked in', 'Missed' …), or null. */
export function statusWord(state: SessionView['info']['state']): string | null {
  const key = STATUS[state];
  return key ? t(key) : null;
}

/** Only http(s) links from a calendar are opened (a `javascript:` URL would run code). */
export function safeLink(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
