import { browser } from 'wxt/browser';
import { googleHostPermissions } from '../calendar/google/config';
import { buildTimeGoogleConfig, extensionGoogleClient, extensionTokenSource } from '../calendar/google/extension';
import { googleSourceId, withGoogleCalendar, withoutGoogle } from '../calendar/google/google-sources';
import { revokeToken } from '../calendar/google/oauth';
import { onMessage } from '../messaging';
import { googleAccountItem, googleSyncStateItem, googleTokenItem, sourcesItem } from '../storage';

/**
 * The Google account in the background: sign-in (the options page asked for host permission
 * in the click first), calendar list, choosing calendars, disconnecting. Syncing itself is
 * `syncGoogle`, run by the sync orchestrator when the sources change.
 */
export function initGoogle(): () => void {
  const stops = [
    onMessage('googleConnect', async () => {
      await extensionTokenSource().connect();
      await googleAccountItem.setValue({ connectedAt: Date.now() });
    }),

    onMessage('googleCalendars', () => extensionGoogleClient().listCalendars()),

    onMessage('googleChooseCalendar', async ({ calendarId, name, chosen }) => {
      // The orchestrator watches the sources: it syncs an added calendar and drops a removed one's data.
      await sourcesItem.setValue(withGoogleCalendar(await sourcesItem.getValue(), { calendarId, name }, chosen, Date.now()));
      if (!chosen) {
        const { [googleSourceId(calendarId)]: _dropped, ...rest } = await googleSyncStateItem.getValue();
        await googleSyncStateItem.setValue(rest);
      }
    }),

    onMessage('googleDisconnect', async () => {
      const token = await googleTokenItem.getValue();
      if (token) await revokeToken(buildTimeGoogleConfig().revokeUrl, token.accessToken, fetch);
      await googleTokenItem.setValue(null);
      await googleSyncStateItem.setValue({});
      await sourcesItem.setValue(withoutGoogle(await sourcesItem.getValue()));
      await googleAccountItem.setValue(null);
      // Give back the access to Google's origins too. A build that requires them (the e2e
      // build grants loopback) refuses: nothing to give back then.
      const origins = googleHostPermissions(buildTimeGoogleConfig());
      await browser.permissions.remove({ origins }).catch(() => false);
    }),
  ];
  return () => stops.forEach((stop) => stop());
}
