import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type SendChannel, type Settings } from '../../lib/model/settings';
import type { Attendance } from '../../lib/model/attendance';
import type { SourceStatus } from '../../lib/sources/source';
import type { Therapist } from '../../lib/model/therapist';
import { calendarPage } from '../fixtures/gcal/page';
import { closeAll, serve, waitFor } from './harness';
import { settled } from './harness/a11y';
import { launchChromium as launch, type ChromiumExtension as Extension } from './harness/chromium/launch';
import { AddonWorld, junkFeed, manyEvents, writeFrom } from './data-helpers';
import { POLICY, seedFeed, serveFeed } from './seed';
import { KEPT_WARNINGS } from '../../lib/sources/kept-warnings';

// Stored data in real Chromium: no write lost between contexts, nothing stale shown as fresh
// after a stopped worker, oversized feeds refused beside a working one, garbage survived, backups.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const THERAPIST: Therapist = {
  id: 't-lee',
  name: 'Dr Lee',
  email: 'lee@clinic.example',
  portalUrl: '',
  policy: POLICY,
  keywords: [],
  organizerEmails: [],
  focus: [],
  language: 'en',
};

afterEach(closeAll);

/** Everything in storage.local, read from an extension page (does not need the worker). */
const storage = (page: Page) => page.evaluate(() => chrome.storage.local.get(null)) as Promise<Record<string, unknown>>;

/** Opens Google Calendar's fixture page with the add-on running; returns the add-on's world. */
async function calendar(ext: Extension): Promise<{ page: Page; addon: AddonWorld; errors: string[] }> {
  await ext.context.route('https://calendar.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: calendarPage({ events: [] }) }),
  );
  const page = await ext.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const { ready } = await AddonWorld.attach(page, ext.id);
  await page.goto('https://calendar.google.com/calendar/r');
  return { page, addon: await ready, errors };
}

describe('writes from every context at once', () => {
  it('200 trials of simultaneous writes from the popup, side panel, options page and calendar add-on lose nothing', async () => {
    const ext = await launch();
    await ext.store({ therapists: [THERAPIST] });
    const [popup, panel, options] = [await ext.open('popup'), await ext.open('sidepanel'), await ext.open('options')];
    const { addon, errors } = await calendar(ext);
    const channels: SendChannel[] = ['gmail', 'outlook', 'clipboard', 'mailto'];
    const lost: string[] = [];
    for (let i = 0; i < 200; i++) {
      const at = Date.now() + 40;
      const channel = channels[i % channels.length]!;
      await Promise.all([
        writeFrom(popup, 'checkIn', [`popup|${i}`, Date.now()], at),
        writeFrom(panel, 'resolve', [`panel|${i}`, 'sent', Date.now()], at),
        writeFrom(panel, 'updateSettings', [{ sendChannel: channel }], at),
        writeFrom(options, 'updateSettings', [{ checkInBeforeMinutes: i % 240 }], at),
        writeFrom(options, 'editTherapist', ['t-lee', { name: `Dr Lee ${i}`, focus: [`f${i}`] }], at),
        addon.write('checkIn', [`addon|${i}`, Date.now()], at),
      ]);
      const raw = await storage(popup);
      const attendance = raw.attendance as Attendance;
      const settings = raw.settings as Settings;
      const [therapist] = raw.therapists as Therapist[];
      if (!attendance.checkIns[`popup|${i}`]) lost.push(`${i}: popup check-in`);
      if (!attendance.checkIns[`addon|${i}`]) lost.push(`${i}: add-on check-in`);
      if (!attendance.resolutions[`panel|${i}`]) lost.push(`${i}: side-panel follow-up`);
      if (settings.sendChannel !== channel) lost.push(`${i}: send channel`);
      if (settings.checkInBeforeMinutes !== i % 240) lost.push(`${i}: check-in setting`);
      if (therapist?.name !== `Dr Lee ${i}` || therapist.focus.join() !== `f${i}`) lost.push(`${i}: therapist edit`);
    }
    expect(lost).toEqual([]);
    const attendance = (await storage(popup)).attendance as Attendance;
    expect(Object.keys(attendance.checkIns)).toHaveLength(400);
    expect(Object.keys(attendance.resolutions)).toHaveLength(200);
    expect(errors).toEqual([]);
  }, 240_000);

  it('real clicks: a check-in in the popup and settings and therapist edits on the options page, at once', async () => {
    const start = Math.floor((Date.now() + 5 * MINUTE) / 1000) * 1000;
    const server = await serveFeed([{ uid: 'weekly@clinic', title: 'Therapy session', start }]);
    const ext = await launch();
    await seedFeed(ext, { feedUrl: `${server.url}/feed.ics` });
    const popup = await ext.open('popup');
    const options = await ext.open('options');
    const checkIn = popup.getByRole('button', { name: /^Check in for / });
    await checkIn.waitFor();
    const opens = options.getByLabel('Check-in opens (minutes before a session)');
    await options.getByText('Dr Lee', { exact: true }).click();
    const name = options.getByLabel('Name', { exact: true });
    await name.waitFor();
    await opens.fill('30');
    await name.fill('Dr Robin Lee');
    // Each change is sent when its field is left (`change`), in the same moment as the click.
    await Promise.all([
      checkIn.click(),
      opens.evaluate((e) => e.dispatchEvent(new Event('change', { bubbles: true }))),
      name.evaluate((e) => e.dispatchEvent(new Event('change', { bubbles: true }))),
    ]);
    await waitFor(
      () => ext.badge(),
      (b) => b.text === '✓',
    );
    const raw = await waitFor(
      () => storage(popup),
      (r) =>
        (r.therapists as Therapist[])[0]?.name === 'Dr Robin Lee' &&
        (r.settings as Settings).checkInBeforeMinutes === 30,
    );
    expect(Object.keys((raw.attendance as Attendance).checkIns)).toEqual(['clinic|weekly@clinic']);
  });
});

