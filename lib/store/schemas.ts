// The shape of every stored value, as validators (lib/store/validate.ts). A value read from
// storage goes through these before any page or background feature sees it.
import { t } from '../i18n/ui';
import type { Appointment } from '../model/appointment';
import type { Attendance, CheckIn, Resolution } from '../model/attendance';
import type { BreathPhase, Exercise, PracticeEntry } from '../model/exercise';
import type { SentRequest } from '../model/request';
import { DEFAULT_POLICY, type FeeRule, type FeeTier, type Money, type Notice, type Policy } from '../model/policy';
import { DEFAULT_SETTINGS, SEND_CHANNELS, type Settings } from '../model/settings';
import { sourceSchema } from '../sources/kinds';
import type { SourceStatus } from '../sources/source';
import { isLocale, type Locale } from '../i18n/locales';
import { uiCatalogueLocale } from '../i18n/ui';
import type { Therapist } from '../model/therapist';
import {
  arrayOf,
  between,
  bool,
  nullable,
  num,
  object,
  oneOf,
  optional,
  recordOf,
  str,
  withDefault,
  type Validator,
} from './validate';

const strings = arrayOf(str);
const clock: Validator<string> = (raw) =>
  typeof raw === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(raw) ? raw : undefined;

// --- sources --------------------------------------------------------------------------------

export const sourcesSchema = arrayOf(sourceSchema, 'errors_setAsideCalendars');

export const sourceStatusSchema: Validator<SourceStatus> = object<SourceStatus>({
  lastSuccess: withDefault(nullable(num), null),
  lastAttempt: withDefault(nullable(num), null),
  error: withDefault(nullable(str), null),
  warnings: withDefault(strings, []),
  retryAt: optional(num),
});

// --- appointments ---------------------------------------------------------------------------

export const appointmentSchema: Validator<Appointment> = object<Appointment>({
  key: str,
  sourceId: str,
  uid: str,
  recurrenceId: withDefault(nullable(str), null),
  title: withDefault(str, ''),
  start: num,
  end: num,
  allDay: withDefault(bool, false),
  status: withDefault(oneOf('confirmed', 'tentative', 'cancelled'), 'confirmed'),
  timeZone: withDefault(str, 'UTC'),
  description: optional(str),
  location: optional(str),
  organizerEmail: optional(str),
  organizerName: optional(str),
  attendeeEmails: optional(strings),
  videoUrl: optional(str),
  links: optional(strings),
  declined: optional(bool),
  googleEventId: optional(str),
});

export const appointmentsSchema = arrayOf(appointmentSchema, 'errors_setAsideAppointments');

// --- therapists -----------------------------------------------------------------------------

const money: Validator<Money> = object<Money>({ amount: between(0, 1e9), currency: str });

const notice: Validator<Notice> = (raw, notes) => {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  if (kind === 'hours') return object({ kind: oneOf('hours'), hours: between(0, 24 * 60) })(raw, notes);
  if (kind === 'business-days') {
    return object({ kind: oneOf('business-days'), days: between(0, 60), cutoff: withDefault(clock, '17:00') })(
      raw,
      notes,
    );
  }
  return undefined;
};

const feeTier: Validator<FeeTier> = object<FeeTier>({ withinHours: between(0, 24 * 60), percent: between(0, 100) });

const feeRule: Validator<FeeRule> = object<FeeRule>({
  kind: oneOf('flat', 'percent', 'full'),
  percent: withDefault(between(0, 100), 100),
  tiers: withDefault(arrayOf(feeTier), []),
});

const weekday: Validator<number> = (raw) =>
  typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= 6 ? raw : undefined;

export const policySchema: Validator<Policy> = object<Policy>({
  notice: withDefault(notice, DEFAULT_POLICY.notice),
  businessDays: withDefault(arrayOf(weekday), DEFAULT_POLICY.businessDays),
  holidays: withDefault(strings, []),
  timeZone: withDefault(str, ''),
  fee: withDefault(nullable(money), null),
  sessionPrice: optional(nullable(money)),
  feeRule: optional(feeRule),
  graceMinutes: withDefault(between(0, 24 * 60), DEFAULT_POLICY.graceMinutes),
});

const template = object<{ subject: string; body: string }>({
  subject: withDefault(str, ''),
  body: withDefault(str, ''),
});

