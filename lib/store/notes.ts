import { readFrom, type Raw } from './io';
import {
  appointmentsFamily,
  attendanceItem,
  customExercisesItem,
  practiceLogItem,
  settingsItem,
  sourcesItem,
  therapistsItem,
} from './items';

/** What could not be read anywhere in the stored data, in words (each said once). */
export function notesIn(raw: Raw): string[] {
  const notes: string[] = [];
  for (const item of [sourcesItem, therapistsItem, settingsItem, attendanceItem, practiceLogItem, customExercisesItem]) {
    readFrom(raw, item as Parameters<typeof readFrom>[1], notes);
  }
  for (const key of Object.keys(raw)) {
    const id = appointmentsFamily.idOf(key);
    if (id !== null) readFrom(raw, appointmentsFamily.of(id), notes);
  }
  return [...new Set(notes)];
}
