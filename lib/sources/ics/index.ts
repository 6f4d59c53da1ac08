import { syncIcs, type IcsSyncState } from '../../calendar/ics/sync-ics';
import { arrayOf, nullable, num, object, oneOf, optional, str, withDefault } from '../../store/validate';
import { defineSource } from '../descriptor';

/** An ICS feed syncs by HTTP, keeping the validators of the last good copy. */
export const icsSource = defineSource<'ics', IcsSyncState>({
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
  sync: syncIcs,
});
