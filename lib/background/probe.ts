import { syncIcs } from '../calendar/ics/sync-ics';
import { errorText } from '../messaging';
import { syncWindow } from '../sources/sync-window';
import { userTimeZone } from '../time/user-zone';

/** What a first read of a feed address found, before it is saved. */
import type { ProbeResult } from '../sources/probe-result';

export type { ProbeResult };

/**
 * Reads a feed address once, storing nothing, so that the options page saves a feed only
 * when its first fetch works (a 404 or a sign-in page is said at once, not found later) or
 * the client chooses to keep it anyway. Runs here: pages never fetch calendars themselves.
 */
export async function probeFeed(
  url: string,
  deps: { now: number; fetch: typeof fetch; userTimeZone: string },
): Promise<ProbeResult> {
  try {
    const result = await syncIcs(
      { id: 'probe', kind: 'ics', name: '', url, therapistId: null },
      {
        now: deps.now,
        previous: [],
        state: null,
        window: syncWindow(deps.now),
        userTimeZone: deps.userTimeZone,
        fetch: deps.fetch,
      },
    );
    return { ok: true, events: result.kind === 'updated' ? result.appointments.length : 0 };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/** Read a feed address once without saving it: does its first fetch work? */
export const probeMessages = {
  probeFeed: ({ url }: { url: string }) =>
    probeFeed(url, { now: Date.now(), fetch: (...a) => fetch(...a), userTimeZone: userTimeZone() }),
};
