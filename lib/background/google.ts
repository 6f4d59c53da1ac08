import { buildTimeGoogleConfig } from '../calendar/google/config';
import { extensionGoogleClient, extensionTokenSource } from '../calendar/google/extension';
import { withGoogleCalendar, withoutGoogle } from '../calendar/google/google-sources';
import { revokeToken } from '../calendar/google/oauth';
import { googleToken } from '../calendar/google/token-store';
import { accountConnected, accountForgotten } from '../store/google-account';
import { updateSources } from '../store/sources';
import { googleAccountOrigins } from '../sources/google/kind';
import { giveBackOrigins } from '../sources/permissions';

/**
 * The Google account's messages: sign-in (the options page asked for host permission in the
 * click first), calendar list, choosing calendars, disconnecting. Syncing itself is
 * `syncGoogle`, run by the sync orchestrator when the sources change.
 */
export const googleMessages = {
  /** Run the interactive sign-in (the page asked for host permission first). */
  async googleConnect(): Promise<void> {
    const token = await extensionTokenSource().connect();
    // With include_granted_scopes the token says what was granted before (Gmail sending too).
    await accountConnected(Date.now(), token.scopes);
  },

  /** The calendars the account can read (`calendarList.list`). */
  googleCalendars: () => extensionGoogleClient().listCalendars(),

  /** Use (or stop using) one calendar as a source. */
  async googleChooseCalendar({ calendarId, name, chosen }: { calendarId: string; name: string; chosen: boolean }) {
    // The orchestrator watches the sources: it syncs an added calendar and drops a removed one's data.
    // A dropped calendar's sync state goes with its other data (the orchestrator prunes it).
    await updateSources((all) => withGoogleCalendar(all, { calendarId, name }, chosen, Date.now()));
  },

  /** Revoke the token, forget the account and remove its calendars. */
  async googleDisconnect(): Promise<void> {
    const token = await googleToken.get();
    if (token) await revokeToken(buildTimeGoogleConfig().revokeUrl, token.accessToken, fetch);
    await googleToken.set(null);
    await updateSources(withoutGoogle);
    await accountForgotten();
    // Give back the access to Google's origins too.
    await giveBackOrigins(googleAccountOrigins());
  },
};