describe('a service worker stopped during a sync', () => {
  it('never leaves stale data shown as fresh, and the next sync brings the new data', async () => {
    let version = 'A';
    const from = Date.now() + HOUR;
    const server = await serve((req, res) => {
      const etag = `"${version}"`;
      // Validators honoured: a stored ETag without its appointments would keep the old data for ever.
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        res.end();
        return;
      }
      // Big enough that a stop often lands inside the sync, small enough that the open popups
      // (each renders every session) keep the twelve trials within the test's time.
      const body = manyEvents(300, from, 60, `Version ${version}`);
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/calendar', etag });
        res.end(body);
      }, Math.random() * 150);
    });
    const ext = await launch();
    await seedFeed(ext, { feedUrl: `${server.url}/feed.ics`, therapist: { name: 'Dr Lee' } });
    const control = await ext.open('popup');
    const state = async () => {
      const raw = await storage(control);
      const appointments = raw['appointments:clinic'] as { title: string }[];
      return {
        title: appointments[0]?.title.split(' ').slice(0, 2).join(' '),
        lastSuccess: (raw['status:clinic'] as SourceStatus).lastSuccess,
      };
    };
    let before = await state();
    expect(before.title).toBe('Version A');
    const outcomes = { old: 0, new: 0 };
    for (let trial = 0; trial < 12; trial++) {
      version = version === 'A' ? 'B' : 'A';
      void control.evaluate(() => chrome.runtime.sendMessage({ type: 'syncNow', data: {} }).catch(() => undefined));
      await new Promise((r) => setTimeout(r, Math.random() * 700));
      await ext.stopWorker();
      const after = await state();
      if (after.title === before.title) {
        expect(after.lastSuccess, `trial ${trial}: old sessions with a new "last synced"`).toBe(before.lastSuccess);
        outcomes.old++;
      } else {
        expect(after.title).toBe(`Version ${version}`);
        expect(after.lastSuccess!).toBeGreaterThan(before.lastSuccess!);
        outcomes.new++;
      }
      // The next sync reaches the new version (no 304 on validators saved without their data).
      await ext.send('syncNow', {});
      before = await state();
      expect(before.title, `trial ${trial}: the next sync`).toBe(`Version ${version}`);
    }
    console.log(`worker stops: ${outcomes.old} left the old data and time, ${outcomes.new} the new`);
    expect(outcomes.old + outcomes.new).toBe(12);
  }, 180_000);
});

