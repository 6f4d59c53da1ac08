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
    await expect.poll(() => popup.getByText('Demo', { exact: true }).count()).toBe(1);
    // Missed (ended an hour ago), fee at stake (in 20 h, 24 h notice), free to cancel (in 3 days).
    await expect.poll(() => popup.getByRole('heading', { name: 'Missed' }).count()).toBe(1);
    await expect.poll(() => popup.getByTestId('sessions').getByRole('listitem').count()).toBe(2);
    await expect.poll(() => popup.getByText('Cancelling now costs $80').count()).toBe(1);
    await expect.poll(() => popup.getByRole('button', { name: 'Send a message' }).count()).toBe(1);
    // The attendance history loads when opened.
    await popup.getByText('Your attendance').click();
    await expect.poll(() => popup.getByRole('region', { name: 'Attendance history' }).innerText()).toMatch(/Missed/);
    // The badge counts down to the sample session at stake; no red "!" for the sample missed one.
    const badge = await waitFor(() => ext.badge(), (b) => b.text !== '');
    expect(badge.text).toMatch(/^\d+h$/);
    expect(badge.title).toMatch(/^Demo calendar/);
  });
});

describe('adding a feed on the options page', () => {
  it('counts down to its deadline in the badge and the popup', async () => {
    // A session in 29 h 30 min: with 24 h notice, free cancellation ends in 5 h 30 min.
    // Whole seconds (what DTSTART holds), not minutes: rounding down to the minute could show 5 h 28 min.
    const start = Math.floor((Date.now() + 29.5 * HOUR) / 1000) * 1000;
    const server = await serveFeed([{ uid: 'weekly-1@clinic', title: 'Therapy with Dr Ana Lee', start }]);
    const ext = await launch();
    const options = await ext.open('options');

    await options.getByRole('button', { name: 'Add a therapist' }).click();
    await options.getByLabel('Name', { exact: true }).fill('Dr Ana Lee');
    await options.getByLabel('Name', { exact: true }).press('Tab');
    await options.getByLabel('Email', { exact: true }).fill('ana.lee@clinic.example');
    await options.getByLabel('Email', { exact: true }).press('Tab');

    await options.getByLabel('Feed address').fill(`${server.url}/calendar.ics?token=secret`);
    await options.getByLabel('Sessions in this feed').selectOption({ label: 'Every event is a session with Dr Ana Lee' });
    await options.getByRole('button', { name: 'Add feed' }).click();

    const badge = await waitFor(() => ext.badge(), (b) => b.text === '5h', 15_000);
    expect(badge.color).toEqual([168, 90, 0, 255]); // amber: under 24 h left
    expect(badge.title).toMatch(/^Free cancellation for .* with Dr Ana Lee ends in 5 h \(.+\)\./);

    // The demo calendar gave way to the user's own.
    const popup = await ext.open('popup');
    await expect.poll(() => popup.getByText('Therapy with Dr Ana Lee').count()).toBe(1);
    await expect.poll(() => popup.getByText('Demo', { exact: true }).count()).toBe(0);
    await expect.poll(() => popup.getByTestId('sessions').innerText()).toMatch(/5 h (29|30) min/);
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
    await options.getByRole('button', { name: 'Add a therapist' }).click();
    await options.getByLabel('Name', { exact: true }).fill('Sam');
    await options.getByLabel('Name', { exact: true }).press('Tab');
    for (const path of ['/good.ics', '/login', '/gone.ics']) {
      await options.getByLabel('Feed address').fill(`${server.url}${path}`);
      await options.getByLabel('Sessions in this feed').selectOption({ label: 'Every event is a session with Sam' });
      await options.getByRole('button', { name: 'Add feed' }).click();
      // A first fetch that fails is saved only when the client keeps it.
      if (path !== '/good.ics') await options.getByRole('button', { name: 'Keep it anyway' }).click();
      await expect.poll(() => options.getByLabel('Feed address').inputValue()).toBe('');
    }
    const alerts = options.getByRole('alert');
    await expect.poll(() => alerts.count(), { timeout: 15_000 }).toBe(2);
    const words = (await alerts.allInnerTexts()).join('\n');
    expect(words).toMatch(/web page|not a calendar/i);
    expect(words).toMatch(/404/);
    // The good feed still counts down.
    const badge = await waitFor(() => ext.badge(), (b) => b.text === '2d', 15_000);
    expect(badge.title).toContain('Sam');
  });
});
