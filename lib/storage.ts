import { storage } from 'wxt/utils/storage';
import type { Appointment } from './calendar/appointment';
import type { GoogleToken } from './calendar/google/oauth';
import type { GoogleSyncState } from './calendar/google/sync-google';
import type { Attendance } from './attendance';
import type { Exercise, PracticeEntry } from './exercises/exercise';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { Source, SourceStatus } from './sources/source';
import type { Therapist } from './therapists/therapist';

// Every piece of state lives here, in storage: the service worker can stop at any moment
// (DESIGN.md, service-worker rules). Items carry a version so later shapes can migrate.

export const sourcesItem = storage.defineItem<Source[]>('local:sources', { fallback: [], version: 1 });

/** The demo calendar shows while this is on and no other source exists. */
export const demoEnabledItem = storage.defineItem<boolean>('local:demoEnabled', { fallback: true, version: 1 });

export const sourceStatusItem = storage.defineItem<Record<string, SourceStatus>>('local:sourceStatus', {
  fallback: {},
  version: 1,
});

/** The appointment cache: the last good data of each source, by source id. */
export const appointmentsItem = storage.defineItem<Record<string, Appointment[]>>('local:appointments', {
  fallback: {},
  version: 1,
});

export const therapistsItem = storage.defineItem<Therapist[]>('local:therapists', { fallback: [], version: 1 });

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export const attendanceItem = storage.defineItem<Attendance>('local:attendance', {
  fallback: { checkIns: {}, resolutions: {} },
  version: 1,
});

/** Reads settings with defaults for fields added after they were saved. */
export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** The Google access token: in session storage, gone when the browser closes (DESIGN.md, privacy). */
export const googleTokenItem = storage.defineItem<GoogleToken | null>('session:googleToken', { fallback: null });

/** Set while a Google account is connected (the token itself may have expired meanwhile). */
export const googleAccountItem = storage.defineItem<{ connectedAt: number } | null>('local:googleAccount', {
  fallback: null,
  version: 1,
});

/** Incremental sync state (`nextSyncToken` …) of each Google source, by source id. */
export const googleSyncStateItem = storage.defineItem<Record<string, GoogleSyncState>>('local:googleSyncState', {
  fallback: {},
  version: 1,
});

/** Ids of reminder notifications already shown (issue 4 item 9): no duplicate after a restart. */
export const remindersSentItem = storage.defineItem<string[]>('local:remindersSent', { fallback: [], version: 1 });

/** Missed sessions already notified, by appointment key (issue 5 item 2): no duplicate after a restart. */
export const missedNotifiedItem = storage.defineItem<Record<string, number>>('local:missedNotified', {
  fallback: {},
  version: 1,
});

/** The missed session the side panel shows (appointment key); null: the most recent unresolved. */
export const panelSessionItem = storage.defineItem<string | null>('local:panelSession', { fallback: null, version: 1 });

/** Practices the client marked done in the side panel (issue 5 item 6). */
export const practiceLogItem = storage.defineItem<PracticeEntry[]>('local:practiceLog', { fallback: [], version: 1 });

/** Exercises the client added (given by their therapist). */
export const customExercisesItem = storage.defineItem<Exercise[]>('local:customExercises', { fallback: [], version: 1 });

/**
 * HTTP validators of each ICS feed (by source id) for conditional GETs, the window its stored
 * appointments were expanded for, and the warnings of that read (kept on a 304).
 */
export const icsHttpCacheItem = storage.defineItem<
  Record<string, { etag: string | null; lastModified: string | null; from: number; to: number; warnings: string[] }>
>('local:icsHttpCache', { fallback: {}, version: 1 });
