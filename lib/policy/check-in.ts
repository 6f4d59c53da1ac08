import type { Attendance } from '../attendance';
import { attendanceItem } from '../storage';

/** A check-in can be undone for this long (issue 4 item 6). */
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

/** Records a check-in durably, keyed by `Appointment.key` (survives restarts and re-syncs). */
export async function checkIn(key: string, now: number): Promise<void> {
  const attendance = await attendanceItem.getValue();
  await attendanceItem.setValue(withCheckIn(attendance, key, now));
}

/**
 * Undoes a check-in. With `now`, only within a minute of it (returns false when too late);
 * without, unconditionally.
 */
export async function undoCheckIn(key: string, now?: number): Promise<boolean> {
  const attendance = await attendanceItem.getValue();
  if (!attendance.checkIns[key]) return false;
  if (now !== undefined && !canUndo(attendance, key, now)) return false;
  await attendanceItem.setValue(withoutCheckIn(attendance, key));
  return true;
}
