import { onMessage } from '../messaging';
import { checkIn, undoCheckIn } from '../store/attendance';

/** Writes check-ins for the calendar add-on, which runs outside the extension's storage lock. */
export function initAttendance(): () => void {
  const stops = [
    onMessage('checkIn', ({ key, at }) => checkIn(key, at)),
    onMessage('undoCheckIn', ({ key, at }) => undoCheckIn(key, at)),
  ];
  return () => stops.forEach((stop) => stop());
}
