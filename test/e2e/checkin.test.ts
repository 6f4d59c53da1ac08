import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, holds, launch, waitFor } from './harness';
import { icsFeed } from './ics';
import { seedFeed, serveFeed } from './seed';

// Issue 4 item 10: check-in in real Chromium, durable across a service-worker stop and a
// browser relaunch (the badge changing at a deadline is in deadline.test.ts).

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

afterEach(closeAll);

describe('check-in', () => {
  it('one click in the popup checks in; it survives a service-worker stop and a browser relaunch', async () => {
    // Starts in 5 minutes: the check-in window (15 minutes before) is open.
    const start = Math.floor((Date.now() + 5 * MINUTE) / 1000) * 1000;
    const server = await serveFeed([{ uid: 'weekly@clinic', title: 'Therapy session', start }]);
    let ext = await launch();
    await seedFeed(ext, { feedUrl: `${server.url}/feed.ics` });
    await waitFor(() => ext.badge(), (b) => b.text === 'IN', 15_000);

    const popup = await ext.open('popup');
    const checkIn = popup.getByRole('button', { name: /^Check in for / });
    await checkIn.click();
    const checked = await waitFor(() => ext.badge(), (b) => b.text === '✓');
    expect(checked.title).toContain('checked in');
    expect(checked.title).toContain('Dr Lee');

    // Undo is offered for a minute and really undoes.
    await popup.getByRole('button', { name: 'Undo' }).click();
    await waitFor(() => ext.badge(), (b) => b.text === 'IN');
    await checkIn.click();
    await waitFor(() => ext.badge(), (b) => b.text === '✓');
    await expect.poll(() => popup.getByText(/^Checked in at /).count()).toBe(1);

    // A stopped service worker: the check-in is in storage, not in memory.
    await popup.close();
    await ext.stopWorker();
    const afterStop = await ext.open('popup');
    await expect.poll(() => afterStop.getByText(/^Checked in at /).count()).toBe(1);
    await expect.poll(() => afterStop.getByRole('button', { name: /^Check in for / }).count()).toBe(0);
    // Read in the restarted worker, after it recomputed the badge from storage.
    expect((await ext.badge()).text).toBe('✓');
    await afterStop.close();

    // A relaunched browser on the same profile: the badge is blank at start, so this is the
    // background recomputing it from stored data at once.
    const profileDir = ext.profileDir;
    await ext.close();
    ext = await launch({ profileDir });
    const relaunched = await waitFor(() => ext.badge(), (b) => b.text !== '', 10_000);
    expect(relaunched.text).toBe('✓');
    const popup2 = await ext.open('popup');
    await expect.poll(() => popup2.getByText(/^Checked in at /).count()).toBe(1);
    await expect.poll(() => popup2.getByRole('button', { name: /^Check in for / }).count()).toBe(0);

    // A re-download of the feed keeps the occurrence's key, so the check-in stays attached.
    const requests = server.requests.length;
    await ext.send('syncNow', {});
    expect(server.requests.length).toBeGreaterThan(requests);
    expect((await ext.badge()).text).toBe('✓');
    await expect.poll(() => popup2.getByText(/^Checked in at /).count()).toBe(1);
  });

  it('[Join & check in] opens the video link and checks in', async () => {
    const start = Math.floor((Date.now() + 5 * MINUTE) / 1000) * 1000;
    const meet = 'https://meet.google.com/abc-defg-hij';
    const server = await serveFeed(() =>
      icsFeed([{ uid: 'video@clinic', title: 'Online session', start }]).replace('SUMMARY:', `URL:${meet}\r\nSUMMARY:`),
    );
    const ext = await launch();
    // The call itself, offline.
    await ext.context.route('https://meet.google.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Video call</title>' }),
    );
    await seedFeed(ext, { feedUrl: `${server.url}/feed.ics` });
    const popup = await ext.open('popup');
    const join = popup.getByRole('link', { name: 'Join & check in' });
    await expect.poll(() => join.count(), { timeout: 15_000 }).toBe(1);
    const [call] = await Promise.all([ext.context.waitForEvent('page'), join.click()]);
    await call.waitForLoadState();
    expect(call.url()).toBe(meet);
    await waitFor(() => ext.badge(), (b) => b.text === '✓');
  });
});

describe('reminders', () => {
  it('notifies before the deadline once, and not again after a restart', async () => {
    // 24 h notice, deadline in 90 minutes: the 2-hour reminder is due now.
    const start = Date.now() + 25.5 * HOUR;
    const server = await serveFeed([{ uid: 'remind@clinic', title: 'Therapy session', start }]);
    let ext = await launch();
    await seedFeed(ext, { feedUrl: `${server.url}/feed.ics` });
    const notifications = () =>
      ext.evaluate(async () => {
        const all = await chrome.notifications.getAll();
        return Object.keys(all);
      });
    const shown = await waitFor(notifications, (ids) => ids.length > 0, 15_000);
    expect(shown).toHaveLength(1);
    // Only the latest reminder that is due (2 h before), not the 24 h one as well.
    expect(shown[0]).toMatch(/^rem:deadline:2:\d+:clinic\|remind@clinic$/);
    const sent = await ext.stored<string[]>('remindersSent');
    expect(sent).toContain(shown[0]);

    // Dismissed, then the browser restarts: no second notification.
    await ext.evaluate(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
    });
    const profileDir = ext.profileDir;
    await ext.close();
    ext = await launch({ profileDir });
    await waitFor(() => ext.badge(), (b) => b.text !== '', 10_000);
    expect(await holds(notifications, (ids) => ids.length === 0, 1000)).toEqual([]);
  });
});
