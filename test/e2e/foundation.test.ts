import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, launch, serve, waitFor } from './harness';
import { icsFeed } from './ics';
import { serveFeed } from './seed';

const HOUR = 3_600_000;

afterEach(closeAll);

describe('a fresh profile', () => {
  it('shows the demo calendar in every state, labelled as a demo', async () => {
    const ext = await launch();
    const popup = await ext.open('popup');
    await expect.poll(() => popup.count({ text: 'Demo', exact: true })).toBe(1);
    // Missed (ended an hour ago), fee at stake (in 20 h, 24 h notice), free to cancel (in 3 days).
    await expect.poll(() => popup.count({ role: 'heading', name: 'Missed' })).toBe(1);
    await expect.poll(() => popup.count({ role: 'listitem', within: { testId: 'sessions' } })).toBe(2);
    await expect.poll(() => popup.count({ text: 'Canceling now costs $80' })).toBe(1);
    await expect.poll(() => popup.count({ role: 'button', name: 'Send a message' })).toBe(1);
    // The attendance history loads when opened.
    await popup.click({ text: 'Your attendance' });
    await expect
      .poll(() => popup.texts({ role: 'region', name: 'Attendance history' }))
      .toEqual([expect.stringMatching(/Missed/)]);
    // The badge counts down to the sample session at stake; no red "!" for the sample missed one.
    const badge = await waitFor(
      () => ext.badge(),
      (b) => b.text !== '',
    );
    expect(badge.text).toMatch(/^\d+h$/);
    expect(badge.title).toMatch(/^Demo calendar/);
    // Nothing opens by itself at install (Firefox opens a sidebar unless told not to).
    expect(await ext.sidePanels()).toBe(0);
  });
});

describe('adding a feed on the options page', () => {
  it("asks for the feed's host with a click and counts down to its deadline in the badge and the popup", async () => {
    // A session in 29 h 30 min: with 24 h notice, free cancellation ends in 5 h 30 min.
    // Whole seconds (what DTSTART holds), not minutes: rounding down to the minute could show 5 h 28 min.
    const start = Math.floor((Date.now() + 29.5 * HOUR) / 1000) * 1000;
    // On a port of its own: Firefox never matches a host permission that names a port.
    const server = await serveFeed([{ uid: 'weekly-1@clinic', title: 'Therapy with Dr Ana Lee', start }]);
    const ext = await launch();
    const options = await ext.open('options');

    await options.click({ role: 'button', name: 'Add a therapist' });
    await options.fill({ label: 'Name', exact: true }, 'Dr Ana Lee');
    await options.press('Tab');
    await options.fill({ label: 'Email', exact: true }, 'ana.lee@clinic.example');
    await options.press('Tab');

    await options.fill({ label: 'Feed address' }, `${server.url}/calendar.ics?token=secret`);
    await options.select({ label: 'Sessions in this feed' }, 'Every event is a session with Dr Ana Lee');
    await options.click({ role: 'button', name: 'Add feed' });

    const badge = await waitFor(
      () => ext.badge(),
      (b) => b.text === '5h',
      15_000,
    );
    expect(badge.color).toEqual([168, 90, 0, 255]); // amber: under 24 h left
    expect(badge.title).toMatch(/^Free cancellation for .* with Dr Ana Lee ends in 5 h \(.+\)\./);
    expect(await ext.hostPermissions()).toContain('http://127.0.0.1/*');

    // The demo calendar gave way to the user's own.
    const popup = await ext.open('popup');
    await expect.poll(() => popup.count({ text: 'Therapy with Dr Ana Lee' })).toBe(1);
    await expect.poll(() => popup.count({ text: 'Demo', exact: true })).toBe(0);
    await expect.poll(() => popup.text({ testId: 'sessions' })).toMatch(/5 h (29|30) min/);
    expect(server.requests.length).toBeGreaterThan(0);
  });

  it('says in words what went wrong with a broken feed and keeps the other sources', async () => {
    const server = await serve((req, res) => {
      if (req.url?.startsWith('/login')) {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><html><body><form>Sign in</form></body></html>');
      } else if (req.url?.startsWith('/gone')) {
        res.writeHead(404).end('Not found');
      } else {
        res.writeHead(200, { 'content-type': 'text/calendar' });
        res.end(icsFeed([{ uid: 'a@x', title: 'Therapy', start: Date.now() + 80 * HOUR }]));
      }
    });
    const ext = await launch();
    const options = await ext.open('options');
    await options.click({ role: 'button', name: 'Add a therapist' });
    await options.fill({ label: 'Name', exact: true }, 'Sam');
    await options.press('Tab');
    for (const path of ['/good.ics', '/login', '/gone.ics']) {
      await options.fill({ label: 'Feed address' }, `${server.url}${path}`);
      await options.select({ label: 'Sessions in this feed' }, 'Every event is a session with Sam');
      await options.click({ role: 'button', name: 'Add feed' });
      // A first fetch that fails is saved only when the client keeps it.
      if (path !== '/good.ics') await options.click({ role: 'button', name: 'Keep it anyway' });
      await expect.poll(() => options.value({ label: 'Feed address' })).toBe('');
    }
    await expect.poll(() => options.count({ role: 'alert' }), { timeout: 15_000 }).toBe(2);
    const words = (await options.texts({ role: 'alert' })).join('\n');
    expect(words).toMatch(/web page|not a calendar/i);
    expect(words).toMatch(/404/);
    // The good feed still counts down.
    const badge = await waitFor(
      () => ext.badge(),
      (b) => b.text === '2d',
      15_000,
    );
    expect(badge.title).toContain('Sam');
  });
});
