import type { SyncContext } from './syncer';
import { DAY } from '../time/units';

/** Occurrences are kept from a month back (attendance history) to four months ahead. */
export function syncWindow(now: number): SyncContext['window'] {
  return { from: now - 30 * DAY, to: now + 120 * DAY };
}