describe('feeds that cannot fit', () => {
  it('a 50,000-event feed and a 10 MB junk feed beside a normal one: the normal feed and check-ins work, the others are explained', async () => {
    const start = Math.floor((Date.now() + 5 * MINUTE) / 1000) * 1000;
    const big = manyEvents(50_000, Date.now() + HOUR, 3);
    const junk = junkFeed(10 * 1024 * 1024);
    const normal = (await serveFeed([{ uid: 'weekly@clinic', title: 'Therapy session', start }])).url;
    const server = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      res.end(req.url === '/big.ics' ? big : junk);
    });
    const ext = await launch();
    await ext.store({
      therapists: [THERAPIST],
      sources: [
        { id: 'clinic', name: 'Clinic', kind: 'ics', url: `${normal}/feed.ics`, therapistId: 't-lee' },
        { id: 'big', name: 'Work calendar', kind: 'ics', url: `${server.url}/big.ics`, therapistId: 't-lee' },
        { id: 'junk', name: 'Broken feed', kind: 'ics', url: `${server.url}/junk.ics`, therapistId: 't-lee' },
      ],
    });
    await ext.send('syncNow', {});
    const popup = await ext.open('popup');
    await popup.getByRole('button', { name: /^Check in for / }).click();
    await waitFor(
      () => ext.badge(),
      (b) => b.text === '✓',
    );
    const raw = await storage(popup);
    expect(Object.keys((raw.attendance as Attendance).checkIns)).toEqual(['clinic|weekly@clinic']);
    expect(raw['appointments:big']).toBeUndefined();
    const bytes = await popup.evaluate(() => chrome.storage.local.getBytesInUse(null));
    expect(bytes).toBeLessThan(1024 * 1024);

    const options = await ext.open('options');
    const card = (name: string) => options.getByTestId('source').filter({ hasText: name });
    await expect
      .poll(() => card('Work calendar').getByRole('alert').textContent())
      .toBe(
        'This calendar has more events than Session Keeper can keep (50,000 in the next four months), so its last saved ' +
          'sessions were kept. A calendar or feed with only your therapy sessions will fit.',
      );
    // Nothing in the junk feed is an event: it is explained by what could not be read (no quota words).
    const junkCard = card('Broken feed');
    await expect
      .poll(() => junkCard.locator('summary').textContent())
      .toBe(`${KEPT_WARNINGS} events could not be read`);
    const junkWords = await junkCard.textContent();
    console.log(`junk feed: ${junkWords?.slice(0, 400)}`);
    expect(junkWords).toMatch(/more problems like these were found\./);
    expect(junkWords).not.toMatch(/quota|kQuotaBytes|internet connection/i);
    await expect.poll(() => card('Clinic').textContent()).toContain('Last synced');
    expect(await card('Clinic').getByRole('alert').count()).toBe(0);
  }, 180_000);
});

