import type { Appointment } from '../model/appointment';
import type { Source } from '../sources/source';
import type { Therapist } from '../model/therapist';
import { containsPhrase, isSessionWordsOnly, looksLikeSession, nameWords, words } from './words';

/**
 * Which therapist the client said a series belongs to, by `seriesKey`; null: "not a
 * session". A choice covers every occurrence of the series (RFC 5545 §3.8.4.7: one UID).
 */
export type SeriesChoices = Record<string, string | null>;

export const seriesKey = (sourceId: string, uid: string): string => `${sourceId}|${uid}`;

/** What made an event a session with a therapist, strongest first. */
export type Evidence = 'chosen' | 'calendar' | 'organizer' | 'attendee' | 'name' | 'keyword';

export type Attribution =
  | { kind: 'session'; therapist: Therapist; evidence: Evidence }
  /** A tie, or a match too weak to guess: the client is asked "Which therapist is this?". */
  | { kind: 'unsure'; candidates: Therapist[] }
  | { kind: 'none' };

// Scores of the evidence an event carries about one therapist. An email is an identity;
// a name is nearly one; a keyword is the client's own rule, more telling the longer it is.
const SCORE = { organizer: 100, attendee: 90, fullName: 60, surname: 50, keyword: 20, generic: 10 } as const;

interface Scored {
  therapist: Therapist;
  score: number;
  evidence: Evidence;
}

/**
 * Whose session an event is, by the best evidence it carries: the client's own choice for
 * the series, a calendar marked "every event is a session with …", then for each therapist
 * an organizer or attendee email that is theirs, their name in the title or the organizer's
 * name, their title keywords (the longest match first). A tie between therapists, or only a
 * keyword every therapy event has ("therapy") while there are several therapists, or a title
 * that reads like a session but names no one, is not guessed. A title that merely mentions such a word ("Team meeting about therapy budget") is
 * not a session at all.
 */
export function attribute(
  appt: Appointment,
  source: Source,
  therapists: readonly Therapist[],
  choices: SeriesChoices = {},
): Attribution {
  const choice = choices[seriesKey(source.id, appt.uid)];
  if (choice === null) return { kind: 'none' };
  const chosen = choice === undefined ? undefined : therapists.find((t) => t.id === choice);
  if (chosen) return { kind: 'session', therapist: chosen, evidence: 'chosen' };
  const own = source.therapistId ? therapists.find((t) => t.id === source.therapistId) : undefined;
  if (own) return { kind: 'session', therapist: own, evidence: 'calendar' };

  const scored = therapists.map((t) => score(appt, t, therapists)).filter((s): s is Scored => s !== null);
  if (scored.length === 0) {
    // "Therapy (video)" reads like a session but names nobody: ask rather than drop it.
    const names = new Set(therapists.flatMap((t) => nameWords(t.name)));
    const sessionLike = therapists.length > 0 && looksLikeSession(words(appt.title), names);
    return sessionLike ? { kind: 'unsure', candidates: [...therapists] } : { kind: 'none' };
  }
  const best = Math.max(...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  if (top.length > 1) return { kind: 'unsure', candidates: top.map((s) => s.therapist) };
  const [winner] = top as [Scored];
  // "therapy" alone cannot tell one therapist from another.
  if (best <= SCORE.generic && therapists.length > 1) return { kind: 'unsure', candidates: [...therapists] };
  return { kind: 'session', therapist: winner.therapist, evidence: winner.evidence };
}

function score(appt: Appointment, therapist: Therapist, all: readonly Therapist[]): Scored | null {
  const at = (score: number, evidence: Evidence): Scored => ({ therapist, score, evidence });
  const emails = new Set(
    [therapist.email, ...therapist.organizerEmails].map((e) => e.trim().toLowerCase()).filter(Boolean),
  );
  if (appt.organizerEmail && emails.has(appt.organizerEmail.toLowerCase())) return at(SCORE.organizer, 'organizer');
  if (appt.attendeeEmails?.some((e) => emails.has(e.toLowerCase()))) return at(SCORE.attendee, 'attendee');

  const title = words(appt.title);
  const organizer = words(appt.organizerName ?? '');
  const name = nameWords(therapist.name);
  if (name.length > 0) {
    const inEither = (phrase: string[]) => containsPhrase(title, phrase) || containsPhrase(organizer, phrase);
    if (name.length > 1 && inEither(name)) return at(SCORE.fullName, 'name');
    if (inEither(name.slice(-1))) return at(SCORE.surname, 'name');
  }

  // The longest of the therapist's keywords found in the title, as words.
  const names = new Set(all.flatMap((t) => nameWords(t.name)));
  let best: Scored | null = null;
  for (const keyword of therapist.keywords) {
    const kw = words(keyword);
    if (!containsPhrase(title, kw)) continue;
    const generic = isSessionWordsOnly(kw);
    if (generic && !looksLikeSession(title, names)) continue;
    const value = generic ? SCORE.generic : SCORE.keyword + Math.min(kw.join(' ').length, 39) / 4;
    if (!best || value > best.score) best = at(value, 'keyword');
  }
  return best;
}
