// Every stored item, its version and its schema, in one list. Which module writes each one
// (its owner) is in docs/architecture.md; only that module calls `update`/`write` on it.
import type { Appointment } from '../model/appointment';
import type { Attendance } from '../model/attendance';
import type { Exercise, PracticeEntry } from '../model/exercise';
import { uiCatalogueLocale } from '../i18n/ui';
import type { SentRequest } from '../model/request';
import { DEFAULT_SETTINGS, type Settings } from '../model/settings';
import type { Source, SourceStatus } from '../sources/source';
import type { SeriesChoices } from '../therapists/attribute';
import type { Therapist } from '../model/therapist';
import { defineFamily, defineItem } from './item';
import {
  appointmentsSchema,
  attendanceSchema,
  customExercisesSchema,
  practiceLogSchema,
  sentRequestsSchema,
  settingsSchema,
  sourcesSchema,
  sourceStatusSchema,
  therapistsSchema,
} from './schemas';
import { arrayOf, bool, nullable, num, object, optional, recordOf, str } from './validate';

export const sourcesItem = defineItem<Source[]>({
  key: 'sources',
  version: 1,
  fallback: [],
  schema: sourcesSchema,
  what: 'Calendars',
});

/** The demo calendar shows while this is on and no other source exists. */
export const demoEnabledItem = defineItem<boolean>({
  key: 'demoEnabled',
  version: 1,
  fallback: true,
  schema: bool,
  what: 'DemoSetting',
});

export const therapistsItem = defineItem<Therapist[]>({
  key: 'therapists',
  // 2: each therapist has the language their messages are written in, the UI's to begin with.
  version: 2,
  fallback: [],
  schema: therapistsSchema,
  migrations: {
    2: (old) =>
      Array.isArray(old)
        ? old.map((t: unknown) => (typeof t === 'object' && t !== null ? { language: uiCatalogueLocale(), ...t } : t))
        : old,
  },
  what: 'Therapists',
});

/** The client's answers to "Which therapist is this?", by series (lib/store/series-choices.ts). */
export const seriesChoicesItem = defineItem<SeriesChoices>({
  key: 'seriesChoices',
  version: 1,
  fallback: {},
  schema: recordOf(nullable(str), 'errors_setAsideSeriesChoices'),
  what: 'SeriesTherapists',
});

export const settingsItem = defineItem<Settings>({
  key: 'settings',
  version: 1,
  fallback: DEFAULT_SETTINGS,
  schema: settingsSchema,
  what: 'Settings',
});

export const attendanceItem = defineItem<Attendance>({
  key: 'attendance',
  version: 1,
  fallback: { checkIns: {}, resolutions: {} },
  schema: attendanceSchema,
  what: 'CheckIns',
});

/** Practices the client marked done in the side panel. */
export const practiceLogItem = defineItem<PracticeEntry[]>({
  key: 'practiceLog',
  version: 1,
  fallback: [],
  schema: practiceLogSchema,
  what: 'PracticeLog',
});

/** Exercises the client added (given by their therapist). */
export const customExercisesItem = defineItem<Exercise[]>({
  key: 'customExercises',
  version: 1,
  fallback: [],
  schema: customExercisesSchema,
  what: 'AddedExercises',
});

/**
 * Set while a Google account is connected (the token itself may have expired meanwhile), with
 * the scopes Google granted when known (the token response's `scope`): Gmail sending asks once.
 */
export const googleAccountItem = defineItem<{ connectedAt: number; scopes?: string[] } | null>({
  key: 'googleAccount',
  version: 1,
  fallback: null,
  schema: nullable(object({ connectedAt: num, scopes: optional(arrayOf(str)) })),
  what: 'GoogleAccount',
});

/** Messages sent through Gmail, by id: the undo window, then sent or failed (lib/store/requests.ts). */
export const sentRequestsItem = defineItem<Record<string, SentRequest>>({
  key: 'sentRequests',
  version: 1,
  fallback: {},
  schema: sentRequestsSchema,
  what: 'GmailSent',
});

/** Ids of reminder notifications already shown: no duplicate after a restart. */
export const remindersSentItem = defineItem<string[]>({
  key: 'remindersSent',
  version: 1,
  fallback: [],
  schema: arrayOf(str),
  what: 'RemindersShown',
});

/** Missed sessions already notified, by appointment key: no duplicate after a restart. */
export const missedNotifiedItem = defineItem<Record<string, number>>({
  key: 'missedNotified',
  version: 1,
  fallback: {},
  schema: recordOf(num),
  what: 'MissedShown',
});

/** The missed session the side panel shows (appointment key); null: the most recent unresolved. */
export const panelSessionItem = defineItem<string | null>({
  key: 'panelSession',
  version: 1,
  fallback: null,
  schema: nullable(str),
  what: 'SidePanelSession',
});

// Per source, each under its own key so that a sync writes only what changed (version 2: in
// version 1 all sources shared one `appointments`, `sourceStatus`, `icsHttpCache` and
// `googleSyncState` record; lib/store/migrate.ts splits them).

/** The last good appointments of a source, as compact as the views allow. */
export const appointmentsFamily = defineFamily<Appointment[]>({
  prefix: 'appointments',
  version: 2,
  fallback: [],
  schema: appointmentsSchema,
  what: 'SavedSessions',
});

/** What the user sees about a source's last sync. */
export const statusFamily = defineFamily<SourceStatus | null>({
  prefix: 'status',
  version: 2,
  fallback: null,
  schema: sourceStatusSchema,
  what: 'SyncStatus',
});

/**
 * What the next sync of a source starts from (HTTP validators, a Google sync token), read by
 * the orchestrator through its kind's `state` schema (lib/sources/<kind>/index.ts).
 */
export const syncStateFamily = defineFamily<unknown>({
  prefix: 'syncState',
  version: 2,
  fallback: null,
  schema: (raw) => raw,
  what: 'SyncState',
});

/** Everything stored per source: forgotten with the source (lib/sources/sync.ts, `pruneRemoved`). */
export const perSourceFamilies = [appointmentsFamily, statusFamily, syncStateFamily] as const;

/** Keys of version 1 that version 2 split per source. */
export const LEGACY_KEYS = {
  appointments: 'appointments',
  status: 'sourceStatus',
  icsState: 'icsHttpCache',
  googleState: 'googleSyncState',
} as const;
