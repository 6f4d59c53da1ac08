import { t } from '../i18n/ui';
import type { RequestMark } from '../model/request';
import { formatDeadline } from '../format/date-time';
import type { SessionView } from '../model/session-view';

/** One line about a session's request, and whether it is news (kind words after the calendar changed). */
export interface RequestLine {
  text: string;
  tone: 'busy' | 'done' | 'problem' | 'news';
}

const ASKED = { reschedule: 'common_requestRescheduleAsked', cancel: 'common_requestCancelAsked' } as const;
const OPEN = { reschedule: 'common_requestRescheduleOpen', cancel: 'common_requestCancelOpen' } as const;

/**
 * What the popup, the strip and the badge's tooltip say about a session's request (pure):
 * "Reschedule requested · sent Tue 2:04 PM", then, once the calendar has answered (or has not
 * by the deadline), a kind sentence about it.
 */
export function requestLine(
  mark: RequestMark,
  session: Pick<SessionView, 'appointment' | 'therapist'>,
  locale: string,
  timeZone: string,
): RequestLine {
  const at = (t: number) => formatDeadline(t, timeZone, locale);
  const name = session.therapist.name;
  switch (mark.status) {
    case 'pending':
    case 'sending':
      return { text: t('common_requestSending', { name: mark.toName || name }), tone: 'busy' };
    case 'failed':
      return { text: t('common_requestFailed', { name: mark.toName || name }), tone: 'problem' };
    case 'sent':
      break;
  }
  switch (mark.outcome) {
    case 'moved':
      return {
        text: t('common_requestMoved', { when: at(session.appointment.start) }),
        tone: 'news',
      };
    case 'cancelled':
      return {
        text:
          mark.purpose === 'cancel' ? t('common_requestCancelledAsAsked') : t('common_requestCancelledOther', { name }),
        tone: 'news',
      };
    case 'unanswered':
      return {
        text: t(OPEN[mark.purpose], { when: at(session.appointment.start) }),
        tone: 'news',
      };
    case 'waiting':
    case null:
      return {
        text:
          mark.sentAt === null
            ? t(ASKED[mark.purpose])
            : t('common_requestAskedSent', { asked: t(ASKED[mark.purpose]), when: at(mark.sentAt) }),
        tone: 'done',
      };
  }
}
