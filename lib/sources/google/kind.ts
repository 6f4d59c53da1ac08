import { buildTimeGoogleConfig, googleHostPermissions } from '../../calendar/google/config';
import { str } from '../../store/validate';
import { defineKind } from '../kind';

/** One calendar of the connected Google account, read through the Calendar API. */
export const googleKind = defineKind({
  fields: { calendarId: str },
  // Google's hosts belong to the account (`googleAccountOrigins`), not to one calendar:
  // removing a calendar keeps them for the others and for the calendar list.
  origins: () => [],
  describe: () => null,
  assignable: true,
});

/** Google's hosts, asked in the click that connects the account and given back at Disconnect. */
export function googleAccountOrigins(): string[] {
  return googleHostPermissions(buildTimeGoogleConfig());
}
