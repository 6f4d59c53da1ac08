// One sync of one ICS feed source: download (conditionally), read, and refuse a damaged copy.
// A syncer never writes storage: the validators go back in `state`, stored with the
// appointments they describe.
import { t } from '../../i18n/ui';
import type { MessageKey } from '../../i18n/translator';
import type { Source } from '../../sources/source';
import type { SourceSyncer } from '../../sources/syncer';
import { DAY } from '../../time/units';
import { formatNearMoment } from '../../format/date-time';
import { fetchFeed } from './fetch-feed';
import { warningText } from './feed-warning';
import { parseFeed } from './parse-feed';
import { keptWarnings } from '../../sources/kept-warnings';
import { damagedCopy, feedDamage, type FeedDamage, type FeedRead } from './plausible-feed';
import { webRequestRedirects, type WatchRedirects } from './watch-redirects';

/** What the last stored read of a feed leaves for the next sync. */
export interface IcsSyncState {
  etag: string | null;
  lastModified: string | null;
  /** The window the stored appointments were expanded for. */
  from: number;
  to: number;
  /** The warnings of that read (kept on a 304). */
  warnings: string[];
  /** When that copy was read (epoch ms); absent in states stored before it was kept. */
  readAt?: number;
  /** The damage signs that copy had: the feed's habit, not new damage. */
  damage: FeedDamage[];
}

type IcsSource = Extract<Source, { kind: 'ics' }>;

/** A copy of the feed that would replace good sessions with the remains of a damaged file. */
export class DamagedFeedError extends Error {
  override name = 'DamagedFeedError';
}

const DAMAGE_WORDS = {
  truncated: 'errors_damageTruncated',
  binary: 'errors_damageBinary',
  unreadable: 'errors_damageUnreadable',
} as const satisfies Record<NonNullable<ReturnType<typeof damagedCopy>>, MessageKey>;

/**
 * The ICS syncer. A 304 keeps the stored appointments (`unchanged`) — unless the window has
 * moved more than a day past the one they were expanded for, when the feed is downloaded again
 * without validators so that series reach the new window. Throws FeedFetchError /
 * FeedParseError / DamagedFeedError (plain words) when the stored sessions must stay.
 */
export function createIcsSyncer(deps: { watchRedirects?: WatchRedirects }): SourceSyncer<IcsSource, IcsSyncState> {
  return async (source, context) => {
    const last = context.state;
    const reusable =
      last !== null &&
      context.previous.length > 0 &&
      context.window.from >= last.from - DAY &&
      context.window.to <= last.to + DAY;
    const fetched = await fetchFeed(source.url, reusable ? last : { etag: null, lastModified: null }, {
      fetch: context.fetch,
      now: context.now,
      timeZone: context.userTimeZone,
      ...(deps.watchRedirects ? { watchRedirects: deps.watchRedirects } : {}),
    });
    if (fetched.kind === 'not-modified') return { kind: 'unchanged', warnings: last?.warnings ?? [] };

    const parsed = parseFeed(fetched.text, {
      sourceId: source.id,
      from: context.window.from,
      to: context.window.to,
      userTimeZone: context.userTimeZone,
    });
    const warnings = keptWarnings(parsed.warnings.map(warningText));
    const damage = feedDamage(fetched.text);
    const stored: FeedRead = {
      events: context.previous.length,
      warnings: last?.warnings.length ?? 0,
      damage: last?.damage ?? [],
    };
    const verdict = damagedCopy(stored, {
      events: parsed.appointments.length,
      warnings: parsed.warnings.length,
      damage,
    });
    if (verdict) {
      const words = { why: t(DAMAGE_WORDS[verdict]), read: parsed.appointments.length, stored: stored.events };
      throw new DamagedFeedError(
        last?.readAt === undefined
          ? t('errors_feedDamaged', words)
          : t('errors_feedDamagedSince', {
              ...words,
              when: formatNearMoment(last.readAt, context.now, context.userTimeZone),
            }),
      );
    }
    return {
      kind: 'updated',
      appointments: parsed.appointments,
      warnings,
      state: {
        etag: fetched.etag,
        lastModified: fetched.lastModified,
        ...context.window,
        warnings,
        readAt: context.now,
        damage,
      },
    };
  };
}

/** The extension's ICS syncer: redirects seen through `webRequest` where the browser grants it. */
export const syncIcs: SourceSyncer<IcsSource, IcsSyncState> = (source, context) =>
  createIcsSyncer({ watchRedirects: webRequestRedirects() })(source, context);
