// The owner of the attendance record: check-ins and how missed sessions were closed. Every
// page and the background change it only through these functions (one lock, no lost update).
import type { ResolutionKind } from '../model/attendance';
import { canUndo, withCheckIn, withoutCheckIn } from '../policy/check-in';
import { update } from './io';
import { attendanceItem } from './items';

/** Records a check-in durably, keyed by `Appointment.key` (an existing one is kept). */
export async function checkIn(key: string, now: number): Promise<void> {
  await update(attendanceItem, (attendance) => withCheckIn(attendance, key, now));
}

/**
 * Undoes a check-in. With `now`, only within a minute of it (returns false when too late);
 * without, unconditionally.
 */
export async function undoCheckIn(key: string, now?: number): Promise<boolean> {
  let undone = false;
  await update(attendanceItem, (attendance) => {
    if (!attendance.checkIns[key]) return attendance;
    if (now !== undefined && !canUndo(attendance, key, now)) return attendance;
    undone = true;
    return withoutCheckIn(attendance, key);
  });
  return undone;
}

/** Closes a missed session (message sent, attended after all …). */
export async function resolve(key: string, kind: ResolutionKind, now: number): Promise<void> {
  await update(attendanceItem, (attendance) => ({
    ...attendance,
    resolutions: { ...attendance.resolutions, [key]: { kind, at: now } },
  }));
}

/** Reopens a missed session (the undo of `resolve`). */
export async function unresolve(key: string): Promise<void> {
  await update(attendanceItem, (attendance) => {
    if (!attendance.resolutions[key]) return attendance;
    const { [key]: _removed, ...resolutions } = attendance.resolutions;
    return { ...attendance, resolutions };
  });
}
