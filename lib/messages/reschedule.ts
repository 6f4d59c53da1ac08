import type { Settings } from '../model/settings';
import type { SessionView } from '../model/session-view';
import { compose, DEFAULT_CHOICES, defaultTemplate, type Choices, type MessageWords } from './compose';
import type { Draft } from '../model/draft';
import { messageSession } from './missed';

export interface RescheduleOptions {
  /** Zone the dates are written in; default: the appointment's. Pass the user's zone. */
  timeZone?: string;
  choices?: Partial<Choices>;
}

/**
 * A reschedule request for an upcoming session, in the words' language (the therapist's). Before
 * the deadline it says the client is writing in time; after it (`now` past the deadline) it
 * apologises for the short notice and acknowledges the fee. A therapist's own template wins in
 * both cases.
 */
export function composeReschedule(
  session: SessionView,
  settings: Settings,
  now: number,
  words: MessageWords,
  options: RescheduleOptions = {},
): Draft {
  const late = now >= session.info.deadline;
  const template =
    session.therapist.rescheduleTemplate ?? defaultTemplate(late ? 'lateReschedule' : 'reschedule', words);
  const choices: Choices = { ...DEFAULT_CHOICES, askMaterials: false, ...options.choices };
  const facts = messageSession(session, options.timeZone ?? session.appointment.timeZone);
  // Before the deadline nothing is owed: the fee line only belongs to a late request.
  return compose(template, { ...facts, fee: late ? facts.fee : null }, choices, settings.clientName, words);
}
