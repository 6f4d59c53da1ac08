import type { MessageKey, Translator } from '../i18n/translator';
import type { Money } from '../model/policy';
import type { Draft } from '../model/draft';
import { formatDay, formatTime } from '../format/date-time';
import { formatMoney } from '../format/money';
import { fillSubject, fillTemplate, type MessageTemplate } from './template';

/**
 * The catalogue a message is written from: the therapist's language (`messageWordsFor`), whose
 * `locale` also writes the dates and money.
 */
export type MessageWords = Pick<Translator, 't' | 'locale'>;

/** Why the client missed the session; `private`: they would rather not say. */
export type MissedReason = 'illness' | 'emergency' | 'forgot' | 'conflict' | 'private';

/** Reasons in the order the panel offers them, with the sentence each adds to the message (none for "private"). */
export const REASONS: readonly { id: MissedReason; sentence: MessageKey | null }[] = [
  { id: 'illness', sentence: 'templates_reasonIllness' },
  { id: 'emergency', sentence: 'templates_reasonEmergency' },
  { id: 'forgot', sentence: 'templates_reasonForgot' },
  { id: 'conflict', sentence: 'templates_reasonConflict' },
  { id: 'private', sentence: null },
];

/**
 * Quick picks for "when could you meet instead", with the words each adds to the message (in the
 * therapist's language; the panel's chips have their own, sidepanel.json).
 */
export const AVAILABILITY_PICKS = [
  { id: 'weekdayMornings', words: 'templates_pickWeekdayMornings' },
  { id: 'weekdayAfternoons', words: 'templates_pickWeekdayAfternoons' },
  { id: 'weekdayEvenings', words: 'templates_pickWeekdayEvenings' },
  { id: 'weekends', words: 'templates_pickWeekends' },
] as const satisfies readonly { id: string; words: MessageKey }[];
export type AvailabilityPick = (typeof AVAILABILITY_PICKS)[number]['id'];

