// One sync of one ICS feed source: download (conditionally), read, keep the validators.
import type { Source } from '../../sources/source';
import type { SourceSyncer } from '../../sources/syncer';
import { fetchFeed } from './fetch-feed';
import { warningText } from './feed-warning';
import { parseFeed } from './parse-feed';
import { DAY } from '../../time/units';


/**
 * Syncs an ICS source. A 304 keeps the stored appointments (`unchanged`) — unless the window has
 * moved more than a day past the one they were expanded for, when the feed is downloaded again
 * without validators so that series reach the new window. Throws FeedFetchError /
 * FeedParseError (plain words) when nothing could be read.
 */
export interface IcsSyncState {
  etag: string | null;
  lastModified: string | null;
  /** The window the stored appointments were expanded for. */
  from: number;
  to: number;
  /** The warnings of that read (kept on a 304). */
  warnings: string[];
}

export const syncIcs: SourceSyncer<Extract<Source, { kind: 'ics' }>, IcsSyncState> = async (source, context) => {
  const cached = context.state ?? undefined;
  const reusable =
    cached !== undefined &&
    context.previous.length > 0 &&
    context.window.from >= cached.from - DAY &&
    context.window.to <= cached.to + DAY;
  const fetched = await fetchFeed(
    source.url,
    reusable ? cached : { etag: null, lastModified: null },
    { fetch: context.fetch },
  );
  if (fetched.kind === 'not-modified') return { kind: 'unchanged', warnings: cached?.warnings ?? [] };

  const parsed = parseFeed(fetched.text, {
    sourceId: source.id,
    from: context.window.from,
    to: context.window.to,
    userTimeZone: context.userTimeZone,
  });
  const warnings = parsed.warnings.map(warningText);
  return {
    kind: 'updated',
    appointments: parsed.appointments,
    warnings,
    state: { etag: fetched.etag, lastModified: fetched.lastModified, ...context.window, warnings },
  };
};
