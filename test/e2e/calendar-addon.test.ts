import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { instanceSuffix } from '../../lib/gcal-page/event-id';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import {
  DAY,
  HOUR,
  MIN,
  event,
  markerLabel,
  minute,
  serveCalendar,
  sources,
  storeSessions,
  stripButton,
  stripCount,
  stripText,
  therapist,
  inAddonWorld,
  watchErrors,
  type Session,
} from './gcal-page';
import { closeAll, waitFor } from './harness';
import { screenshot, settled } from './harness/a11y';
import { launchChromium as launch, type ChromiumExtension as Extension } from './harness/chromium/launch';

// The add-on on a fake Google Calendar page served at calendar.google.com.

afterEach(closeAll);

async function openCalendar(
  events: Session[],
  options: {
    dark?: boolean;
    filler?: number;
    churn?: boolean;
    path?: string;
    stored?: Record<string, unknown>;
    storedOnly?: Session[];
  } = {},
): Promise<{ ext: Extension; page: Page; errors: string[] }> {
  const ext = await launch();
  await storeSessions(ext, [...events, ...(options.storedOnly ?? [])], options.stored);
  await serveCalendar(ext, { events: events.map((e) => e.page), ...options });
  await ext.context.route('https://mail.google.com/**', (route) => route.fulfill({ status: 200, body: 'Gmail' }));
  const page = await ext.context.newPage();
  const errors = await watchErrors(page);
  await page.goto(`https://calendar.google.com${options.path ?? '/calendar/r'}`);
  return { ext, page, errors };
}

const chip = (page: Page, s: Session) => page.locator(`div[data-eventchip][data-eventid="${s.page.eventId}"]`);
const poll = (page: Page) => expect.poll(() => stripText(page));

/** Clicks a strip button where a person would. */
async function clickStrip(page: Page, name: string): Promise<void> {
  const at = await waitFor(
    () => stripButton(page, name),
    (b) => b !== null,
  );
  await page.mouse.click(at!.x, at!.y);
}

/** An instance of a weekly Google series in its check-in window (starts in 5 min). */
function openInstance(): Session {
  const start = minute() + 5 * MIN;
  const eventId = `k3lh2ab9cd_${instanceSuffix(start)}`;
  return event(
    { eventId, title: 'Therapy with Dr Robin Lee', start, day: 1, top: 20, recurrence: 'Weekly' },
    { sourceId: 'gcal', uid: 'k3lh2ab9cd@google.com', recurring: true, googleEventId: eventId },
  );
}