describe('garbage in storage', () => {
  it('every page renders, the note names what was set aside, the editors and Remove work', async () => {
    const ext = await launch();
    await ext.store({
      therapists: [THERAPIST, { name: 'No id', policy: 'none' }],
      settings: 'not settings',
      sources: [
        { id: 'feed', kind: 'ics', name: 'Clinic feed', url: 'http://127.0.0.1:9/x.ics', therapistId: 't-lee' },
        42,
      ],
      attendance: { checkIns: { 'feed|old': { at: 5 }, 'feed|bad': 'yes' }, resolutions: [1, 2] },
      practiceLog: { at: 'never' },
    });
    const note = 'One therapist could not be read and was set aside.';
    for (const name of ['popup', 'sidepanel', 'options'] as const) {
      const page = await ext.open(name);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await expect.poll(() => page.getByText(note, { exact: true }).count(), { message: `${name}: the note` }).toBe(1);
      expect(await page.getByText('One calendar could not be read and was set aside.', { exact: true }).count()).toBe(
        1,
      );
      await expect.poll(() => page.getByText('Loading…').count(), { message: `${name}: still loading` }).toBe(0);
      await settled(page);
      expect(errors, name).toEqual([]);
      if (name !== 'options') await page.close();
    }
    const options = ext.context.pages().find((p) => p.url().endsWith('/options.html'))!;
    options.on('dialog', (d) => void d.accept());
    // The therapist editor works on the therapist that could be read.
    await options.getByText('Dr Lee', { exact: true }).click();
    const name = options.getByLabel('Name', { exact: true });
    await name.fill('Dr Robin Lee');
    await name.blur();
    await waitFor(
      () => ext.stored<Therapist[]>('therapists'),
      (t) => t?.some((x) => x.name === 'Dr Robin Lee') ?? false,
    );
    // The source list shows the readable calendar, and Remove removes it.
    await options.getByRole('button', { name: 'Remove Clinic feed' }).click();
    await waitFor(
      () => ext.stored<{ id: string }[]>('sources'),
      (s) => s?.length === 0,
    );
    await options.getByRole('button', { name: 'Remove Dr Robin Lee' }).click();
    await waitFor(
      () => ext.stored<Therapist[]>('therapists'),
      (t) => t?.length === 0,
    );
    // A check-in still lands on top of the garbled attendance record, which is kept aside.
    await writeFrom(options, 'checkIn', ['feed|x', Date.now()]);
    expect(Object.keys((await ext.stored<Attendance>('attendance'))!.checkIns).sort()).toEqual(['feed|old', 'feed|x']);
    expect(await ext.stored('setAside:attendance')).toEqual({
      checkIns: { 'feed|old': { at: 5 }, 'feed|bad': 'yes' },
      resolutions: [1, 2],
    });
  });
});

describe('backup', () => {
  it('save a backup, wipe, restore it through the file input with a preview: everything is back', async () => {
    const ext = await launch();
    await ext.store({
      therapists: [THERAPIST],
      settings: { ...DEFAULT_SETTINGS, clientName: 'Robin', sendChannel: 'gmail' },
      attendance: { checkIns: { 'clinic|a': { at: 1 } }, resolutions: { 'clinic|b': { kind: 'sent', at: 2 } } },
      practiceLog: [{ exerciseId: 'box-breathing', at: 3 }],
    });
    const options = await ext.open('options');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Save a backup' }).click(),
    ]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('Dr Lee');
    expect(download.suggestedFilename()).toMatch(/^session-keeper-backup-\d{4}-\d{2}-\d{2}\.json$/);

    await options.evaluate(() => chrome.storage.local.clear());
    await options.reload();
    await options
      .locator('input[type=file]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    const preview = options.getByRole('region', { name: 'Restoring backup.json would' });
    await expect
      .poll(() => preview.getByRole('listitem').allTextContents())
      .toEqual([
        '1 therapist added',
        '1 check-in added',
        '1 follow-up added',
        '1 practice entry added',
        'Your settings are replaced by the file’s',
      ]);
    await preview.getByRole('button', { name: 'Restore' }).click();
    await expect
      .poll(() => options.getByText('Restored from backup.json. Nothing that was here was removed.').count())
      .toBe(1);
    const raw = await storage(options);
    expect((raw.therapists as Therapist[]).map((t) => t.name)).toEqual(['Dr Lee']);
    expect(raw.settings).toMatchObject({ clientName: 'Robin', sendChannel: 'gmail' });
    expect(raw.attendance).toEqual({
      checkIns: { 'clinic|a': { at: 1 } },
      resolutions: { 'clinic|b': { kind: 'sent', at: 2 } },
    });
    expect(raw.practiceLog).toEqual([{ exerciseId: 'box-breathing', at: 3 }]);

    // A file that is not a backup changes nothing, in words.
    await options
      .locator('input[type=file]')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect
      .poll(() => options.getByRole('alert').textContent())
      .toBe('This file is not a Session Keeper backup (it is not JSON). Nothing was changed.');
    expect(await storage(options)).toEqual(raw);
  });
});

describe('the calendar add-on', () => {
  it('runs on a Google Calendar page with zero console errors', async () => {
    const ext = await launch();
    await ext.store({ therapists: [THERAPIST] });
    const { page, errors } = await calendar(ext);
    await settled(page);
    expect(errors).toEqual([]);
  });
});
