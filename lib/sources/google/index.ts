import { buildTimeGoogleConfig, googleHostPermissions } from '../../calendar/google/config';
import type { GoogleSyncState } from '../../calendar/google/sync-google';
import { num, object, str } from '../../store/validate';
import { defineSourceKind, lazySyncer } from '../descriptor';

/** Google's hosts, asked in the click that connects the account and given back at Disconnect. */
export function googleAccountOrigins(): string[] {
  return googleHostPermissions(buildTimeGoogleConfig());
}

/** One calendar of the connected Google account, read through the Calendar API. */
export const googleSource = defineSourceKind<'google', GoogleSyncState>({
  label: 'Google Calendar',
  state: object<GoogleSyncState>({ syncToken: str, coveredTo: num, timeZone: str, syncedAt: num }),
  sync: lazySyncer(async () => (await import('../../calendar/google/extension')).syncGoogle),
  // Google's hosts belong to the account (`googleAccountOrigins`), not to
  // one calendar: removing a calendar keeps them for the others and for the calendar list.
  origins: () => [],
  describe: () => null,
  assignable: true,
});
