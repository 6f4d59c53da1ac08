import { syncGoogle } from '../../calendar/google/extension';
import type { GoogleSyncState } from '../../calendar/google/sync-google';
import { num, object, str } from '../../store/validate';
import { defineSource } from '../descriptor';

/** A Google calendar syncs through the Calendar API, incrementally from its sync token. */
export const googleSource = defineSource<'google', GoogleSyncState>({
  state: object<GoogleSyncState>({ syncToken: str, coveredTo: num, timeZone: str, syncedAt: num }),
  sync: syncGoogle,
});
