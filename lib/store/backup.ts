// A backup of what the client entered: therapists, settings, check-ins and follow-ups, the
// practice log and their own exercises, as one JSON file. Calendar addresses are not in it:
// feed addresses carry secret tokens, and a file can end up anywhere.
import { plural, t } from '../i18n/ui';
import type { PluralKey } from '../i18n/translator';
import type { Attendance } from '../model/attendance';
import type { SentRequest } from '../model/request';
import type { Exercise, PracticeEntry } from '../model/exercise';
import type { Settings } from '../model/settings';
import type { Therapist } from '../model/therapist';
import { readFrom, update, type Raw } from './io';
import type { Item } from './item';
import {
  attendanceItem,
  customExercisesItem,
  practiceLogItem,
  sentRequestsItem,
  settingsItem,
  therapistsItem,
} from './items';
import type { Notes } from './validate';

type PreviewKey = Extract<PluralKey, `errors_preview${string}Added`>;

export const BACKUP_APP = 'session-keeper';
export const BACKUP_FORMAT = 1;

/** What the file holds: each item as stored, with its version (read like stored data). */
export interface Backup {
  app: typeof BACKUP_APP;
  format: typeof BACKUP_FORMAT;
  exportedAt: number;
  items: Record<string, { v: number; value: unknown }>;
}

const ITEMS: Item<unknown>[] = [therapistsItem, settingsItem, attendanceItem, practiceLogItem, customExercisesItem];

/**
 * Only requests that went out travel in a backup: one still in its undo window (or failed,
 * with its text) restored elsewhere could be sent from there.
 */
const sentOnly = (all: Record<string, SentRequest>): Record<string, SentRequest> =>
  Object.fromEntries(Object.entries(all).filter(([, r]) => r.status === 'sent'));

export function makeBackup(raw: Raw, now: number): Backup {
  const items: Backup['items'] = {};
  for (const item of ITEMS) items[item.key] = { v: item.version, value: readFrom(raw, item) };
  items[sentRequestsItem.key] = { v: sentRequestsItem.version, value: sentOnly(readFrom(raw, sentRequestsItem)) };
  return { app: BACKUP_APP, format: BACKUP_FORMAT, exportedAt: now, items };
}

/** The values of a backup file, validated as stored data is. */
export interface BackupContents {
  exportedAt: number;
  therapists: Therapist[];
  settings: Settings | null;
  attendance: Attendance;
  practiceLog: PracticeEntry[];
  customExercises: Exercise[];
  /** Reschedule and cancellation requests sent through Gmail (their text stays in Gmail). */
  sentRequests: Record<string, SentRequest>;
  notes: Notes;
}

export class BackupFileError extends Error {
  override name = 'BackupFileError';
}

/** Reads a backup file's text; throws BackupFileError in words when it is not one. */
export function readBackup(text: string): BackupContents {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BackupFileError(t('errors_backupNotJson'));
  }
  const file = data as Partial<Backup> | null;
  if (
    typeof file !== 'object' ||
    file === null ||
    file.app !== BACKUP_APP ||
    typeof file.items !== 'object' ||
    file.items === null
  ) {
    throw new BackupFileError(t('errors_backupNotBackup'));
  }
  if (typeof file.format !== 'number' || file.format > BACKUP_FORMAT) {
    throw new BackupFileError(t('errors_backupNewer'));
  }
  const notes: Notes = [];
  const items = file.items as Record<string, { v?: unknown; value?: unknown } | undefined>;
  const read = <T>(item: Item<T>): T => {
    const entry = items[item.key];
    return entry === undefined
      ? item.fallback
      : item.read(entry.value, typeof entry.v === 'number' ? entry.v : 1, notes);
  };
  return {
    exportedAt: typeof file.exportedAt === 'number' ? file.exportedAt : 0,
    therapists: read(therapistsItem),
    settings: items[settingsItem.key] === undefined ? null : read(settingsItem),
    attendance: read(attendanceItem),
    practiceLog: read(practiceLogItem),
    customExercises: read(customExercisesItem),
    sentRequests: sentOnly(read(sentRequestsItem)),
    notes,
  };
}

