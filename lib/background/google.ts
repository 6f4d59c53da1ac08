import { buildTimeGoogleConfig } from '../calendar/google/config';
import { extensionGoogleClient, extensionTokenSource } from '../calendar/google/extension';
import { withGoogleCalendar, withoutGoogle } from '../calendar/google/google-sources';
import { revokeToken } from '../calendar/google/oauth';
import { onMessage } from '../messaging';
import { googleToken } from '../calendar/google/token-store';
import { accountConnected, accountForgotten } from '../store/google-account';
import { updateSources } from '../store/sources';
import { googleAccountOrigins } from '../sources/google/kind';
import { giveBackOrigins } from '../sources/permissions';

/**
 * The Google account in the background: sign-in (the options page asked for host permission
 * in the click first), calendar list, choosing calendars, disconnecting. Syncing itself is
 * `syncGoogle`, run by the sync orchestrator when the sources change.
 */
export function initGoogle(): () => void {
  const stops = [
    onMessage('googleConnect', async () => {
      const token = await extensionTokenSource().connect();
      // With include_granted_scopes the token says what was granted before (Gmail sending too).
      await accountConnected(Date.now(), token.scopes);
    }),

    onMessage('googleCalendars', () => extensionGoogleClient().listCalendars()),

    onMessage('googleChooseCalendar', async ({ calendarId, name, chosen }) => {
      // The orchestrator watches the sources: it syncs an added calendar and drops a removed one's data.
      // A dropped calendar's sync state goes with its other data (the orchestrator prunes it).
      await updateSources((all) => withGoogleCalendar(all, { calendarId, name }, chosen, Date.now()));
    }),

    onMessage('googleDisconnect', async () => {
      const token = await googleToken.get();
      if (token) await revokeToken(buildTimeGoogleConfig().revokeUrl, token.accessToken, fetch);
      await googleToken.set(null);
      await updateSources(withoutGoogle);
      await accountForgotten();
      // Give back the access to Google's origins too.
      await giveBackOrigins(googleAccountOrigins());
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
