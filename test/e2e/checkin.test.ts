import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launch, removeProfile, serve, waitFor, type Extension, type TestServer } from './harness';
import { icsFeed, type TestEvent } from './ics';

// Issue 4 item 10: check-in in real Chromium, durable across a service-worker stop and a
// browser relaunch; the badge changes at a deadline with no user action.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
let ext: Extension | undefined;
let server: TestServer | undefined;

afterEach(async () => {
  await ext?.close();
  if (ext) removeProfile(ext.profileDir);
  await server?.close();
  ext = server = undefined;
});

async function feedServer(events: TestEvent[]): Promise<TestServer> {
  return serve((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' });
    res.end(icsFeed(events));
  });
}

/** Seeds a therapist (24 h notice, $80 fee) and the feed straight into storage, then syncs. */
async function addFeed(e: Extension, feedUrl: string): Promise<void> {
  const worker = e.context.serviceWorkers()[0] ?? e.worker;
  await worker.evaluate(async (url) => {
    const policy = {
      notice: { kind: 'hours', hours: 24 },
      businessDays: [1, 2, 3, 4, 5],
      holidays: [],
      timeZone: '',
      fee: { amount: 80, currency: 'USD' },
      graceMinutes: 15,
    };
    await chrome.storage.local.set({
      therapists: [
        { id: 't-lee', name: 'Dr Lee', email: 'lee@clinic.example', portalUrl: '', policy, keywords: [], organizerEmails: [], focus: [] },
      ],
      sources: [{ id: 'clinic', name: 'Clinic', kind: 'ics', url, therapistId: 't-lee' }],
    });
  }, feedUrl);
  const page = await e.open('popup');
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'syncNow', data: {} }));
  await page.close();
}

/**
 * Stops every service worker through CDP (`ServiceWorker.stopAllWorkers`) and waits until
 * Chromium reports the extension's as stopped. Playwright keeps listing the stopped worker
 * (and `evaluate` on it hangs), so afterwards the badge is read from an extension page.
 */
