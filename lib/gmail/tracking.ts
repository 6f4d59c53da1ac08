import type { Appointment } from '../calendar/appointment';
import { DAY } from '../time/units';
import type { RequestStatus, SentRequest } from './request';

/** What a reschedule or cancellation request asks for (a missed session's follow-up is not tracked). */
export type AskPurpose = 'reschedule' | 'cancel';

/**
 * What the calendar says since the request went out:
 * `waiting` nothing yet, and the deadline is still ahead (nothing to nag about);
 * `moved` the session has another start; `cancelled` the session is cancelled (or declined);
 * `unanswered` it is unchanged and its free-cancellation time has passed.
 */
export type RequestOutcome = 'waiting' | 'moved' | 'cancelled' | 'unanswered';

/** A session's latest reschedule or cancellation request, as the views show it. */
export interface RequestMark {
  id: string;
  purpose: AskPurpose;
  status: RequestStatus;
  toName: string;
  sentAt: number | null;
  sendAt: number;
  /** Why it did not go out, in words; null unless failed. */
  error: string | null;
  /** The session's start when the request was written. */
  askedStart: number | null;
  /** Null until it is sent. */
  outcome: RequestOutcome | null;
}

/** The latest reschedule or cancellation request for each session key. */
export function latestAsks(requests: Record<string, SentRequest>): Map<string, SentRequest> {
  const latest = new Map<string, SentRequest>();
  for (const request of Object.values(requests)) {
    if (request.purpose === 'missed') continue;
    const seen = latest.get(request.key);
    if (!seen || request.createdAt > seen.createdAt) latest.set(request.key, request);
  }
  return latest;
}

/**
 * What became of a request at `now`, from the calendar alone (pure): the feed is the only
 * word Session Keeper gets back, since `gmail.send` cannot read the therapist's reply.
 */
export function requestOutcome(
  request: Pick<SentRequest, 'sessionStart'>,
  appointment: Pick<Appointment, 'start' | 'status' | 'declined'>,
  deadline: number,
  now: number,
): RequestOutcome {
  if (appointment.status === 'cancelled' || appointment.declined) return 'cancelled';
  if (request.sessionStart !== null && appointment.start !== request.sessionStart) return 'moved';
  return now >= deadline ? 'unanswered' : 'waiting';
}

export function requestMark(
  request: SentRequest,
  appointment: Pick<Appointment, 'start' | 'status' | 'declined'>,
  deadline: number,
  now: number,
): RequestMark {
  return {
    id: request.id,
    purpose: request.purpose === 'cancel' ? 'cancel' : 'reschedule',
    status: request.status,
    toName: request.toName,
    sentAt: request.sentAt,
    sendAt: request.sendAt,
    error: request.error,
    askedStart: request.sessionStart,
    outcome: request.status === 'sent' ? requestOutcome(request, appointment, deadline, now) : null,
  };
}

/**
 * Whether the session's deadline should stop nagging (its reminders, the badge's countdown):
 * a request is on its way or out, and the calendar has not answered. A failed one nags again.
 */
export function requestQuiets(mark: RequestMark | undefined): boolean {
  if (!mark) return false;
  if (mark.status === 'pending' || mark.status === 'sending') return true;
  return mark.status === 'sent' && mark.outcome === 'waiting';
}

/** Requests are forgotten this long after the session they were about (or their sending). */
export const KEEP_REQUESTS_MS = 90 * DAY;

/**
 * The requests worth keeping at `now`: anything still in its undo window or sending, and the
 * rest until `KEEP_REQUESTS_MS` after the later of the session's start and the sending (pure).
 */
export function requestsToKeep(requests: Record<string, SentRequest>, now: number): Record<string, SentRequest> {
  const kept: Record<string, SentRequest> = {};
  for (const [id, request] of Object.entries(requests)) {
    const busy = request.status === 'pending' || request.status === 'sending';
    const last = Math.max(request.sessionStart ?? 0, request.sentAt ?? request.createdAt);
    if (busy || now - last < KEEP_REQUESTS_MS) kept[id] = request;
  }
  return kept;
}
