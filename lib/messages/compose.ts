import type { Money } from '../model/policy';
import type { Draft } from '../model/draft';
import { formatDay, formatTime } from '../format/date-time';
import { formatMoney } from '../format/money';
import { messageLocale } from './locale';
import { fillSubject, fillTemplate, type MessageTemplate } from './template';

/** Why the client missed the session; `private`: they would rather not say. */
export type MissedReason = 'illness' | 'emergency' | 'forgot' | 'conflict' | 'private';

/** Reasons in the order the panel offers them, with the sentence each adds to the message. */
export const REASONS: readonly { id: MissedReason; label: string; sentence: string }[] = [
  { id: 'illness', label: 'I was unwell', sentence: "I wasn't feeling well." },
  { id: 'emergency', label: 'An emergency', sentence: 'Something urgent came up that I had to deal with.' },
  { id: 'forgot', label: 'I forgot', sentence: 'To be honest, it slipped my mind.' },
  { id: 'conflict', label: 'A schedule conflict', sentence: 'I had a clash in my schedule.' },
  { id: 'private', label: 'Prefer not to say', sentence: '' },
];

/** Quick picks for "when could you meet instead". */
export const AVAILABILITY_PICKS = ['weekday mornings', 'weekday afternoons', 'weekday evenings', 'weekends'] as const;

/** What the client chose in the panel; the message is written from these. */
export interface Choices {
  reason: MissedReason | null;
  reschedule: boolean;
  availability: string[];
  /** Free text, e.g. "Thursday after 4pm works too". */
  availabilityNote: string;
  askMaterials: boolean;
  /** Only used when a fee applies. */
  acknowledgeFee: boolean;
}

export const DEFAULT_CHOICES: Choices = {
  reason: null,
  reschedule: true,
  availability: [],
  availabilityNote: '',
  askMaterials: true,
  acknowledgeFee: true,
};

/** The facts about one session a message needs. */
export interface MessageSession {
  therapistName: string;
  to: string;
  start: number;
  /** The zone dates are written in (the client's). */
  timeZone: string;
  /** The fee that applies, or null. */
  fee: Money | null;
  /** The last moment to cancel without a fee, or null. */
  deadline: number | null;
}

export const DEFAULT_MISSED_TEMPLATE: MessageTemplate = {
  subject: 'Sorry I missed our session on {date}',
  body: `Hi {therapist},

I'm sorry I missed our session on {date} at {time}. {reason}

{reschedule}

{materials}

{fee}

Thank you for understanding.

Best wishes,
{client}`,
};

export const DEFAULT_RESCHEDULE_TEMPLATE: MessageTemplate = {
  subject: 'Could we move our session on {date}?',
  body: `Hi {therapist},

I'm writing ahead of the cancellation deadline ({deadline}) about our session on {date} at {time}: I can't make it. {reason}

{reschedule}

{fee}

Thank you, and sorry for the change.

Best wishes,
{client}`,
};

/** A reschedule request after the deadline has passed: no claim of being early, the fee owned. */
export const DEFAULT_LATE_RESCHEDULE_TEMPLATE: MessageTemplate = {
  subject: 'Could we move our session on {date}?',
  body: `Hi {therapist},

I'm sorry for the short notice: I can't make our session on {date} at {time}. {reason}

{reschedule}

{fee}

Thank you for understanding.

Best wishes,
{client}`,
};

/** The placeholders a template can use, for the editor's help text. */
export const PLACEHOLDERS: readonly { name: string; meaning: string }[] = [
  { name: 'therapist', meaning: "your therapist's name" },
  { name: 'date', meaning: 'the day of the session' },
  { name: 'time', meaning: 'the time of the session' },
  { name: 'deadline', meaning: 'the cancellation deadline (reschedule requests)' },
  { name: 'reason', meaning: 'the reason you choose, if any' },
  { name: 'reschedule', meaning: 'the request to reschedule, with when you are free' },
  { name: 'materials', meaning: 'the request for materials or exercises' },
  { name: 'fee', meaning: 'the acknowledgement of the fee, where one applies' },
  { name: 'policy', meaning: 'what the cancellation policy means for the fee (cancellations)' },
  { name: 'client', meaning: 'your name (settings)' },
];

/** Joins ["a", "b", "c"] as "a, b or c". */
export function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

function rescheduleSentence(choices: Choices): string {
  if (!choices.reschedule) return '';
  const parts = ['Could we find another time to meet?'];
  if (choices.availability.length > 0) parts.push(`I'm usually free ${joinOr(choices.availability)}.`);
  const note = availabilitySentence(choices.availabilityNote);
  if (note) parts.push(note);
  return parts.join(' ');
}

/**
 * The client's free text as a sentence: "thursday after 4pm works too" → "Thursday after 4pm
 * works too."; a bare time without a verb ("thursday after 4pm") → "Thursday after 4pm would
 * work too."
 */
export function availabilitySentence(text: string): string {
  const note = text.trim().replace(/\s+/g, ' ');
  if (!note) return '';
  const capital = note.charAt(0).toLocaleUpperCase('en') + note.slice(1);
  const hasVerb = /\b(is|are|am|works?|could|can|would|suits?|fine|free|available|ok|okay)\b/i.test(note);
  const sentence = hasVerb ? capital : `${capital.replace(/[.!?]+$/, '')} would work too`;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** Fills a template with the session's facts and the client's choices. */
export function compose(
  template: MessageTemplate,
  session: MessageSession,
  choices: Choices,
  clientName: string,
  region: string,
  /** More placeholders a kind of message fills (a cancellation's `{policy}`). */
  extra: Readonly<Record<string, string>> = {},
): Draft {
  const locale = messageLocale(region);
  // US English "practice" as a verb; British English "practise".
  const practise = locale === 'en-US' ? 'practice' : 'practise';
  const fee = session.fee && choices.acknowledgeFee ? session.fee : null;
  const values: Record<string, string> = {
    therapist: session.therapistName,
    date: formatDay(session.start, session.timeZone, locale),
    time: formatTime(session.start, session.timeZone, locale),
    deadline:
      session.deadline === null
        ? ''
        : `${formatDay(session.deadline, session.timeZone, locale)}, ${formatTime(session.deadline, session.timeZone, locale)}`,
    reason: REASONS.find((r) => r.id === choices.reason)?.sentence ?? '',
    reschedule: rescheduleSentence(choices),
    materials: choices.askMaterials
      ? `In the meantime, is there anything you'd like me to read or ${practise} before we next meet?`
      : '',
    fee: fee ? `I understand that your policy is to charge ${formatMoney(fee, locale)} in this case.` : '',
    client: clientName.trim(),
    ...extra,
  };
  return {
    to: session.to,
    subject: fillSubject(template.subject, values),
    body: fillTemplate(template.body, values),
  };
}
