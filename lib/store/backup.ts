// A backup of what the client entered: therapists, settings, check-ins and follow-ups, the
// practice log and their own exercises, as one JSON file. Calendar addresses are not in it:
// feed addresses carry secret tokens, and a file can end up anywhere.
import type { Attendance } from '../attendance';
import type { SentRequest } from '../gmail/request';
import type { Exercise, PracticeEntry } from '../exercises/exercise';
import type { Settings } from '../settings';
import type { Therapist } from '../therapists/therapist';
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
    throw new BackupFileError('This file is not a Session Keeper backup (it is not JSON). Nothing was changed.');
  }
  const file = data as Partial<Backup> | null;
  if (
    typeof file !== 'object' ||
    file === null ||
    file.app !== BACKUP_APP ||
    typeof file.items !== 'object' ||
    file.items === null
  ) {
    throw new BackupFileError('This file is not a Session Keeper backup. Nothing was changed.');
  }
  if (typeof file.format !== 'number' || file.format > BACKUP_FORMAT) {
    throw new BackupFileError('This backup was made by a newer Session Keeper. Update the extension, then try again.');
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
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const added = (before: number, after: number, one: string, many: string) =>
    after > before ? `${count(after - before, one, many)} added` : null;
  // Both sides went through the same schema, so equal therapists serialise alike.
  const replaced = file.therapists.filter((t) =>
    current.therapists.some((c) => c.id === t.id && JSON.stringify(c) !== JSON.stringify(t)),
  ).length;
  const lines = [
    added(current.therapists.length, next.therapists.length, 'therapist', 'therapists'),
    replaced ? `${count(replaced, 'therapist', 'therapists')} updated from the file` : null,
    added(
      Object.keys(current.attendance.checkIns).length,
      Object.keys(next.attendance.checkIns).length,
      'check-in',
      'check-ins',
    ),
    added(
      Object.keys(current.attendance.resolutions).length,
      Object.keys(next.attendance.resolutions).length,
      'follow-up',
      'follow-ups',
    ),
    added(current.practiceLog.length, next.practiceLog.length, 'practice entry', 'practice entries'),
    added(current.customExercises.length, next.customExercises.length, 'exercise of your own', 'exercises of your own'),
    added(
      Object.keys(current.sentRequests).length,
      Object.keys(next.sentRequests).length,
      'message sent from Gmail',
      'messages sent from Gmail',
    ),
    file.settings && JSON.stringify(file.settings) !== JSON.stringify(current.settings)
      ? 'Your settings are replaced by the file’s'
      : null,
  ].filter((line): line is string => line !== null);
  return lines.length ? lines : ['Nothing would change: everything in this file is already here.'];
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
