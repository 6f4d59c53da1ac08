import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchFeed, FeedFetchError, normalizeFeedUrl, redactUrl, type FetchFeedDeps } from './fetch-feed';
import type { RedirectTrail } from './redirect-words';
import type { WatchRedirects } from './watch-redirects';

const SECRET = 'https://calendar.google.com/calendar/ical/ann%40gmail.com/private-0a1b2c3d4e5f60718293a4b5c6d7e8f9/basic.ics';
const ICS = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
const none = { etag: null, lastModified: null };
const now = Date.parse('2026-12-01T13:30:00Z'); // 14:30 in Berlin

/** A fetch that answers with `response` and records the requests. */
function fakeFetch(response: Response | Error | 'hang' | ((url: string, init: RequestInit) => Response | Error)) {
  const calls: { url: string; init: RequestInit; headers: Record<string, string> }[] = [];
  const fn = ((input: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push({ url: String(input), init, headers: (init.headers ?? {}) as Record<string, string> });
    if (response === 'hang') {
      return new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    }
    const answer = typeof response === 'function' ? response(String(input), init) : response;
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  }) as typeof fetch;
  return { fn, calls };
}

const deps = (fetch: typeof globalThis.fetch, more: Partial<FetchFeedDeps> = {}): FetchFeedDeps => ({
  fetch,
  now,
  timeZone: 'Europe/Berlin',
  locale: 'en-GB',
  ...more,
});

async function failure(promise: Promise<unknown>): Promise<FeedFetchError> {
  const error: unknown = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(FeedFetchError);
  const fetchError = error as FeedFetchError;
  // Feed addresses hold secret tokens: no message may show one.
  expect(fetchError.message).not.toMatch(/private-|basic\.ics|feed\.ics|ann%40/);
  return fetchError;
}

