// Fetching a feed: webcal → https, conditional GET with our own validators and never the HTTP
// cache, redirects checked, a size cap and a timeout, errors in words. Feed addresses often
// carry a secret token: messages name the host only.
import { plural, t } from '../../i18n/ui';
import { formatNearMoment } from '../../format/date-time';
import { FeedFetchError } from './feed-fetch-error';
import { readCapped, tooBig } from './read-capped';
import { MAX_REDIRECTS, redirectProblem, type RedirectTrail } from './redirect-words';
import { parseRetryAfter } from './retry-after';
import type { WatchRedirects } from './watch-redirects';

export { FeedFetchError } from './feed-fetch-error';

export type FetchedFeed =
  { kind: 'not-modified' } | { kind: 'ok'; text: string; etag: string | null; lastModified: string | null };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;

/** `webcal(s)://` → `https://`, trims, validates; throws FeedFetchError with words. */
export function normalizeFeedUrl(input: string): string {
  let text = input.trim();
  if (text === '') throw new FeedFetchError(t('errors_feedAddressEmpty'));
  text = text.replace(/^webcals?:\/\//i, 'https://');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FeedFetchError(t('errors_feedAddressNotWeb'));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new FeedFetchError(t('errors_feedAddressScheme'));
  }
  if (!url.hostname) throw new FeedFetchError(t('errors_feedAddressNoHost'));
  return url.href;
}

/** Origin and path, with long tokens in the path and the whole query elided. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim().replace(/^webcals?:\/\//i, 'https://'));
  } catch {
    return '(feed address)';
  }
  const path = parsed.pathname
    .split('/')
    .map((segment) => (isSecretLike(segment) ? '…' : segment))
    .join('/');
  return `${parsed.origin}${path}${parsed.search ? '?…' : ''}`;
}

function isSecretLike(segment: string): boolean {
  const text = decodeURIComponentSafe(segment);
  // Private-address tokens: long, or mixing letters and digits (`private-0a1b2c…`, `p42-caldav…`).
  return text.length > 24 || (text.length >= 12 && /\d/.test(text) && /[a-z]/i.test(text)) || text.includes('@');
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

export interface FetchFeedDeps {
  fetch: typeof fetch;
  /** For `Retry-After` in seconds, and to word the time it names. */
  now: number;
  /** The user's zone and locale, for that time. */
  timeZone: string;
  locale?: string;
  timeoutMs?: number;
  maxBytes?: number;
  /** Sees where the request was redirected (the extension's `webRequest`); without it, a probe. */
  watchRedirects?: WatchRedirects;
}

/** How long to wait for the browser's report on a request after the fetch itself settled. */
const TRAIL_WAIT_MS = 1_000;

/**
 * Downloads a feed. With validators it asks conditionally and returns `not-modified` on 304.
 * Never from the browser's HTTP cache (`cache: 'no-store'`): a cached 301 loop or a
 * `max-age` of a day would otherwise outlive the server's fix and hide changes from "Sync now"
 * (Fetch §5.5, RequestCache); our own validators say what is new. Throws FeedFetchError (plain
 * words, host only) on every failure; on 429/503 with `Retry-After` it carries `retryAt`.
 */
