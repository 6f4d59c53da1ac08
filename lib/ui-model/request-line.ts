import type { RequestMark } from '../gmail/tracking';
import { formatDeadline } from './countdown';
import type { SessionView } from './session-view';

/** One line about a session's request, and whether it is news (kind words after the calendar changed). */
export interface RequestLine {
  text: string;
  tone: 'busy' | 'done' | 'problem' | 'news';
}

const ASKED = { reschedule: 'Reschedule requested', cancel: 'Cancellation requested' } as const;
const TO = { reschedule: 'reschedule', cancel: 'cancel' } as const;

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
  const at = (t: number) => formatDeadline(t, locale, timeZone);
  const name = session.therapist.name;
  switch (mark.status) {
    case 'pending':
    case 'sending':
      return { text: `Sending to ${mark.toName || name}…`, tone: 'busy' };
    case 'failed':
      return { text: `Your message to ${mark.toName || name} was not sent.`, tone: 'problem' };
    case 'sent':
      break;
  }
  const sent = mark.sentAt === null ? '' : ` · sent ${at(mark.sentAt)}`;
  switch (mark.outcome) {
    case 'moved':
      return {
        text: `The session has moved to ${at(session.appointment.start)} — your calendar has the new time.`,
        tone: 'news',
      };
    case 'cancelled':
      return {
        text:
          mark.purpose === 'cancel'
            ? 'The session is cancelled, as you asked.'
            : `The session is cancelled. If you still want another time, a short note to ${name} will do.`,
        tone: 'news',
      };
    case 'unanswered':
      return {
        text: `Your request to ${TO[mark.purpose]} is still open — the session is still on ${at(session.appointment.start)}.`,
        tone: 'news',
      };
    case 'waiting':
    case null:
      return { text: `${ASKED[mark.purpose]}${sent}`, tone: 'done' };
  }
}