/** A Response as the browser hands it over after redirects (`url` and `redirected` are read-only). */
function redirectedTo(url: string, body = ICS, init: ResponseInit = {}): Response {
  const response = new Response(body, init);
  Object.defineProperties(response, { url: { value: url }, redirected: { value: true } });
  return response;
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
  it('downloads over https, past the browser’s HTTP cache, and returns the validators', async () => {
    const { fn, calls } = fakeFetch(new Response(ICS, { headers: { ETag: '"v1"', 'Last-Modified': 'Tue, 01 Dec 2026 10:00:00 GMT' } }));
    const fetched = await fetchFeed('webcal://example.com/a.ics', none, deps(fn));
    expect(fetched).toEqual({ kind: 'ok', text: ICS, etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' });
    expect(calls[0]?.url).toBe('https://example.com/a.ics');
    expect(calls[0]?.init).toMatchObject({ cache: 'no-store', credentials: 'omit', redirect: 'follow' });
    expect(calls[0]?.headers['If-None-Match']).toBeUndefined();
  });

  it('asks conditionally with its own validators and reports 304 as not modified', async () => {
    const { fn, calls } = fakeFetch(new Response(null, { status: 304 }));
    const fetched = await fetchFeed(SECRET, { etag: '"v1"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT' }, deps(fn));
    expect(fetched).toEqual({ kind: 'not-modified' });
    expect(calls[0]?.init.cache).toBe('no-store');
    expect(calls[0]?.headers).toMatchObject({ 'If-None-Match': '"v1"', 'If-Modified-Since': 'Tue, 01 Dec 2026 10:00:00 GMT' });
  });

  it.each([
    [404, 'calendar.google.com answered 404: the feed address may have changed. Copy it again from your calendar.'],
    [410, 'calendar.google.com answered 410: the feed address may have changed. Copy it again from your calendar.'],
    [401, 'calendar.google.com answered 401: the feed is private or its secret address has changed. Copy the feed address again from your calendar.'],
    [429, 'calendar.google.com answered 429: too many requests for now. Session Keeper will try again later.'],
    [503, 'calendar.google.com answered 503: the calendar server has a problem right now. Session Keeper will try again later.'],
    [418, 'calendar.google.com answered 418: the feed could not be downloaded.'],
  ])('says HTTP %i in words', async (status, message) => {
    const error = await failure(fetchFeed(SECRET, none, deps(fakeFetch(new Response('x', { status })).fn)));
    expect(error.message).toBe(message);
    expect(error.status).toBe(status);
    expect(error.retryAt).toBeUndefined();
  });

  it.each<[number, string, number, string]>([
    [429, '120', now + 120_000, '14:32'],
    [503, 'Tue, 01 Dec 2026 14:04:00 GMT', Date.parse('2026-12-01T14:04:00Z'), '15:04'],
    [503, 'Wed, 02 Dec 2026 08:00:00 GMT', Date.parse('2026-12-02T08:00:00Z'), 'Wed 09:00'],
  ])('on %i with Retry-After %j waits until then, and says so', async (status, header, retryAt, shown) => {
    const answer = new Response('slow down', { status, headers: { 'Retry-After': header } });
    const error = await failure(fetchFeed(SECRET, none, deps(fakeFetch(answer).fn)));
    expect(error.retryAt).toBe(retryAt);
    expect(error.status).toBe(status);
    expect(error.message).toBe(
      `The calendar server (calendar.google.com) asked Session Keeper to wait until ${shown} before asking again; it will sync this calendar then.`,
    );
  });

  it('names only the host when the server cannot be reached', async () => {
    const error = await failure(fetchFeed(SECRET, none, deps(fakeFetch(new TypeError('fetch failed')).fn)));
    expect(error.message).toBe('Could not reach calendar.google.com. Check your internet connection and the feed address.');
  });

  it('gives up after the timeout', async () => {
    const error = await failure(fetchFeed(SECRET, none, deps(fakeFetch('hang').fn, { timeoutMs: 1500 })));
    expect(error.message).toBe('calendar.google.com did not answer within 2 seconds. Session Keeper will try again later.');
  });

  it('refuses a feed over the size cap, declared or streamed', async () => {
    const declared = new Response('x'.repeat(10), { headers: { 'Content-Length': '5000000' } });
    const cap = 1024 * 1024;
    expect((await failure(fetchFeed(SECRET, none, deps(fakeFetch(declared).fn, { maxBytes: cap })))).message).toBe(
      'The feed is larger than 1 MB, too large to read. A calendar with fewer past events, or one calendar per therapist, helps.',
    );
    const streamed = new Response('x'.repeat(cap + 1));
    expect((await failure(fetchFeed(SECRET, none, deps(fakeFetch(streamed).fn, { maxBytes: cap })))).message).toMatch(/^The feed is larger than 1 MB/);
  });

  it('decodes the charset the server declares', async () => {
    const latin1 = new Response(new Uint8Array([0x53, 0x55, 0x4d, 0x3a, 0x53, 0xe9, 0x61, 0x6e, 0x63, 0x65]), {
      headers: { 'Content-Type': 'text/calendar; charset=windows-1252' },
    });
    const fetched = await fetchFeed(SECRET, none, deps(fakeFetch(latin1).fn));
    expect(fetched.kind === 'ok' && fetched.text).toBe('SUM:Séance');
  });

  it('recognises a sign-in page, also at the end of a redirect', async () => {
    const page = () => new Response('<!doctype html><title>Sign in</title>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    for (const answer of [page(), redirectedTo('https://calendar.google.com/signin?continue=private-0a1b', '<html>', { headers: { 'Content-Type': 'text/html' } })]) {
      const error = await failure(fetchFeed(SECRET, none, deps(fakeFetch(answer).fn)));
      expect(error.message).toMatch(/^This address returned a web page, not a calendar\. It may be a sign-in page/);
    }
  });

  it('refuses an https → http downgrade that the browser followed', async () => {
    const error = await failure(fetchFeed(SECRET, none, deps(fakeFetch(redirectedTo('http://calendar.google.com/basic.ics')).fn)));
    expect(error.message).toMatch(/^calendar\.google\.com sends this calendar from a secure \(https\) address on to an insecure \(http\) one/);
  });

  describe('with the extension’s redirect watcher', () => {
    /** A watcher that reports `trail` for the one request it is asked about. */
    function watcher(trail: RedirectTrail) {
      const watched: string[] = [];
      let stopped = 0;
      const watch: WatchRedirects = (url) => {
        watched.push(url);
        return { trail: () => Promise.resolve(trail), stop: () => void stopped++ };
      };
      return { watch, watched, stopped: () => stopped };
    }

    it.each<[string, RedirectTrail, RegExp]>([
      ['another host', { hops: ['https://feeds.other.net/x.ics'], failure: null }, /^calendar\.google\.com sends this calendar on to feeds\.other\.net, and Session Keeper has permission to read only calendar\.google\.com\./],
      ['a loop', { hops: Array.from({ length: 20 }, () => SECRET), failure: 'too-many' }, /\(a redirect loop\)/],
      ['a file: address', { hops: [], failure: 'unsafe-scheme' }, /on to an address that is not on the web/],
    ])('explains a fetch that failed on %s, not as a connection problem', async (_name, trail, words) => {
      const { watch, watched, stopped } = watcher(trail);
      const { fn, calls } = fakeFetch(new TypeError('Failed to fetch'));
      const error = await failure(fetchFeed(SECRET, none, deps(fn, { watchRedirects: watch })));
      expect(error.message).toMatch(words);
      expect(error.message).not.toMatch(/internet connection/);
      expect(watched).toEqual([SECRET]);
      expect(stopped()).toBe(1);
      // The watcher saw it all: no second request.
      expect(calls).toHaveLength(1);
    });

    it('says “check your connection” when no redirect was seen', async () => {
      const { watch } = watcher({ hops: [], failure: null });
      const error = await failure(fetchFeed(SECRET, none, deps(fakeFetch(new TypeError('Failed to fetch')).fn, { watchRedirects: watch })));
      expect(error.message).toMatch(/^Could not reach calendar\.google\.com\./);
    });
  });

  it('without a watcher, an opaque redirect still tells that a redirect is the problem', async () => {
    const { fn, calls } = fakeFetch((_url, init) => {
      if (init.redirect === 'follow') return new TypeError('Failed to fetch');
      const opaque = new Response(null, { status: 200 });
      Object.defineProperty(opaque, 'type', { value: 'opaqueredirect' });
      return opaque;
    });
    const error = await failure(fetchFeed(SECRET, none, deps(fn)));
    expect(error.message).toMatch(/^calendar\.google\.com sends this calendar on to another address, which Session Keeper could not follow/);
    expect(calls.map((c) => [c.init.redirect, c.init.cache])).toEqual([['follow', 'no-store'], ['manual', 'no-store']]);
  });
});

describe('fetchFeed against a real HTTP server', () => {
  let close: (() => Promise<void>) | null = null;
  afterEach(async () => {
    await close?.();
    close = null;
  });

  async function serve(handler: (req: IncomingMessage, res: ServerResponse, base: string) => void) {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      handler(req, res, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    close = () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
    return { base: `http://127.0.0.1:${port}`, port, requests };
  }

  const redirect = (res: ServerResponse, location: string, status = 301) => {
    res.writeHead(status, { Location: location });
    res.end();
  };

  it('follows a redirect on the same host', async () => {
    const { base, requests } = await serve((req, res) => {
      if (req.url === '/old.ics') return redirect(res, '/new.ics');
      res.writeHead(200, { 'Content-Type': 'text/calendar', ETag: '"n"' });
      res.end(ICS);
    });
    expect(await fetchFeed(`${base}/old.ics`, none, deps(fetch))).toEqual({ kind: 'ok', text: ICS, etag: '"n"', lastModified: null });
    expect(requests).toEqual(['/old.ics', '/new.ics']);
  });

  it('names both hosts when the feed moved to another one', async () => {
    const { base, port } = await serve((req, res) => {
      if (req.url === '/feed.ics') return redirect(res, `http://localhost:${port}/feed.ics`, 302);
      res.end(ICS);
    });
    const error = await failure(fetchFeed(`${base}/feed.ics`, none, deps(fetch)));
    expect(error.message).toMatch(new RegExp(`^127\\.0\\.0\\.1:${port} sends this calendar on to localhost:${port}, and Session Keeper has permission to read only 127\\.0\\.0\\.1:${port}\\.`));
  });

  it('explains a redirect loop, and follows the fixed server on the next try', async () => {
    let fixed = false;
    const { base, requests } = await serve((req, res) => {
      if (!fixed) return redirect(res, req.url === '/feed.ics' ? '/again.ics' : '/feed.ics');
      res.end(ICS);
    });
    const error = await failure(fetchFeed(`${base}/feed.ics`, none, deps(fetch)));
    expect(error.message).toMatch(/^127\.0\.0\.1:\d+ keeps sending Session Keeper from one address to another .*\(a redirect loop\)/);
    fixed = true;
    const before = requests.length;
    expect((await fetchFeed(`${base}/feed.ics`, none, deps(fetch))).kind).toBe('ok');
    expect(requests.length).toBe(before + 1);
  });

  it('refuses a redirect to a file on this computer', async () => {
    const { base } = await serve((_req, res) => redirect(res, 'file:///etc/passwd', 302));
    const error = await failure(fetchFeed(`${base}/feed.ics`, none, deps(fetch)));
    expect(error.message).toMatch(/^127\.0\.0\.1:\d+ sends this calendar on to a file: address, which Session Keeper does not open/);
  });

  it('waits as a real 429 with Retry-After asks', async () => {
    const { base } = await serve((_req, res) => {
      res.writeHead(429, { 'Retry-After': '600' });
      res.end();
    });
    const error = await failure(fetchFeed(`${base}/feed.ics`, none, deps(fetch)));
    expect(error.retryAt).toBe(now + 600_000);
    expect(error.message).toMatch(/asked Session Keeper to wait until 14:40 /);
  });
});
