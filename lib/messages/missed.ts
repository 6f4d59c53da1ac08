import { DEMO_SOURCE } from '../demo';
import type { Settings } from '../model/settings';
import type { SessionView } from '../model/session-view';
import { compose, defaultTemplate, type Choices, type MessageSession, type MessageWords } from './compose';
import type { Draft } from '../model/draft';

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

/**
 * The message after a missed session, from the therapist's template (or the standard wording),
 * in the words' language: the therapist's (`messageWordsFor(session.therapist.language)`).
 */
export function composeMissed(
  session: SessionView,
  settings: Settings,
  choices: Choices,
  timeZone: string,
  words: MessageWords,
): Draft {
  return compose(
    session.therapist.missedTemplate ?? defaultTemplate('missed', words),
    messageSession(session, timeZone),
    choices,
    settings.clientName,
    words,
  );
}

/** Missed sessions nobody has followed up yet, most recent first. */
export function unresolvedMissed(sessions: readonly SessionView[]): SessionView[] {
  return sessions.filter((s) => s.info.state === 'missed').sort((a, b) => b.appointment.start - a.appointment.start);
}

/**
 * The session the side panel is about: the one asked for by key while it is still missed,
 * else the most recent unresolved one; null when nothing needs following up.
 */
export function panelSession(sessions: readonly SessionView[], key: string | null): SessionView | null {
  const missed = unresolvedMissed(sessions);
  return missed.find((s) => s.appointment.key === key) ?? missed[0] ?? null;
}

/**
 * The unresolved missed sessions that may take over the toolbar button and notify: not the
 * demo calendar's (a fresh install should not greet anyone with an alert), and not one that
 * had already started when its calendar was added (the client knows; it is listed, quietly).
 */
export function missedToAlert(sessions: readonly SessionView[]): SessionView[] {
  return unresolvedMissed(sessions).filter((s) => s.appointment.sourceId !== DEMO_SOURCE.id && !s.startedBeforeAdded);
}