/** What the client chose in the panel; the message is written from these. */
export interface Choices {
  reason: MissedReason | null;
  reschedule: boolean;
  availability: AvailabilityPick[];
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

/** The message kinds with a standard wording in every language (templates.json). */
export type TemplateKind = 'missed' | 'reschedule' | 'lateReschedule' | 'cancel';

/** Every placeholder, standing for itself: a template is read from the catalogue unfilled. */
const UNFILLED = {
  therapist: '{therapist}',
  date: '{date}',
  time: '{time}',
  deadline: '{deadline}',
  reason: '{reason}',
  reschedule: '{reschedule}',
  materials: '{materials}',
  fee: '{fee}',
  policy: '{policy}',
  client: '{client}',
};

/**
 * The standard wording of a kind of message in the catalogue's language (the therapist's): what
 * is sent when the client has not written their own, and what the template editor starts from.
 */
export function defaultTemplate(kind: TemplateKind, words: Pick<Translator, 't'>): MessageTemplate {
  switch (kind) {
    case 'missed':
      return { subject: words.t('templates_missedSubject', UNFILLED), body: words.t('templates_missedBody', UNFILLED) };
    case 'reschedule':
      return {
        subject: words.t('templates_rescheduleSubject', UNFILLED),
        body: words.t('templates_rescheduleBody', UNFILLED),
      };
    case 'lateReschedule':
      return {
        subject: words.t('templates_lateRescheduleSubject', UNFILLED),
        body: words.t('templates_lateRescheduleBody', UNFILLED),
      };
    case 'cancel':
      return { subject: words.t('templates_cancelSubject', UNFILLED), body: words.t('templates_cancelBody', UNFILLED) };
  }
}

/** The placeholders a template can use, for the editor's help text (in the UI's words). */
export const PLACEHOLDERS: readonly { name: keyof typeof UNFILLED; meaning: MessageKey }[] = [
  { name: 'therapist', meaning: 'templates_placeholderTherapist' },
  { name: 'date', meaning: 'templates_placeholderDate' },
  { name: 'time', meaning: 'templates_placeholderTime' },
  { name: 'deadline', meaning: 'templates_placeholderDeadline' },
  { name: 'reason', meaning: 'templates_placeholderReason' },
  { name: 'reschedule', meaning: 'templates_placeholderReschedule' },
  { name: 'materials', meaning: 'templates_placeholderMaterials' },
  { name: 'fee', meaning: 'templates_placeholderFee' },
  { name: 'policy', meaning: 'templates_placeholderPolicy' },
  { name: 'client', meaning: 'templates_placeholderClient' },
];

/** Joins ["a", "b", "c"] as `locale` lists alternatives: "a, b, or c", "a, b o c", "a, b oder c". */
export function joinOr(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
}

function rescheduleSentence(choices: Choices, words: MessageWords): string {
  if (!choices.reschedule) return '';
  const parts = [words.t('templates_rescheduleAsk')];
  const picks = AVAILABILITY_PICKS.filter((p) => choices.availability.includes(p.id)).map((p) => words.t(p.words));
  if (picks.length > 0) parts.push(words.t('templates_usuallyFree', { times: joinOr(picks, words.locale) }));
  const note = availabilitySentence(choices.availabilityNote, words);
  if (note) parts.push(note);
  return parts.join(' ');
}

/**
 * The client's free text as a sentence: "thursday after 4pm works too" → "Thursday after 4pm
 * works too."; a bare time without a verb of the language's list (`templates_noteVerbs`),
 * "thursday after 4pm", → "Thursday after 4pm would work too."
 */
export function availabilitySentence(text: string, words: MessageWords): string {
  const note = text.trim().replace(/\s+/g, ' ');
  if (!note) return '';
  const capital = note.charAt(0).toLocaleUpperCase(words.locale) + note.slice(1);
  const verbs = new Set(words.t('templates_noteVerbs').toLocaleLowerCase(words.locale).split(/\s+/));
  const hasVerb = note
    .toLocaleLowerCase(words.locale)
    .split(/[^\p{L}]+/u)
    .some((w) => verbs.has(w));
  const sentence = hasVerb ? capital : words.t('templates_noteWorksToo', { note: capital.replace(/[.!?]+$/, '') });
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** A day and a time together ("Monday 2 March, 15:00"), in `timeZone`, in the words' language. */
export function dayAtTime(at: number, timeZone: string, words: MessageWords): string {
  return words.t('templates_dayAtTime', {
    day: formatDay(at, timeZone, words.locale),
    time: formatTime(at, timeZone, words.locale),
  });
}

/** Fills a template with the session's facts and the client's choices, in the words' language. */
export function compose(
  template: MessageTemplate,
  session: MessageSession,
  choices: Choices,
  clientName: string,
  words: MessageWords,
  /** More placeholders a kind of message fills (a cancellation's `{policy}`). */
  extra: Readonly<Record<string, string>> = {},
): Draft {
  const locale = words.locale;
  const fee = session.fee && choices.acknowledgeFee ? session.fee : null;
  const sentence = REASONS.find((r) => r.id === choices.reason)?.sentence;
  const values: Record<string, string> = {
    therapist: session.therapistName,
    date: formatDay(session.start, session.timeZone, locale),
    time: formatTime(session.start, session.timeZone, locale),
    deadline: session.deadline === null ? '' : dayAtTime(session.deadline, session.timeZone, words),
    reason: sentence ? words.t(sentence) : '',
    reschedule: rescheduleSentence(choices, words),
    materials: choices.askMaterials ? words.t('templates_materials') : '',
    fee: fee ? words.t('templates_fee', { fee: formatMoney(fee, locale) }) : '',
    client: clientName.trim(),
    ...extra,
  };
  return {
    to: session.to,
    subject: fillSubject(template.subject, values),
    body: fillTemplate(template.body, values),
  };
}