async function stopServiceWorker(e: Extension, page: Page): Promise<void> {
  const cdp = await e.context.newCDPSession(page);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${e.id}/`) && v.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/** The badge as an extension page reads it (does not need the service worker). */
async function badgeFrom(page: Page): Promise<{ text: string; color: number[]; title: string }> {
  return page.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
    title: await chrome.action.getTitle({}),
  }));
}

describe('check-in', () => {
  it('one click in the popup checks in; it survives a service-worker stop and a browser relaunch', async () => {
    // Starts in 5 minutes: the check-in window (15 minutes before) is open.
    const start = Math.floor((Date.now() + 5 * MINUTE) / 1000) * 1000;
    server = await feedServer([{ uid: 'weekly@clinic', title: 'Therapy session', start }]);
    ext = await launch();
    await addFeed(ext, `${server.url}/feed.ics`);
    await waitFor(() => ext!.badge(), (b) => b.text === 'IN', 15_000);

    const popup = await ext.open('popup');
    const checkIn = popup.getByRole('button', { name: 'Check in', exact: true });
    await checkIn.click();
    const checked = await waitFor(() => ext!.badge(), (b) => b.text === '✓');
    expect(checked.title).toContain('checked in');
    expect(checked.title).toContain('Dr Lee');

    // Undo is offered for a minute and really undoes.
    await popup.getByRole('button', { name: 'Undo' }).click();
    await waitFor(() => ext!.badge(), (b) => b.text === 'IN');
    await checkIn.click();
    await waitFor(() => ext!.badge(), (b) => b.text === '✓');
    await expect.poll(() => popup.getByText('Checked in', { exact: true }).count()).toBe(1);

    // A stopped service worker: the check-in is in storage, not in memory.
    await stopServiceWorker(ext, popup);
    await popup.close();
    const afterStop = await ext.open('popup');
    await expect.poll(() => afterStop.getByText('Checked in', { exact: true }).count()).toBe(1);
    await expect.poll(() => afterStop.getByRole('button', { name: 'Check in', exact: true }).count()).toBe(0);
    expect((await badgeFrom(afterStop)).text).toBe('✓');
    await afterStop.close();

    // A relaunched browser on the same profile: the badge is blank at start, so this is the
    // background recomputing it from stored data at once.
    const profileDir = ext.profileDir;
    await ext.close();
    ext = await launch({ profileDir });
    const relaunched = await waitFor(() => ext!.badge(), (b) => b.text !== '', 10_000);
    expect(relaunched.text).toBe('✓');
    const popup2 = await ext.open('popup');
    await expect.poll(() => popup2.getByText('Checked in', { exact: true }).count()).toBe(1);
    await expect.poll(() => popup2.getByRole('button', { name: 'Check in', exact: true }).count()).toBe(0);

    // A re-download of the feed keeps the occurrence's key, so the check-in stays attached.
    const requests = server.requests.length;
    await popup2.evaluate(() => chrome.runtime.sendMessage({ type: 'syncNow', data: {} }));
    expect(server.requests.length).toBeGreaterThan(requests);
    expect((await ext.badge()).text).toBe('✓');
    await expect.poll(() => popup2.getByText('Checked in', { exact: true }).count()).toBe(1);
  });

  it('[Join & check in] opens the video link and checks in', async () => {
    const start = Math.floor((Date.now() + 5 * MINUTE) / 1000) * 1000;
    const meet = 'https://meet.google.com/abc-defg-hij';
    server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' });
      res.end(icsFeed([{ uid: 'video@clinic', title: 'Online session', start }]).replace('SUMMARY:', `URL:${meet}\r\nSUMMARY:`));
    });
    ext = await launch();
    // The call itself, offline.
    await ext.context.route('https://meet.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Video call</title>' }),
    );
    await addFeed(ext, `${server.url}/feed.ics`);
    const popup = await ext.open('popup');
    const join = popup.getByRole('link', { name: 'Join & check in' });
    await expect.poll(() => join.count(), { timeout: 15_000 }).toBe(1);
    const [call] = await Promise.all([ext.context.waitForEvent('page'), join.click()]);
    await call.waitForLoadState();
    expect(call.url()).toBe(meet);
    await waitFor(() => ext!.badge(), (b) => b.text === '✓');
  });
});

describe('reminders', () => {
  it('notifies before the deadline once, and not again after a restart', async () => {
    // 24 h notice, deadline in 90 minutes: the 2-hour reminder is due now.
    const start = Date.now() + 25.5 * HOUR;
    server = await feedServer([{ uid: 'remind@clinic', title: 'Therapy session', start }]);
    ext = await launch();
    await addFeed(ext, `${server.url}/feed.ics`);
    const notifications = () =>
      ext!.evaluate(async () => {
        const all = await chrome.notifications.getAll();
        return Object.keys(all);
      });
    const shown = await waitFor(notifications, (ids) => ids.length > 0, 15_000);
    expect(shown).toHaveLength(1);
    // Only the latest reminder that is due (2 h before), not the 24 h one as well.
    expect(shown[0]).toMatch(/^rem:deadline:2:\d+:clinic\|remind@clinic$/);
    const sent = await ext.evaluate(async () => (await chrome.storage.local.get('remindersSent')).remindersSent as string[]);
    expect(sent).toContain(shown[0]);

    // Dismissed, then the browser restarts: no second notification.
    await ext.evaluate(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
    });
    const profileDir = ext.profileDir;
    await ext.close();
    ext = await launch({ profileDir });
    await waitFor(() => ext!.badge(), (b) => b.text !== '', 10_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect(await notifications()).toEqual([]);
  });
});

describe('the badge at a deadline', () => {
  it('changes at the deadline with no user action', { timeout: 150_000 }, async () => {
    // 24 h notice: the deadline is 70 s away.
    const deadline = Math.ceil((Date.now() + 70_000) / 1000) * 1000;
    server = await feedServer([{ uid: 'soon@clinic', title: 'Therapy session', start: deadline + 24 * HOUR }]);
    ext = await launch();
    await addFeed(ext, `${server.url}/feed.ics`);
    const before = await waitFor(() => ext!.badge(), (b) => b.text === '1m', 15_000);
    expect(before.color).toEqual([197, 34, 31, 255]); // red: under 2 h to the deadline
    expect(before.title).toMatch(/^Free cancellation for .* with Dr Lee ends in 1 min \(.+\)\. After that, cancelling costs \$80\.$/);

    // Watch from an extension page opened now: nothing the test does later wakes the worker.
    const watcher = await ext.open('popup');
    const seen: { at: number; text: string }[] = [];
    const until = deadline + 15_000;
    while (Date.now() < until) {
      const text = await watcher.evaluate(() => chrome.action.getBadgeText({}));
      if (seen[seen.length - 1]?.text !== text) seen.push({ at: Date.now(), text });
      if (text === '23h') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const after = seen.find((s) => s.text === '23h');
    expect(seen.map((s) => s.text)).toContain('<1m');
    expect(after, JSON.stringify(seen)).toBeDefined();
    expect(after!.at).toBeGreaterThanOrEqual(deadline - 500);
    expect(after!.at).toBeLessThan(deadline + 5_000);
    const locked = await watcher.evaluate(async () => ({
      color: await chrome.action.getBadgeBackgroundColor({}),
      title: await chrome.action.getTitle({}),
    }));
    expect(locked.color).toEqual([95, 99, 104, 255]); // neutral: time to the session
    expect(locked.title).toMatch(/with Dr Lee starts in 23 h\. Cancelling now costs \$80\.$/);
  });
});
