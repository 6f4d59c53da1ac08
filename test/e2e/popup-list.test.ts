import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, launch } from './harness';
import { seedFeed, serveFeed } from './seed';

// The popup's list: the next four sessions, the rest folded ("3 more") until opened. The popup
// works out only what it lists first (lib/sessions.ts, `sessionsAhead`), so these check that
// the fold and a reminder's link to a folded session still show every session.

const HOUR = 3_600_000;

afterEach(closeAll);

describe('the popup list', () => {
  it('shows the next four sessions, folds the rest, and unfolds for a link to a folded one', async () => {
    const first = Math.floor((Date.now() + 30 * HOUR) / 1000) * 1000;
    const events = Array.from({ length: 7 }, (_, i) => ({
      uid: `week${i}@clinic`,
      title: 'Therapy session',
      start: first + i * 168 * HOUR,
    }));
    const server = await serveFeed(events);
    const ext = await launch();
    await seedFeed(ext, { feedUrl: `${server.url}/feed.ics` });
    const upcoming = { role: 'region', name: 'Upcoming' } as const;
    const card = { role: 'listitem', within: upcoming } as const;

    const popup = await ext.open('popup');
    await popup.waitFor({ text: '3 more' }, 15_000);
    await expect.poll(() => popup.count(card)).toBe(4);
    await popup.click({ text: '3 more' });
    await expect.poll(() => popup.count(card)).toBe(7);
    await popup.screenshot(`screenshots/popup-list-${ext.browser}.png`);
    await popup.close();

    // A reminder's link to the last session opens the popup with the fold open.
    const linked = await ext.open('popup', `?session=${encodeURIComponent('clinic|week6@clinic')}`);
    await expect.poll(() => linked.count(card)).toBe(7);
    await linked.close();
    await server.close();
  });
});
