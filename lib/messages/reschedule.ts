import type { Settings } from '../model/settings';
import type { SessionView } from '../model/session-view';
import { compose, DEFAULT_CHOICES, defaultTemplate, type Choices, type MessageWords } from './compose';
import type { Draft } from '../model/draft';
import { messageSession } from './missed';
import { sendDraft, type SendDeps } from './channels';
import { messageWordsFor } from './words';

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

/**
 * Reschedule in one click, as the popup and the calendar strip offer it: compose with the
 * client's zone in the therapist's language (`words`, or their catalogue read now) and send
 * through their channel. Resolves with a note for the user, or null.
 */
export async function sendReschedule(
  session: SessionView,
  settings: Settings,
  now: number,
  timeZone: string,
  deps: SendDeps,
  words?: MessageWords,
): Promise<string | null> {
  const w = words ?? (await messageWordsFor(session.therapist.language));
  const draft = composeReschedule(session, settings, now, w, { timeZone });
  return (await sendDraft(draft, settings.sendChannel, session.therapist, deps)).note;
}
