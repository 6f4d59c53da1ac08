// Fetching a feed (issue 3, item 4): webcal → https, conditional GET, a size cap and a timeout,
// errors in words. Feed addresses often carry a secret token: messages name the host only.

export type FetchedFeed =
  | { kind: 'not-modified' }
  | { kind: 'ok'; text: string; etag: string | null; lastModified: string | null };

/** Plain words for the user; never the full address. */
export class FeedFetchError extends Error {
  override name = 'FeedFetchError';
  constructor(
    message: string,
    /** HTTP status when the server answered, else null. */
    readonly status: number | null = null,
  ) {
    super(message);
  }
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;

/** `webcal(s)://` → `https://`, trims, validates; throws FeedFetchError with words. */
export function normalizeFeedUrl(input: string): string {
  let text = input.trim();
  if (text === '') throw new FeedFetchError('Please paste the address of the calendar feed.');
  text = text.replace(/^webcals?:\/\//i, 'https://');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `https://${text}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FeedFetchError('This does not look like a web address. A feed address starts with https:// or webcal://.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new FeedFetchError('A feed address starts with https:// or webcal://.');
  }
  if (!url.hostname) throw new FeedFetchError('This address has no host name.');
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

/**
 * Downloads a feed. With `cache` validators it asks conditionally and returns `not-modified`
 * on 304. Throws FeedFetchError (plain words, host only) on every failure.
 */
export async function fetchFeed(
  url: string,
  cache: { etag: string | null; lastModified: string | null },
  deps: { fetch: typeof fetch; timeoutMs?: number; maxBytes?: number },
): Promise<FetchedFeed> {
  const href = normalizeFeedUrl(url);
  const host = new URL(href).host;
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_BYTES;
  const headers: Record<string, string> = { Accept: 'text/calendar, text/plain;q=0.9, */*;q=0.5' };
  if (cache.etag) headers['If-None-Match'] = cache.etag;
  if (cache.lastModified) headers['If-Modified-Since'] = cache.lastModified;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const tooSlow = (): FeedFetchError =>
    new FeedFetchError(`${host} did not answer within ${Math.round(timeoutMs / 1000)} seconds. We will try again later.`);
  try {
    let response: Response;
    try {
      response = await deps.fetch(href, { headers, signal: controller.signal, credentials: 'omit', redirect: 'follow' });
    } catch {
      if (timedOut) throw tooSlow();
      throw new FeedFetchError(`Could not reach ${host}. Check your internet connection and the feed address.`);
    }
    if (response.status === 304) {
      void response.body?.cancel();
      return { kind: 'not-modified' };
    }
    if (!response.ok) {
      void response.body?.cancel();
      throw new FeedFetchError(httpErrorText(response.status), response.status);
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
      throw new FeedFetchError(`The connection to ${host} broke while the feed was downloading. We will try again later.`);
    }
    const type = response.headers.get('content-type') ?? '';
    if (/text\/html|application\/xhtml/i.test(type) && !text.includes('BEGIN:VCALENDAR')) {
      throw new FeedFetchError(
        'This address returned a web page, not a calendar. It may be a sign-in page: copy the calendar’s ICS (iCal) address instead.',
        response.status,
      );
    }
    return { kind: 'ok', text, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
  } finally {
    clearTimeout(timer);
  }
}

function tooBig(maxBytes: number): FeedFetchError {
  return new FeedFetchError(
    `The feed is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, too large to read. A calendar with fewer past events, or one calendar per therapist, helps.`,
  );
}

/** The charset the server declares (RFC 5545 feeds are UTF-8, old Outlook exports may not be). */
function decoderFor(response: Response): TextDecoder {
  const charset = /charset="?([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8');
  } catch {
    return new TextDecoder('utf-8');
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = decoderFor(response);
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel();
      throw tooBig(maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** An HTTP error status in words. */
export function httpErrorText(status: number): string {
  const head = `The server answered ${status}`;
  if (status === 401 || status === 403) {
    return `${head}: the feed is private or its secret address has changed. Copy the feed address again from your calendar.`;
  }
  if (status === 404 || status === 410) return `${head}: the feed address may have changed.`;
  if (status === 429) return `${head}: too many requests for now. We will try again later.`;
  if (status >= 500) return `${head}: the calendar server has a problem right now. We will try again later.`;
  return `${head}: the feed could not be downloaded.`;
}