export async function fetchFeed(url: string, validators: FeedValidators, deps: FetchFeedDeps): Promise<FetchedFeed> {
  const href = normalizeFeedUrl(url);
  const host = new URL(href).host;
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_BYTES;
  const headers: Record<string, string> = { Accept: 'text/calendar, text/plain;q=0.9, */*;q=0.5' };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const init: RequestInit = {
    headers,
    signal: controller.signal,
    credentials: 'omit',
    cache: 'no-store',
    redirect: 'follow',
  };
  const tooSlow = (): FeedFetchError =>
    new FeedFetchError(plural('errors_feedTooSlow', Math.round(timeoutMs / 1000), { host }));
  const watch = deps.watchRedirects?.(href);
  try {
    let response: Response;
    try {
      response = await deps.fetch(href, init);
    } catch {
      if (timedOut) throw tooSlow();
      const trail = watch ? await watch.trail(TRAIL_WAIT_MS) : await probeRedirects(href, deps.fetch, init);
      const problem = trail && redirectProblem(href, trail);
      if (timedOut) throw tooSlow();
      throw new FeedFetchError(problem ?? t('errors_feedUnreachable', { host }));
    }
    const seen = watch ? (await watch.trail(0)).hops : [];
    const problem = redirectProblem(href, {
      hops: seen.length > 0 || !response.redirected ? seen : [response.url],
      failure: null,
    });
    if (problem) {
      void response.body?.cancel();
      throw new FeedFetchError(problem, { status: response.status });
    }
    if (response.status === 304) {
      void response.body?.cancel();
      return { kind: 'not-modified' };
    }
    if (!response.ok) {
      void response.body?.cancel();
      throw statusError(response, host, deps);
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      void response.body?.cancel();
      throw tooBig(maxBytes);
    }
    let text: string;
    try {
      text = await readCapped(response, maxBytes);
    } catch (error) {
      if (error instanceof FeedFetchError) throw error;
      if (timedOut) throw tooSlow();
      throw new FeedFetchError(t('errors_feedConnectionBroke', { host }));
    }
    const type = response.headers.get('content-type') ?? '';
    if (/text\/html|application\/xhtml/i.test(type) && !text.includes('BEGIN:VCALENDAR')) {
      throw new FeedFetchError(t('errors_feedIsWebPage'), { status: response.status });
    }
    return {
      kind: 'ok',
      text,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  } finally {
    clearTimeout(timer);
    watch?.stop();
  }
}

/**
 * Where the browser has no `webRequest` (or it is not granted): follows the redirects one by
 * one with `redirect: 'manual'`. Outside extension pages (Node, the feed script) each hop's
 * Location is readable; in an extension page the first hop is opaque, which still tells that
 * a redirect, not the network, is the problem. Stops at the first hop that cannot be followed.
 * Null when the requests themselves fail (then the network is the problem after all).
 */
async function probeRedirects(
  href: string,
  fetchFeedUrl: typeof fetch,
  init: RequestInit,
): Promise<RedirectTrail | null> {
  const hops: string[] = [];
  let at = href;
  while (hops.length <= MAX_REDIRECTS) {
    let response: Response;
    try {
      response = await fetchFeedUrl(at, { ...init, redirect: 'manual' });
    } catch {
      return hops.length > 0 ? { hops, failure: null } : null;
    }
    void response.body?.cancel();
    if (response.type === 'opaqueredirect') return { hops, failure: 'unseen' };
    const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
    if (location === null) return { hops, failure: null };
    let next: string;
    try {
      next = new URL(location, at).href;
    } catch {
      return { hops: [...hops, location], failure: null };
    }
    hops.push(next);
    if (redirectProblem(href, { hops, failure: null })) return { hops, failure: null };
    at = next;
  }
  return { hops, failure: 'too-many' };
}

/** An HTTP error status as a FeedFetchError; 429 and 503 with `Retry-After` carry `retryAt`. */
function statusError(response: Response, host: string, deps: FetchFeedDeps): FeedFetchError {
  const status = response.status;
  const retryAt =
    status === 429 || status === 503 ? parseRetryAfter(response.headers.get('retry-after'), deps.now) : null;
  if (retryAt === null) return new FeedFetchError(httpErrorText(status, host), { status });
  const until = formatNearMoment(retryAt, deps.now, deps.timeZone, deps.locale);
  return new FeedFetchError(t('errors_feedRetryAfter', { host, until }), { status, retryAt });
}

/** An HTTP error status in words, naming the host only. */
export function httpErrorText(status: number, host: string): string {
  const words = { host, status: String(status) };
  if (status === 401 || status === 403) return t('errors_httpPrivate', words);
  if (status === 404 || status === 410) return t('errors_httpNotFound', words);
  if (status === 429) return t('errors_httpTooMany', words);
  if (status >= 500) return t('errors_httpServer', words);
  return t('errors_httpOther', words);
}
