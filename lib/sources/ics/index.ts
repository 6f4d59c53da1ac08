import type { IcsSyncState } from '../../calendar/ics/sync-ics';
import { redactUrl } from '../../calendar/ics/fetch-feed';
import { hostPermission } from '../../permissions/host-permission';
import { arrayOf, nullable, num, object, oneOf, optional, str, withDefault } from '../../store/validate';
import { defineSourceKind, lazySyncer } from '../descriptor';

/** An ICS or webcal feed, read from its address with the permission for that host only. */
export const icsSource = defineSourceKind<'ics', IcsSyncState>({
  label: 'Calendar feed (ICS or webcal)',
  state: object<IcsSyncState>({
    etag: withDefault(nullable(str), null),
    lastModified: withDefault(nullable(str), null),
    from: num,
    to: num,
    warnings: withDefault(arrayOf(str), []),
    // Kept by the ICS syncer to refuse a damaged copy (calendar/ics/plausible-feed.ts).
    readAt: optional(num),
    damage: withDefault(arrayOf(oneOf('truncated', 'binary')), []),
  }),
  sync: lazySyncer(async () => (await import('../../calendar/ics/sync-ics')).syncIcs),
  origins: (source) => [hostPermission(source.url)],
  // The address may hold a secret token: shown without it.
  describe: (source) => redactUrl(source.url),
  assignable: true,
});