// What restoring adds to what is here. Nothing here is removed: check-ins, follow-ups and
// practice are added to the current ones (a check-in here wins over the file's), therapists and
// exercises with the file's ids replace those with the same id, the file's settings replace the
// current ones.
const byId = <T extends { id: string }>(here: T[], there: T[]): T[] => [
  ...here.filter((h) => !there.some((t) => t.id === h.id)),
  ...there,
];
const practiceKey = (e: PracticeEntry) => `${e.exerciseId}@${e.at}`;

export const mergeFile = {
  therapists: (here: Therapist[], file: BackupContents) => byId(here, file.therapists),
  settings: (here: Settings, file: BackupContents) => file.settings ?? here,
  attendance: (here: Attendance, file: BackupContents): Attendance => ({
    checkIns: { ...file.attendance.checkIns, ...here.checkIns },
    resolutions: { ...file.attendance.resolutions, ...here.resolutions },
  }),
  practiceLog: (here: PracticeEntry[], file: BackupContents) => {
    const seen = new Set(here.map(practiceKey));
    return [...here, ...file.practiceLog.filter((e) => !seen.has(practiceKey(e)))].sort((a, b) => a.at - b.at);
  },
  customExercises: (here: Exercise[], file: BackupContents) => byId(here, file.customExercises),
  sentRequests: (here: Record<string, SentRequest>, file: BackupContents) => ({ ...file.sentRequests, ...here }),
};

/** The preview, in words: what restoring this file would change. */
export function previewRestore(raw: Raw, file: BackupContents): string[] {
  const current = {
    therapists: readFrom(raw, therapistsItem),
    settings: readFrom(raw, settingsItem),
    attendance: readFrom(raw, attendanceItem),
    practiceLog: readFrom(raw, practiceLogItem),
    customExercises: readFrom(raw, customExercisesItem),
    sentRequests: readFrom(raw, sentRequestsItem),
  };
  const next = {
    therapists: mergeFile.therapists(current.therapists, file),
    attendance: mergeFile.attendance(current.attendance, file),
    practiceLog: mergeFile.practiceLog(current.practiceLog, file),
    customExercises: mergeFile.customExercises(current.customExercises, file),
    sentRequests: mergeFile.sentRequests(current.sentRequests, file),
  };
  const added = (before: number, after: number, key: PreviewKey) =>
    after > before ? plural(key, after - before) : null;
  // Both sides went through the same schema, so equal therapists serialise alike.
  const replaced = file.therapists.filter((th) =>
    current.therapists.some((c) => c.id === th.id && JSON.stringify(c) !== JSON.stringify(th)),
  ).length;
  const lines = [
    added(current.therapists.length, next.therapists.length, 'errors_previewTherapistsAdded'),
    replaced ? plural('errors_previewTherapistsUpdated', replaced) : null,
    added(
      Object.keys(current.attendance.checkIns).length,
      Object.keys(next.attendance.checkIns).length,
      'errors_previewCheckInsAdded',
    ),
    added(
      Object.keys(current.attendance.resolutions).length,
      Object.keys(next.attendance.resolutions).length,
      'errors_previewFollowUpsAdded',
    ),
    added(current.practiceLog.length, next.practiceLog.length, 'errors_previewPracticeAdded'),
    added(current.customExercises.length, next.customExercises.length, 'errors_previewExercisesAdded'),
    added(
      Object.keys(current.sentRequests).length,
      Object.keys(next.sentRequests).length,
      'errors_previewMessagesAdded',
    ),
    file.settings && JSON.stringify(file.settings) !== JSON.stringify(current.settings)
      ? t('errors_previewSettingsReplaced')
      : null,
  ].filter((line): line is string => line !== null);
  return lines.length ? lines : [t('errors_previewNothing')];
}

/** Restores a backup file's text over what is stored now (read and validated again here). */
export async function restoreBackup(text: string): Promise<void> {
  const file = readBackup(text);
  await update(therapistsItem, (here) => mergeFile.therapists(here, file));
  await update(settingsItem, (here) => mergeFile.settings(here, file));
  await update(attendanceItem, (here) => mergeFile.attendance(here, file));
  await update(practiceLogItem, (here) => mergeFile.practiceLog(here, file));
  await update(customExercisesItem, (here) => mergeFile.customExercises(here, file));
  await update(sentRequestsItem, (here) => mergeFile.sentRequests(here, file));
}
