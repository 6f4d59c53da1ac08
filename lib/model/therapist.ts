import type { Locale } from '../i18n/locales';
import { DEFAULT_POLICY, type Policy } from './policy';

/** A person the client sees. */
export interface Therapist {
  id: string;
  name: string;
  email: string;
  /** Client portal (SimplePractice, Jane …) where messages can be sent. */
  portalUrl: string;
  policy: Policy;
  /** Which events are theirs: any title keyword (case-insensitive) or organizer email. */
  keywords: string[];
  organizerEmails: string[];
  /** What the therapy focuses on (anxiety, low mood, sleep …): chooses exercises. */
  focus: string[];
  /** The language messages to them are written in, dates included (the UI's when added). */
  language: Locale;
  /** The client's own wording of the message after a missed session; absent: the default. */
  missedTemplate?: { subject: string; body: string };
  /** The client's own wording of a reschedule request before the deadline; absent: the default. */
  rescheduleTemplate?: { subject: string; body: string };
}

/**
 * A therapist as "Add a therapist" creates one: no title keywords, so that no rule matches
 * every therapy event ("therapy") and takes another therapist's sessions; their name and
 * email are what recognise their events.
 */
export function newTherapist(id: string, language: Locale): Therapist {
  return {
    id,
    name: '',
    email: '',
    portalUrl: '',
    policy: DEFAULT_POLICY,
    keywords: [],
    organizerEmails: [],
    focus: [],
    language,
  };
}