/** A therapist's message language; missing or not one of ours, the UI's (Chrome's choice). */
const language: Validator<Locale> = (raw) => (typeof raw === 'string' && isLocale(raw) ? raw : uiCatalogueLocale());

export const therapistSchema: Validator<Therapist> = object<Therapist>({
  id: str,
  name: withDefault(str, ''),
  email: withDefault(str, ''),
  portalUrl: withDefault(str, ''),
  policy: withDefault(policySchema, DEFAULT_POLICY),
  keywords: withDefault(strings, []),
  organizerEmails: withDefault(strings, []),
  focus: withDefault(strings, []),
  language,
  missedTemplate: optional(template),
  rescheduleTemplate: optional(template),
});

export const therapistsSchema = arrayOf(therapistSchema, 'errors_setAsideTherapists');

// --- settings -------------------------------------------------------------------------------

const d = DEFAULT_SETTINGS;
export const settingsSchema: Validator<Settings> = object<Settings>({
  clientName: withDefault(str, d.clientName),
  replyTo: withDefault(str, d.replyTo),
  region: withDefault(str, d.region),
  checkInBeforeMinutes: withDefault(between(0, 24 * 60), d.checkInBeforeMinutes),
  reminderHours: withDefault(arrayOf(between(0, 24 * 30)), d.reminderHours),
  remindAtCheckIn: withDefault(bool, d.remindAtCheckIn),
  quietHours: withDefault(nullable(object({ start: clock, end: clock })), d.quietHours),
  sendChannel: withDefault(oneOf(...SEND_CHANNELS), d.sendChannel),
  gridMarkers: withDefault(bool, d.gridMarkers),
});

// --- attendance, practice -------------------------------------------------------------------

const checkInSchema: Validator<CheckIn> = object<CheckIn>({ at: num });
const resolutionSchema: Validator<Resolution> = object<Resolution>({
  kind: oneOf('sent', 'attended', 'therapist-cancelled', 'rescheduled'),
  at: num,
});

export const attendanceSchema: Validator<Attendance> = object<Attendance>({
  checkIns: withDefault(recordOf(checkInSchema, 'errors_setAsideCheckIns'), {}, () => t('errors_checkInsSetAside')),
  resolutions: withDefault(recordOf(resolutionSchema, 'errors_setAsideFollowUps'), {}, () =>
    t('errors_followUpsSetAside'),
  ),
});

export const practiceLogSchema = arrayOf(
  object<PracticeEntry>({ exerciseId: str, at: num }),
  'errors_setAsidePractice',
);

const breathPhase: Validator<BreathPhase> = object<BreathPhase>({
  kind: oneOf('in', 'out', 'hold'),
  label: withDefault(str, ''),
  seconds: between(0, 600),
});

export const exerciseSchema: Validator<Exercise> = object<Exercise>({
  id: str,
  title: str,
  helpsWith: withDefault(str, ''),
  tags: withDefault(strings, []),
  steps: withDefault(strings, []),
  minutes: withDefault(between(0, 24 * 60), 5),
  source: withDefault(nullable(object({ name: str, url: withDefault(str, '') })), null),
  caution: optional(str),
  breathing: optional(arrayOf(breathPhase)),
  custom: optional(bool),
});

export const customExercisesSchema = arrayOf(exerciseSchema, 'errors_setAsideExercises');

// --- messages sent through Gmail ------------------------------------------------------------

export const sentRequestsSchema: Validator<Record<string, SentRequest>> = recordOf(
  object<SentRequest>({
    id: str,
    key: str,
    purpose: oneOf('missed', 'reschedule', 'cancel'),
    to: str,
    toName: withDefault(str, ''),
    subject: withDefault(str, ''),
    body: withDefault(str, ''),
    fromName: withDefault(str, ''),
    replyTo: withDefault(nullable(str), null),
    createdAt: num,
    sendAt: num,
    status: oneOf('pending', 'sending', 'sent', 'failed'),
    sentAt: withDefault(nullable(num), null),
    error: withDefault(nullable(str), null),
    failure: withDefault(nullable(oneOf('network', 'sign-in', 'scope', 'busy', 'refused')), null),
    sessionStart: withDefault(nullable(num), null),
  }),
  'errors_setAsideSentMessages',
);
