import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, launch, waitFor } from './harness';
import { seedFeed, serveFeed } from './seed';

// The badge changes at a deadline with no user action. In a file of its own:
// it mostly waits, so it runs beside the other files.

const HOUR = 3_600_000;

afterEach(closeAll);

describe('the badge at a deadline', () => {
  it('changes at the deadline with no user action', async () => {
    const ext = await launch();
    // 24 h notice: the deadline is 20 s away (set after the launch, so its time is not used up).
    const deadline = Math.ceil((Date.now() + 20_000) / 1000) * 1000;
    const server = await serveFeed([{ uid: 'soon@clinic', title: 'Therapy session', start: deadline + 24 * HOUR }]);
    await seedFeed(ext, { feedUrl: `${server.url}/feed.ics` });
    const before = await waitFor(
      () => ext.badge(),
      (b) => b.text === '<1m',
      15_000,
    );
    expect(before.color).toEqual([197, 34, 31, 255]); // red: under 2 h to the deadline
    expect(before.title).toMatch(
      /^Free cancellation for .* with Dr Lee ends in less than a minute \(.+\)\. After that, canceling costs \$80\.$/,
    );

    // Watched from an extension page, which reads the badge without waking Chromium's worker:
    // only the background's own alarm can change it.
    const watcher = await ext.open('popup');
    const seen = await watcher.evaluate(async (until) => {
      const changes: { at: number; text: string }[] = [];
      // Firefox's Manifest V2 build has `browser.browserAction`; Chromium's `chrome.action`.
      const action =
        (globalThis as unknown as { browser?: { browserAction: typeof chrome.action } }).browser?.browserAction ??
        chrome.action;
      while (Date.now() < until) {
        const text = await action.getBadgeText({});
        if (changes.at(-1)?.text !== text) changes.push({ at: Date.now(), text });
        if (text === '23h') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      return changes;
    }, deadline + 10_000);
    const after = seen.find((s) => s.text === '23h');
    expect(seen[0]?.text).toBe('<1m');
    expect(after, JSON.stringify(seen)).toBeDefined();
    expect(after!.at).toBeGreaterThanOrEqual(deadline - 500);
    expect(after!.at).toBeLessThan(deadline + 5_000);
    const locked = await ext.badge();
    expect(locked.color).toEqual([95, 99, 104, 255]); // neutral: time to the session
    expect(locked.title).toMatch(/with Dr Lee starts in 23 h\. Canceling now costs \$80\.$/);
  });
});
