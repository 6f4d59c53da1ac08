import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, holds, launch, waitFor } from './harness';
import { icsFeed } from './ics';
import { seedFeed, serveFeed } from './seed';

// Check-in in a real browser, durable across a stopped background and a browser restart (the
// badge changing at a deadline is in deadline.test.ts).

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

afterEach(closeAll);

describe('check-in', () => {
  it('one click in the popup checks in; it survives a stopped background and a browser restart', async () => {
    // Starts in 5 minutes: the check-in window (15 minutes before) is open.
    const start = Math.floor((Date.now() + 5 * MINUTE) / 1000) * 1000;
    const server = await serveFeed([{ uid: 'weekly@clinic', title: 'Therapy session', start }]);
    let ext = await launch();
    await seedFeed(ext, { feedUrl: `${server.url}/feed.ics` });
    await waitFor(
      () => ext.badge(),
      (b) => b.text === 'IN',
      15_000,
    );

    const popup = await ext.open('popup');
    const checkIn = { role: 'button', name: /^Check in for / } as const;
    await popup.click(checkIn);
    const checked = await waitFor(
      () => ext.badge(),
      (b) => b.text === '✓',
    );
    expect(checked.title).toContain('checked in');
    expect(checked.title).toContain('Dr Lee');

    // Undo is offered for a minute and really undoes.
    await popup.click({ role: 'button', name: 'Undo' });
    await waitFor(
      () => ext.badge(),
      (b) => b.text === 'IN',
    );
    await popup.click(checkIn);
    await waitFor(
      () => ext.badge(),
      (b) => b.text === '✓',
    );
    await expect.poll(() => popup.count({ text: /^Checked in at / })).toBe(1);
    await popup.close();

    // A stopped background (Chromium's service worker; Firefox keeps its background page
    // running): the check-in is in storage, not in memory.
    if (ext.stopBackground) {
      await ext.stopBackground();
      const afterStop = await ext.open('popup');
      await expect.poll(() => afterStop.count({ text: /^Checked in at / })).toBe(1);
      await expect.poll(() => afterStop.count(checkIn)).toBe(0);
      // Read in the restarted worker, after it recomputed the badge from storage.
      expect((await ext.badge()).text).toBe('✓');
      await afterStop.close();
    }

    // A restarted browser on the same profile: the badge is blank at start, so this is the
    // background recomputing it from stored data at once.
    ext = await ext.restart();
    const relaunched = await waitFor(
      () => ext.badge(),
      (b) => b.text !== '',
      10_000,
    );
    expect(relaunched.text).toBe('✓');
    const popup2 = await ext.open('popup');
    await expect.poll(() => popup2.count({ text: /^Checked in at / })).toBe(1);
    await expect.poll(() => popup2.count(checkIn)).toBe(0);

    // A re-download of the feed keeps the occurrence's key, so the check-in stays attached.
    const requests = server.requests.length;
    await ext.send('syncNow', {});
    expect(server.requests.length).toBeGreaterThan(requests);
    expect((await ext.badge()).text).toBe('✓');
    await expect.poll(() => popup2.count({ text: /^Checked in at / })).toBe(1);
  });

  it('[Join & check in] opens the video link and checks in', async () => {
    const start = Math.floor((Date.now() + 5 * MINUTE) / 1000) * 1000;
    const meet = 'https://meet.google.com/abc-defg-hij';
    const server = await serveFeed(() =>
      icsFeed([{ uid: 'video@clinic', title: 'Online session', start }]).replace('SUMMARY:', `URL:${meet}\r\nSUMMARY:`),
    );
    const ext = await launch();
    // The call itself, offline.
    await ext.route('https://meet.google.com/', { contentType: 'text/html', body: '<title>Video call</title>' });
    await seedFeed(ext, { feedUrl: `${server.url}/feed.ics` });
    const popup = await ext.open('popup');
    const join = { role: 'link', name: 'Join & check in' } as const;
    await expect.poll(() => popup.count(join), { timeout: 15_000 }).toBe(1);
    await popup.click(join);
    await waitFor(
      () => ext.tabUrls(),
      (urls) => urls.includes(meet),
    );
    await waitFor(
      () => ext.badge(),
      (b) => b.text === '✓',
    );
  });
});

describe('reminders', () => {
  it('notifies before the deadline once, and not again after a restart', async () => {
    // 24 h notice, deadline in 90 minutes: the 2-hour reminder is due now.
    const start = Date.now() + 25.5 * HOUR;
    const server = await serveFeed([{ uid: 'remind@clinic', title: 'Therapy session', start }]);
    let ext = await launch();
    await seedFeed(ext, { feedUrl: `${server.url}/feed.ics` });
    const shown = await waitFor(
      () => ext.notifications(),
      (ids) => ids.length > 0,
      15_000,
    );
    expect(shown).toHaveLength(1);
    // Only the latest reminder that is due (2 h before), not the 24 h one as well.
    expect(shown[0]).toMatch(/^rem:deadline:2:\d+:clinic\|remind@clinic$/);
    const sent = await ext.stored<string[]>('remindersSent');
    expect(sent).toContain(shown[0]);

    // Firefox has no notification buttons ("Keep it", "Reschedule" in Chrome): a click on the
    // reminder shows its session, where [Reschedule] is one click away. (Chromium: automation
    // cannot click a notification; its click handler is tested in lib/background/reminders.test.ts.)
    if (ext.clickNotification) {
      await ext.clickNotification('Free cancellation ends in');
      const key = 'clinic|remind@clinic';
      const shownAt = `moz-extension://${ext.id}/popup.html?session=${encodeURIComponent(key)}`;
      await waitFor(
        () => ext.tabUrls(),
        (urls) => urls.includes(shownAt),
      );
      const popup = await ext.open('popup', `?session=${encodeURIComponent(key)}`);
      await expect.poll(() => popup.count({ role: 'button', name: 'Reschedule' })).toBe(1);
      await popup.close();
    }

    // Dismissed, then the browser restarts: no second notification.
    await ext.clearNotifications();
    ext = await ext.restart();
    await waitFor(
      () => ext.badge(),
      (b) => b.text !== '',
      10_000,
    );
    expect(
      await holds(
        () => ext.notifications(),
        (ids) => ids.length === 0,
        1000,
      ),
    ).toEqual([]);
  });
});
