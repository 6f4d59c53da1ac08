import { describe, expect, it } from 'vitest';
import { fetchFeed, FeedFetchError, normalizeFeedUrl, redactUrl } from './fetch-feed';

const SECRET = 'https://calendar.google.com/calendar/ical/ann%40gmail.com/private-0a1b2c3d4e5f60718293a4b5c6d7e8f9/basic.ics';
const ICS = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
const none = { etag: null, lastModified: null };

/** A fetch that answers with `response` and records the request. */
function fakeFetch(response: Response | Error | 'hang') {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fn = ((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), headers: (init?.headers ?? {}) as Record<string, string> });
    if (response === 'hang') {
      return new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    }
    return response instanceof Error ? Promise.reject(response) : Promise.resolve(response);
  }) as typeof fetch;
  return { fn, calls };
}

async function failure(promise: Promise<unknown>): Promise<FeedFetchError> {
  const error: unknown = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(FeedFetchError);
  return error as FeedFetchError;
}

describe('normalizeFeedUrl', () => {
  it.each([
    ['webcal://p42-caldav.icloud.com/published/2/abc', 'https://p42-caldav.icloud.com/published/2/abc'],
    ['  webcals://example.com/a.ics ', 'https://example.com/a.ics'],
    ['WEBCAL://example.com/a.ics', 'https://example.com/a.ics'],
    ['example.com/cal.ics', 'https://example.com/cal.ics'],
    ['http://127.0.0.1:8080/feed.ics', 'http://127.0.0.1:8080/feed.ics'],
  ])('%s → %s', (input, expected) => expect(normalizeFeedUrl(input)).toBe(expected));

  it.each(['', 'ftp://example.com/a.ics', 'https://', 'mailto:someone@example.com'])('rejects %j with words', (input) => {
    expect(() => normalizeFeedUrl(input)).toThrow(FeedFetchError);
  });
});

describe('redactUrl', () => {
  it.each([
    [SECRET, 'https://calendar.google.com/calendar/ical/…/…/basic.ics'],
    ['https://outlook.office365.com/owa/calendar/0a1b2c3d4e5f@example.com/9f8e7d6c5b4a39281706/calendar.ics', 'https://outlook.office365.com/owa/calendar/…/…/calendar.ics'],
    ['https://example.com/feed.ics?token=abc', 'https://example.com/feed.ics?…'],
    ['webcal://example.com/team/calendar.ics', 'https://example.com/team/calendar.ics'],
    ['not a url', '(feed address)'],
  ])('%s → %s', (input, expected) => expect(redactUrl(input)).toBe(expected));
});

describe('fetchFeed', () => {
  it('downloads over https and returns the validators', async () => {
    const { fn, calls } = fakeFetch(new Response(ICS, { headers: { ETag: '"v1"', 'Last-Modified': 'Tue, 01 Dec 2026 10:00:00 GMT' } }));
    const fetched = await fetchFeed('webcal://example.com/a.ics', none, { fetch: fn });
    expect(fetched).toEqual({ kind: 'ok', text: ICS, etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' });
    expect(calls[0]?.url).toBe('https://example.com/a.ics');
    expect(calls[0]?.headers['If-None-Match']).toBeUndefined();
  });

  it('asks conditionally and reports 304 as not modified', async () => {
    const { fn, calls } = fakeFetch(new Response(null, { status: 304 }));
    const fetched = await fetchFeed(SECRET, { etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' }, { fetch: fn });
    expect(fetched).toEqual({ kind: 'not-modified' });
    expect(calls[0]?.headers).toMatchObject({ 'If-None-Match': '"v1"', 'If-Modified-Since': 'Tue, 01 Dec 2026 10:00:00 GMT' });
  });

  it.each([
    [404, 'The server answered 404: the feed address may have changed.'],
    [410, 'The server answered 410: the feed address may have changed.'],
    [401, 'The server answered 401: the feed is private or its secret address has changed. Copy the feed address again from your calendar.'],
    [503, 'The server answered 503: the calendar server has a problem right now. We will try again later.'],
  ])('says HTTP %i in words', async (status, message) => {
    const error = await failure(fetchFeed(SECRET, none, { fetch: fakeFetch(new Response('x', { status })).fn }));
    expect(error.message).toBe(message);
    expect(error.status).toBe(status);
  });

  it('names only the host when the server cannot be reached', async () => {
    const error = await failure(fetchFeed(SECRET, none, { fetch: fakeFetch(new TypeError('fetch failed')).fn }));
    expect(error.message).toBe('Could not reach calendar.google.com. Check your internet connection and the feed address.');
    expect(error.message).not.toContain('private-');
  });

  it('gives up after the timeout', async () => {
    const error = await failure(fetchFeed(SECRET, none, { fetch: fakeFetch('hang').fn, timeoutMs: 50 }));
    expect(error.message).toBe('calendar.google.com did not answer within 0 seconds. We will try again later.');
  });

  it('refuses a feed over the size cap, declared or streamed', async () => {
    const declared = new Response('x'.repeat(10), { headers: { 'Content-Length': '5000' } });
    expect((await failure(fetchFeed(SECRET, none, { fetch: fakeFetch(declared).fn, maxBytes: 1024 }))).message).toMatch(/larger than/);
    const streamed = new Response('x'.repeat(5000));
    expect((await failure(fetchFeed(SECRET, none, { fetch: fakeFetch(streamed).fn, maxBytes: 1024 }))).message).toMatch(/larger than/);
  });

  it('decodes the charset the server declares', async () => {
    const latin1 = new Response(new Uint8Array([0x53, 0x55, 0x4d, 0x3a, 0x53, 0xe9, 0x61, 0x6e, 0x63, 0x65]), {
      headers: { 'Content-Type': 'text/calendar; charset=windows-1252' },
    });
    const fetched = await fetchFeed(SECRET, none, { fetch: fakeFetch(latin1).fn });
    expect(fetched.kind === 'ok' && fetched.text).toBe('SUM:Séance');
  });

  it('recognises a sign-in page', async () => {
    const page = new Response('<!doctype html><title>Sign in</title>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    const error = await failure(fetchFeed(SECRET, none, { fetch: fakeFetch(page).fn }));
    expect(error.message).toMatch(/^This address returned a web page, not a calendar\./);
  });
});
