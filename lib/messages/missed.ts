import type { Settings } from '../settings';
import type { SessionView } from '../ui-model/session-view';
import { compose, DEFAULT_MISSED_TEMPLATE, type Choices, type MessageSession } from './compose';
import type { Draft } from './draft';

/** The facts of a session for a message, with dates written in `timeZone`. */
export function messageSession(session: SessionView, timeZone: string): MessageSession {
  return {
    therapistName: session.therapist.name,
    to: session.therapist.email,
    start: session.appointment.start,
    timeZone,
    fee: session.info.fee,
    deadline: session.info.deadline,
  };
}

/** The message after a missed session, from the therapist's template (or the default). */
export function composeMissed(session: SessionView, settings: Settings, choices: Choices, timeZone: string): Draft {
  return compose(
    session.therapist.missedTemplate ?? DEFAULT_MISSED_TEMPLATE,
    messageSession(session, timeZone),
    choices,
    settings.clientName,
    settings.region,
  );
}