describe('the strip in the event popup', () => {
  it('follows the popup: recurring instance, reuse, re-render, quick-create, other events; checks in', async () => {
    const open = openInstance();
    const soon = event(
      { eventId: 'p8s6ka0f3m', title: 'Therapy with Dr Robin Lee', start: minute() + 30 * HOUR, day: 2, top: 80 },
      { sourceId: 'gcal', uid: 'p8s6ka0f3m@google.com', googleEventId: 'p8s6ka0f3m' },
    );
    // From the clinic's feed, subscribed to in Google as well: Google's id says nothing.
    const fromFeed = event(
      { eventId: 'r4nd0m1d9x', title: 'CBT with Dr Robin Lee', start: minute() + 3 * DAY + 2 * HOUR, day: 4, top: 140 },
      { sourceId: 'feed', uid: 'cbt-42@clinic.example' },
    );
    const lunch = event(
      { eventId: 'lunch4x8q2', title: 'Lunch with Alex', start: minute() + 2 * HOUR, day: 3, top: 200 },
      null,
    );
    const { ext, page, errors } = await openCalendar([open, soon, fromFeed, lunch]);

    // Grid markers: only the session whose free cancellation ends within 48 h.
    await expect.poll(() => markerLabel(page, soon.page.eventId)).toMatch(/^Free cancellation ends in (5|6) h \(/);
    await screenshot(chip(page, soon), 'calendar-chip-marker');
    for (const other of [open, fromFeed, lunch]) expect(await markerLabel(page, other.page.eventId)).toBeNull();

    // A recurring instance from Google: the strip, as a direct child of the dialog.
    await chip(page, open).click();
    await poll(page).toMatch(/Check-in is open/);
    expect(await stripText(page)).toMatch(/Session in [2-5] min · no-show fee \$80/);

    // Google re-renders the inner section: the strip stays, once.
    expect(
      await page.evaluate(() => (window as unknown as { fixture: { rerender(): boolean } }).fixture.rerender()),
    ).toBe(true);
    await settled(page);
    expect(await stripCount(page)).toBe(1);
    expect(await stripText(page)).toMatch(/Check-in is open/);

    // The popup is reused for another session: the strip follows.
    await chip(page, soon).click();
    await poll(page).toMatch(/Free to cancel until .+\s+(5|6) h \d+ min left · after that, canceling costs \$80/);
    expect(await stripCount(page)).toBe(1);

    // [Reschedule] composes the request in the client's channel (Gmail here).
    const [compose] = await Promise.all([ext.context.waitForEvent('page'), clickStrip(page, 'Reschedule')]);
    await compose.waitForURL(/^https:\/\/mail\.google\.com\//);
    const gmail = new URL(compose.url());
    expect(gmail.searchParams.get('to')).toBe('robin.lee@clinic.example');
    expect(gmail.searchParams.get('body')).toContain('Robin');
    await compose.close();
    await page.bringToFront();

    // …for an event that is not a session: no strip, though the popup stays open.
    await chip(page, lunch).click();
    await expect.poll(() => stripCount(page)).toBe(0);
    expect(await page.locator('#xDetDlg').count()).toBe(1);

    // A session from an ICS feed, matched by title and the popup's date and time.
    await chip(page, fromFeed).click();
    await poll(page).toMatch(/Free to cancel until/);

    // Closed: gone.
    await page.keyboard.press('Escape');
    await expect.poll(() => stripCount(page)).toBe(0);

    // Quick-create (an empty slot), even when it carries a session's id: left alone.
    await page
      .locator('[role="gridcell"]')
      .nth(5)
      .click({ position: { x: 20, y: 280 } });
    await expect.poll(() => page.getByLabel('Add title').count()).toBe(1);
    await page.evaluate(
      (id) => (window as unknown as { fixture: { openQuickCreate(id: string): void } }).fixture.openQuickCreate(id),
      open.page.eventId,
    );
    await settled(page);
    expect(await stripCount(page)).toBe(0);
    await page.keyboard.press('Escape');

    // Back to the session in its check-in window.
    await chip(page, open).click();
    await poll(page).toMatch(/Check-in is open/);
    await screenshot(page.locator('[role="dialog"]'), 'calendar-strip-light');

    // Keyboard: Tab from the popup's last link reaches the strip's button; Google's "c"
    // shortcut does not fire from inside it; Enter checks in.
    const badgeBefore = await waitFor(
      () => ext.badge(),
      (b) => b.text !== '' && b.text !== '!',
    );
    await page.getByRole('link', { name: 'Join with Google Meet' }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await stripButton(page, 'Check in'))?.focused).toBe(true);
    await page.keyboard.press('c');
    expect(await page.getByLabel('Add title').count()).toBe(0);
    await page.keyboard.press('Enter');

    await poll(page).toMatch(/You’re checked in/);
    // Focus stays in the strip, on Undo.
    await expect.poll(async () => (await stripButton(page, 'Undo'))?.focused).toBe(true);
    const badgeAfter = await waitFor(
      () => ext.badge(),
      (b) => b.text !== badgeBefore.text,
    );
    expect(badgeAfter.text).not.toBe(badgeBefore.text);
    const stored = await ext.evaluate(() => chrome.storage.local.get('attendance'));
    expect(Object.keys((stored.attendance as { checkIns: object }).checkIns)).toEqual([open.appointment!.key]);

    // Undo (for a minute): the check-in goes, focus returns to Check in.
    await page.keyboard.press('Enter');
    await poll(page).toMatch(/Check-in is open/);
    await expect.poll(async () => (await stripButton(page, 'Check in'))?.focused).toBe(true);
    await waitFor(
      () => ext.badge(),
      (b) => b.text === badgeBefore.text,
    );

    // Grid markers are a setting: turned off, they go.
    expect(await markerLabel(page, soon.page.eventId)).not.toBeNull();
    await ext.store({ settings: { ...DEFAULT_SETTINGS, gridMarkers: false } });
    await expect.poll(() => markerLabel(page, soon.page.eventId)).toBeNull();
    expect(errors).toEqual([]);
  });
});

describe('the add-on asks the background', () => {
  it('answers with the worker stopped, and follows a check-in made in the toolbar popup', async () => {
    const open = openInstance();
    const { ext, page, errors } = await openCalendar([open]);
    // Chrome stops an idle worker: a page loaded then asks, and that starts it again.
    await ext.stopWorker();
    await page.reload();
    await chip(page, open).click();
    await poll(page).toMatch(/Check-in is open/);

    // The toolbar popup checks in (its write, from an extension page): the strip follows.
    await ext.send('write', { name: 'checkIn', args: [open.appointment!.key, Date.now()] });
    await poll(page).toMatch(/You’re checked in/);
    expect(await stripButton(page, 'Check in')).toBeNull();
    expect(errors).toEqual([]);
  });
});

describe('a month of weekly sessions among 500 chips, with Google-like churn', () => {
  const name = 'Dr Ana Ortiz';
  const week = (k: number) => minute() + DAY + 2 * HOUR + k * 7 * DAY;
  // Five weekly sessions of one title from a feed (matched by title and date) and from Google
  // (by event id): each popup must show its own session.
  const feed = [0, 1, 2, 3, 4].map((k) =>
    event(
      { eventId: `z9feed${k}xq`, title: 'CBT session', start: week(k), day: 2, top: 20 + 50 * k },
      { sourceId: 'feed', uid: `cbt-weekly-${k}@clinic.example` },
    ),
  );
  const google = [0, 1, 2, 3, 4].map((k) => {
    const id = `w33kly9q_${instanceSuffix(week(k) + 3 * HOUR)}`;
    return event(
      {
        eventId: id,
        title: 'Weekly therapy',
        start: week(k) + 3 * HOUR,
        day: 3,
        top: 20 + 50 * k,
        recurrence: 'Weekly',
      },
      { sourceId: 'gcal', uid: 'w33kly9q@google.com', recurring: true, googleEventId: id },
    );
  });
  const stored = { therapists: [{ ...therapist, name }] };
  // What only the add-on knows, which Google's page must never be able to read.
  const secrets = [
    name,
    'Ortiz',
    '$80',
    'US$80',
    'Free to cancel',
    'canceling costs',
    'Free cancellation',
    'Check-in is open',
  ];

  it('gives every session its own strip and marker; the page can read none of it; no errors', async () => {
    const { page, errors } = await openCalendar([...feed, ...google], { filler: 490, churn: true, stored });
    await page.evaluate(() => {
      (window as unknown as { seen: unknown[] }).seen = [];
      window.addEventListener('message', (e) => (window as unknown as { seen: unknown[] }).seen.push(e.data));
    });
    expect(await page.locator('div[data-eventchip]').count()).toBe(500);

    // Markers: the first week's sessions (free cancellation ends within 48 h), no others.
    for (const s of [feed[0]!, google[0]!])
      await expect.poll(() => markerLabel(page, s.page.eventId)).toMatch(/^Free cancellation ends in \d+ h \(/);
    for (const s of [...feed.slice(1), ...google.slice(1)]) expect(await markerLabel(page, s.page.eventId)).toBeNull();

    for (const [k, s] of [...feed.entries(), ...google.entries()]) {
      // Opened as a click would (chips overlap in a full month, and churn replaces them).
      await page.evaluate(
        (id) => (window as unknown as { fixture: { openEvent(id: string): void } }).fixture.openEvent(id),
        s.page.eventId,
      );
      // Its own countdown: week k is 7k days further away.
      const left = k === 0 ? /\d+ h \d+ min left/ : new RegExp(`${7 * k} days( \\d+ h)? left`);
      await poll(page).toMatch(left);
      expect(await stripText(page)).toContain(name);
      expect(await stripCount(page)).toBe(1);
    }

    // The page's own world: no trace of the therapist, the fee or the state anywhere in its DOM.
    const visible = await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        html: document.documentElement.outerHTML,
        text: document.body.innerText,
        attributes: all.flatMap((el) => [...el.attributes].map((a) => a.value)).join('\n'),
        openShadowRoots: all.filter((el) => el.shadowRoot !== null).length,
        messages: (window as unknown as { seen: unknown[] }).seen,
      };
    });
    for (const secret of secrets) {
      expect(visible.html).not.toContain(secret);
      expect(visible.text).not.toContain(secret);
      expect(visible.attributes).not.toContain(secret);
    }
    expect(visible.openShadowRoots).toBe(0);
    expect(visible.messages).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('sessions the page cannot tell apart by its own words', () => {
  // One date a year apart: Google leaves the current year out of the popup, so both fit.
  const first = minute() + 2 * DAY;
  const next = new Date(first);
  next.setFullYear(next.getFullYear() + 1);
  const when = `${new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric' }).format(first)} ⋅ ${new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' }).format(first)}`;
  const a = event(
    { eventId: 'annual7a1', title: 'Annual review', start: first, day: 1, top: 20, when },
    { sourceId: 'feed', uid: 'annual-a@clinic.example' },
  );
  const b = event(
    { eventId: 'annual7a1', title: 'Annual review', start: next.getTime(), day: 1, top: 20, when },
    { sourceId: 'feed', uid: 'annual-b@clinic.example' },
  );
  const path = (t: number) => {
    const d = new Date(t);
    return `/calendar/r/week/${d.getFullYear()}/${d.getMonth() + 1}/${d.getDate()}`;
  };

  it('shows the one nearest the week the grid shows', async () => {
    const { page } = await openCalendar([a], { storedOnly: [b], path: path(next.getTime()) });
    await chip(page, a).click();
    await poll(page).toMatch(/36[4-6] days/);
    await page.goto(`https://calendar.google.com${path(first)}`);
    await chip(page, a).click();
    await poll(page).toMatch(/Free to cancel until .+\s+(1 day|23 h \d+ min) left/);
  });

  it('shows none when two are as near', async () => {
    const twin = event(
      { eventId: 'annual7a1', title: 'Annual review', start: first, day: 1, top: 20, when },
      { sourceId: 'feed2', uid: 'annual-twin@other.example' },
    );
    const { page } = await openCalendar([a], {
      storedOnly: [twin],
      stored: {
        sources: [
          ...sources,
          { id: 'feed2', kind: 'ics', name: 'Other feed', url: 'http://127.0.0.1:9/other.ics', therapistId: 't1' },
        ],
      },
    });
    await chip(page, a).click();
    await expect.poll(() => page.locator('#xDetDlg').count()).toBe(1);
    await settled(page);
    expect(await stripCount(page)).toBe(0);
  });
});

describe('a missed session in the popup', () => {
  it('offers [Send a message], which opens the side panel; dark theme', async () => {
    const start = minute() - 2 * HOUR;
    const missed = event(
      {
        eventId: `m1ssedab12_${instanceSuffix(start)}`,
        title: 'Therapy with Dr Robin Lee',
        start,
        day: 0,
        top: 20,
        recurrence: 'Weekly',
      },
      {
        sourceId: 'gcal',
        uid: 'm1ssedab12@google.com',
        recurring: true,
        googleEventId: `m1ssedab12_${instanceSuffix(start)}`,
      },
    );
    const { ext, page } = await openCalendar([missed], { dark: true });
    await chip(page, missed).click();
    await poll(page).toMatch(/Missed this one\? It happens\.\s+A short message to Dr Robin Lee/);
    expect(
      await inAddonWorld(
        page,
        `() => [...document.querySelectorAll('[role="dialog"] > div')].some((el) => chrome.dom.openOrClosedShadowRoot(el)?.querySelector('section.dark'))`,
      ),
    ).toBe(true);
    await screenshot(page.locator('[role="dialog"]'), 'calendar-strip-dark-missed');

    // Escape from inside the strip still closes the popup (only other keys stop there).
    await inAddonWorld(
      page,
      `() => { for (const el of document.querySelectorAll('[role="dialog"] > div')) chrome.dom.openOrClosedShadowRoot(el)?.querySelector('button')?.focus(); }`,
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[role="dialog"]').count()).toBe(0);
    expect(await stripCount(page)).toBe(0);
    await chip(page, missed).click();

    expect(await ext.sidePanels()).toBe(0);
    await clickStrip(page, 'Send a message');
    await waitFor(
      () => ext.sidePanels(),
      (n) => n > 0,
    );
  });
});
