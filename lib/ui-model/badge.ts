import { plural, t } from '../i18n/ui';
import { DEMO_SOURCE } from '../demo';
import { HOUR } from '../time/units';
import { countdownUnit, coarseCountdown, shortCountdown } from '../format/countdown';
import { formatDeadline } from '../format/date-time';
import { formatMoney } from '../format/money';
import { riseText } from './card';
import { requestQuiets } from '../gmail/tracking';
import { requestLine } from './request-line';
import type { SessionView } from '../model/session-view';

export interface Badge {
  text: string;
  /** #rrggbb */
  color: string;
  /** The whole sentence, for the tooltip. */
  title: string;
  /** The next instant text, colour or title would change; null: not by itself. */
  next: number | null;
}

/**
 * Colours (white badge text on each passes WCAG AA 4.5:1):
 * green while 24 h or more are left to a deadline, amber from 24 h to 2 h, red under 2 h.
 * The thresholds coincide with the countdown's unit changes ('1d' → '23h', '2h' → '1h'), so
 * the colour never changes between two text changes.
 */
export const BADGE_COLORS = {
  green: '#1e7b34',
  amber: '#a85a00',
  red: '#c5221f',
  /** After the deadline: time to the session, nothing left to decide. */
  neutral: '#5f6368',
  /** The check-in window is open. */
  checkIn: '#1a5fb4',
  /** Checked in. */
  done: '#1e7b34',
} as const;

export const AMBER_BELOW = 24 * HOUR;
export const RED_BELOW = 2 * HOUR;

/** Text shown while the check-in window is open and the client has not checked in yet. */
export const CHECK_IN_TEXT = t('background_badgeCheckIn');
export const CHECKED_IN_TEXT = '✓';
export const MISSED_TEXT = '!';

/**
 * The toolbar badge for all sessions at `now`. Priority:
 * an unresolved missed session (red `!`), an open check-in window, a check-in during its
 * window, then the nearest moment that matters: a deadline (coloured by urgency) or, once a
 * deadline has passed, the session's start (neutral).
 */
export function badgeFor(sessions: SessionView[], now: number, locale: string, timeZone: string): Badge {
  // The demo calendar shows every state in the popup, a missed session too; its badge only
  // counts down: a fresh install does not greet the client with a red "!" for a sample.
  const isDemo = (s: SessionView) => s.appointment.sourceId === DEMO_SOURCE.id;
  const badge = badgeOf(
    sessions.filter((s) => !(isDemo(s) && s.info.state === 'missed')),
    now,
    locale,
    timeZone,
  );
  const demo = sessions.some(isDemo);
  return demo ? { ...badge, title: t('background_badgeDemoTitle', { title: badge.title }) } : badge;
}

function badgeOf(sessions: SessionView[], now: number, locale: string, timeZone: string): Badge {
  // Any session's state change can change which session the badge is about.
  const stateNext = earliest(sessions.map((s) => s.info.next));
  const label = (s: SessionView) =>
    t('background_badgeSession', {
      when: formatDeadline(s.appointment.start, timeZone, locale),
      name: s.therapist.name,
    });
  const byStart = [...sessions].sort((a, b) => a.appointment.start - b.appointment.start);

  const missed = byStart.filter((s) => s.info.state === 'missed');
  const lastMissed = missed[missed.length - 1];
  if (lastMissed) {
    const session = label(lastMissed);
    return {
      text: MISSED_TEXT,
      color: BADGE_COLORS.red,
      title:
        missed.length > 1
          ? plural('background_badgeMissedMore', missed.length - 1, { session })
          : t('background_badgeMissed', { session }),
      next: null,
    };
  }

  const open = byStart.find((s) => s.info.state === 'open');
  if (open) {
    return {
      text: CHECK_IN_TEXT,
      color: BADGE_COLORS.checkIn,
      title: t('background_badgeCheckInOpen', {
        session: label(open),
        until: formatDeadline(open.info.checkInCloses, timeZone, locale),
      }),
      next: stateNext,
    };
  }

  const checkedIn = byStart.find(
    (s) => s.info.state === 'attended' && now >= s.info.checkInOpens && now < s.info.checkInCloses,
  );
  if (checkedIn) {
    return {
      text: CHECKED_IN_TEXT,
      color: BADGE_COLORS.done,
      title: t('background_badgeCheckedIn', { session: label(checkedIn) }),
      next: earliest([stateNext, checkedIn.info.checkInCloses]),
    };
  }

  // A session whose reschedule or cancellation request is out does not count down: the
  // tooltip says the request is out instead, until the calendar answers.
  const before = sessions.filter((s) => s.info.state === 'upcoming' || s.info.state === 'locked');
  const asked = byStart
    .filter((s) => before.includes(s) && requestQuiets(s.request))
    .map((s) =>
      s.request
        ? ` ${t('background_badgeAsked', { request: requestLine(s.request, s, locale, timeZone).text, session: label(s) })}`
        : '',
    )
    .join('');
  // The nearest moment that matters: a deadline still ahead, or the start of a locked session.
  const targets = before
    .filter((s) => !requestQuiets(s.request))
    .map((s) => ({ s, at: s.info.state === 'upcoming' ? s.info.deadline : s.appointment.start }))
    .filter((t) => t.at > now)
    .sort((a, b) => a.at - b.at);
  const target = targets[0];
  if (!target) {
    const title = asked ? t('background_badgeAskedOnly', { asked: asked.trim() }) : t('background_badgeNone');
    return { text: '', color: BADGE_COLORS.neutral, title, next: stateNext };
  }

  const { s, at } = target;
  const left = at - now;
  const next = earliest([stateNext, textChange(at, now)]);
  const fee = s.info.fee ? formatMoney(s.info.fee, locale) : null;
  if (s.info.state === 'upcoming') {
    const color = left < RED_BELOW ? BADGE_COLORS.red : left < AMBER_BELOW ? BADGE_COLORS.amber : BADGE_COLORS.green;
    const words = { session: label(s), duration: coarseCountdown(left), when: formatDeadline(at, timeZone, locale) };
    return {
      text: shortCountdown(left),
      color,
      title:
        (fee ? t('background_badgeFreeUntilFee', { ...words, fee }) : t('background_badgeFreeUntil', words)) + asked,
      next,
    };
  }
  const words = { session: capitalise(label(s), locale), duration: coarseCountdown(left) };
  return {
    text: shortCountdown(left),
    color: BADGE_COLORS.neutral,
    title:
      (fee
        ? t('background_badgeStartsFee', { ...words, fee, rise: riseText(s, now, locale, timeZone) })
        : t('background_badgeStartsFree', words)) + asked,
    next,
  };
}

/**
 * The first instant the countdown to `target` shows other text: counts round down, so '5h'
 * turns into '4h' one millisecond after exactly 5 h are left. Under a minute: at `target`.
 */
export function textChange(target: number, now: number): number {
  const c = countdownUnit(target - now);
  return c ? target - c.count * c.unit + 1 : target;
}

function earliest(times: (number | null)[]): number | null {
  const real = times.filter((t): t is number => t !== null);
  return real.length ? Math.min(...real) : null;
}

function capitalise(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
