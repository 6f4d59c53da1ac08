// One sync of one ICS feed source: download (conditionally), read, keep the validators.
import type { Source } from '../../sources/source';
import type { SourceSyncer } from '../../sources/syncer';
import { icsHttpCacheItem } from '../../storage';
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
export const syncIcs: SourceSyncer<Extract<Source, { kind: 'ics' }>> = async (source, context) => {
  const caches = await icsHttpCacheItem.getValue();
  const cached = caches[source.id];
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
  await icsHttpCacheItem.setValue({
    ...(await icsHttpCacheItem.getValue()),
    [source.id]: { etag: fetched.etag, lastModified: fetched.lastModified, ...context.window, warnings },
  });
  return { kind: 'updated', appointments: parsed.appointments, warnings };
};
