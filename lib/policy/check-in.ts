import type { Attendance } from '../model/attendance';

/** A check-in can be undone for this long: a mis-click is easy to take back, a real one stays. */
export const UNDO_MS = 60_000;

/** Attendance with a check-in for `key` at `now` (an existing one is kept). */
export function withCheckIn(attendance: Attendance, key: string, now: number): Attendance {
  if (attendance.checkIns[key]) return attendance;
  return { ...attendance, checkIns: { ...attendance.checkIns, [key]: { at: now } } };
}

/** Whether the check-in of `key` can still be undone at `now`. */
export function canUndo(attendance: Attendance, key: string, now: number): boolean {
  const at = attendance.checkIns[key]?.at;
  return at !== undefined && now - at < UNDO_MS && now >= at - UNDO_MS;
}

/** Attendance without the check-in of `key`. */
export function withoutCheckIn(attendance: Attendance, key: string): Attendance {
  if (!attendance.checkIns[key]) return attendance;
  const { [key]: _removed, ...checkIns } = attendance.checkIns;
  return { ...attendance, checkIns };
}
