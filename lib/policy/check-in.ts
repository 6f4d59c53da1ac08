import type { Attendance } from '../model/attendance';
import { MINUTE } from '../time/units';

/** A check-in can be undone for this long: a mis-click is easy to take back, a real one stays. */
export const UNDO_MS = MINUTE;

/** Attendance with a check-in for `key` at `now` (an existing one is kept). */
export function withCheckIn(attendance: Attendance, key: string, now: number): Attendance {
  if (attendance.checkIns[key]) return attendance;
  return { ...attendance, checkIns: { ...attendance.checkIns, [key]: { at: now } } };
}

/** Whether a check-in made `at` (null: none) can still be undone at `now`; never one from a clock ahead. */
export function undoable(at: number | null | undefined, now: number): boolean {
  return at !== undefined && at !== null && now - at < UNDO_MS && now >= at - UNDO_MS;
}

/** Whether the check-in of `key` can still be undone at `now`. */
export function canUndo(attendance: Attendance, key: string, now: number): boolean {
  return undoable(attendance.checkIns[key]?.at, now);
}

/** Attendance without the check-in of `key`. */
export function withoutCheckIn(attendance: Attendance, key: string): Attendance {
  if (!attendance.checkIns[key]) return attendance;
  const { [key]: _removed, ...checkIns } = attendance.checkIns;
  return { ...attendance, checkIns };
}
