import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { appointmentKey, type Appointment } from '../../lib/calendar/appointment';
import { encodeEventId, instanceSuffix } from '../../lib/gcal-page/event-id';
import { DEFAULT_POLICY } from '../../lib/policy/policy';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { Source } from '../../lib/sources/source';
import type { Therapist } from '../../lib/therapists/therapist';
import { calendarPage, type FixtureEvent } from '../fixtures/gcal/page';
import { closeAll, waitFor } from './harness';
import { axeViolations, screenshot, settled } from './harness/a11y';
import { launchChromium as launch, type ChromiumExtension as Extension } from './harness/chromium/launch';

// Issue 6 item 6: the add-on on a fake Google Calendar page served at calendar.google.com.

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
const CALENDAR_KEY = 'robin.client@m';
const STRIP = '[role="dialog"][data-chips-dialog="true"] > session-keeper-strip';

const therapist: Therapist = {
  id: 't1',
  name: 'Dr Robin Lee',
  email: 'robin.lee@clinic.example',
  portalUrl: '',
  policy: { ...DEFAULT_POLICY, fee: { amount: 80, currency: 'USD' } },
  keywords: [],
  organizerEmails: [],
  focus: ['anxiety'],
};
const sources: Source[] = [
  { id: 'gcal', kind: 'google', name: 'Robin Client', calendarId: 'robin.client@gmail.com', therapistId: 't1' },
  // Nothing listens there: syncs fail and the seeded appointments stay (the last good data).
  { id: 'feed', kind: 'ics', name: 'Clinic feed', url: 'http://127.0.0.1:9/therapy.ics', therapistId: 't1' },
];

interface Session {
  /** What the page shows. */
  page: FixtureEvent;
  /** What Session Keeper stored, or null: an event that is not a session. */
  appointment: Appointment | null;
}

const minute = () => Math.floor(Date.now() / MIN) * MIN;
const time = (t: number) => new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: TZ }).format(t);
const date = (t: number) => new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: TZ }).format(t);

function event(
  spec: { eventId: string; title: string; start: number; day: number; top: number; recurrence?: string },
  stored: { sourceId: string; uid: string; recurring?: boolean; googleEventId?: string } | null,
): Session {
  const end = spec.start + 50 * MIN;
  const recurrenceId = stored?.recurring ? new Date(spec.start).toISOString() : null;
  return {
    page: {
      eventId: encodeEventId(spec.eventId, CALENDAR_KEY),
      title: spec.title,
      when: `${date(spec.start)} ⋅ ${time(spec.start)} – ${time(end)}`,
      ...(spec.recurrence ? { recurrence: spec.recurrence } : {}),
      chipLabel: `${time(spec.start)} to ${time(end)}, ${spec.title}, Robin Client, Accepted, ${date(spec.start)}`,
      chipTime: `${time(spec.start)} – ${time(end)}`,
      day: spec.day,
      top: spec.top,
    },
    appointment: stored && {
      key: appointmentKey(stored.sourceId, stored.uid, recurrenceId),
      sourceId: stored.sourceId,
      uid: stored.uid,
      recurrenceId,
      title: spec.title,
      start: spec.start,
      end,
      allDay: false,
      status: 'confirmed',
      timeZone: TZ,
      ...(stored.googleEventId ? { googleEventId: stored.googleEventId } : {}),
    },
  };
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

afterEach(closeAll);

/** Launches Chromium, stores the sessions and opens the fake calendar showing `events`. */
async function openCalendar(events: Session[], options: { dark?: boolean } = {}): Promise<{ ext: Extension; page: Page }> {
  const ext = await launch();
  // The e2e build's fake Google endpoints: another test's fake server may be up there (when
  // tests run side by side); this browser never reaches it, so the seeded data stays.
  await ext.context.route('http://127.0.0.1:47123/**', (route) => route.abort());
  // Let the first sync (of the demo calendar) finish so it cannot race the seeded data.
  await waitFor(() => ext.stored<object>('status:demo'), (status) => status !== undefined);
  const appointments: Record<string, Appointment[]> = {};
  for (const { appointment } of events) {
    if (appointment) (appointments[appointment.sourceId] ??= []).push(appointment);
  }
  await ext.store({
    demoEnabled: false,
    settings: { ...DEFAULT_SETTINGS, sendChannel: 'gmail' },
    therapists: [therapist],
    // Each calendar's appointments under its own key, as the sync stores them.
    ...Object.fromEntries(Object.entries(appointments).map(([id, list]) => [`appointments:${id}`, list])),
    sources,
  });
  const html = calendarPage({ events: events.map((e) => e.page), ...options });
  await ext.context.route('https://calendar.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await ext.context.route('https://mail.google.com/**', (route) => route.fulfill({ status: 200, body: 'Gmail' }));
  const page = await ext.context.newPage();
  await page.goto('https://calendar.google.com/calendar/r');
  return { ext, page };
}

const chip = (page: Page, s: Session) => page.locator(`div[data-eventchip][data-eventid="${s.page.eventId}"]`);
// The strip's content is in its shadow root (Playwright's CSS locators pierce open ones).
const strip = (page: Page) => page.locator(STRIP).locator('section');
const stripCount = (page: Page) => page.locator('session-keeper-strip').count();

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
    const lunch = event({ eventId: 'lunch4x8q2', title: 'Lunch with Alex', start: minute() + 2 * HOUR, day: 3, top: 200 }, null);
    const { ext, page } = await openCalendar([open, soon, fromFeed, lunch]);

    // Grid markers: only the session whose free cancellation ends within 48 h.
    await expect.poll(() => chip(page, soon).locator('[data-session-keeper-marker]').count()).toBe(1);
    expect(await chip(page, soon).locator('[data-session-keeper-marker] span').getAttribute('aria-label')).toMatch(
      /^Free cancellation ends in (5|6) h \(/,
    );
    await screenshot(chip(page, soon), 'calendar-chip-marker');
    for (const other of [open, fromFeed, lunch]) expect(await chip(page, other).locator('[data-session-keeper-marker]').count()).toBe(0);

    // A recurring instance from Google: the strip, as a direct child of the dialog.
    await chip(page, open).click();
    await expect.poll(() => strip(page).innerText()).toMatch(/Check-in is open/);
    expect(await strip(page).innerText()).toMatch(/Session in [2-5] min · no-show fee \$80/);
    const host = await page.locator(STRIP).elementHandle();

    // Google re-renders the inner section: the strip stays, once, the same element.
    expect(await page.evaluate(() => (window as unknown as { fixture: { rerender(): boolean } }).fixture.rerender())).toBe(true);
    await settled(page);
    expect(await stripCount(page)).toBe(1);
    expect(await host!.evaluate((el) => el.isConnected && el.parentElement?.getAttribute('role'))).toBe('dialog');
    expect(await strip(page).innerText()).toMatch(/Check-in is open/);

    // The popup is reused for another session: the strip follows.
    await chip(page, soon).click();
    await expect.poll(() => strip(page).innerText()).toMatch(/Free to cancel until .+\s+(5|6) h \d+ min left · after that, cancelling costs \$80/);
    expect(await stripCount(page)).toBe(1);
    await page.screenshot({ path: 'screenshots/calendar-grid-marker.png' });

    // [Reschedule] composes the request in the client's channel (Gmail here).
    const [compose] = await Promise.all([
      ext.context.waitForEvent('page'),
      strip(page).getByRole('button', { name: 'Reschedule' }).click(),
    ]);
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

    // A session from an ICS feed, matched by title and date.
    await chip(page, fromFeed).click();
    await expect.poll(() => strip(page).innerText()).toMatch(/Free to cancel until/);

    // Closed: gone.
    await page.keyboard.press('Escape');
    await expect.poll(() => stripCount(page)).toBe(0);

    // Quick-create (an empty slot), even when it carries a session's id: left alone.
    await page.locator('[role="gridcell"]').nth(5).click({ position: { x: 20, y: 280 } });
    await expect.poll(() => page.getByLabel('Add title').count()).toBe(1);
    await page.evaluate((id) => (window as unknown as { fixture: { openQuickCreate(id: string): void } }).fixture.openQuickCreate(id), open.page.eventId);
    await settled(page);
    expect(await stripCount(page)).toBe(0);
    await page.keyboard.press('Escape');

    // Back to the session in its check-in window.
    await chip(page, open).click();
    await expect.poll(() => strip(page).innerText()).toMatch(/Check-in is open/);
    await screenshot(page.locator('[role="dialog"]'), 'calendar-strip-light');
    expect(await axeViolations(page, 'session-keeper-strip')).toEqual([]);

    // Keyboard: Tab from the popup's last link reaches the strip's button; Google's "c"
    // shortcut does not fire from inside it; Enter checks in.
    const badgeBefore = await waitFor(() => ext.badge(), (b) => b.text !== '' && b.text !== '!');
    await page.getByRole('link', { name: 'Join with Google Meet' }).focus();
    await page.keyboard.press('Tab');
    const checkIn = strip(page).getByRole('button', { name: 'Check in' });
    await expect.poll(() => checkIn.evaluate((b) => b.matches(':focus'))).toBe(true);
    await page.keyboard.press('c');
    expect(await page.getByLabel('Add title').count()).toBe(0);
    await page.keyboard.press('Enter');

    await expect.poll(() => strip(page).innerText()).toMatch(/You’re checked in/);
    // Focus stays in the strip, on Undo.
    await expect.poll(() => strip(page).getByRole('button', { name: 'Undo' }).evaluate((b) => b.matches(':focus'))).toBe(true);
    const badgeAfter = await waitFor(() => ext.badge(), (b) => b.text !== badgeBefore.text);
    expect(badgeAfter.text).not.toBe(badgeBefore.text);
    const stored = await ext.evaluate(() => chrome.storage.local.get('attendance'));
    expect(Object.keys((stored.attendance as { checkIns: object }).checkIns)).toEqual([open.appointment!.key]);

    // Undo (for a minute): the check-in goes, focus returns to Check in.
    await page.keyboard.press('Enter');
    await expect.poll(() => strip(page).innerText()).toMatch(/Check-in is open/);
    await expect.poll(() => checkIn.evaluate((b) => b.matches(':focus'))).toBe(true);
    await waitFor(() => ext.badge(), (b) => b.text === badgeBefore.text);

    // Grid markers are a setting: turned off, they go.
    expect(await page.locator('[data-session-keeper-marker]').count()).toBe(1);
    await ext.store({ settings: { ...DEFAULT_SETTINGS, gridMarkers: false } });
    await expect.poll(() => page.locator('[data-session-keeper-marker]').count()).toBe(0);
  });
});

describe('a missed session in the popup', () => {
  it('offers [Send a message], which opens the side panel; dark theme', async () => {
    const missed = event(
      { eventId: `m1ssedab12_${instanceSuffix(minute() - 2 * HOUR)}`, title: 'Therapy with Dr Robin Lee', start: minute() - 2 * HOUR, day: 0, top: 20, recurrence: 'Weekly' },
      { sourceId: 'gcal', uid: 'm1ssedab12@google.com', recurring: true, googleEventId: `m1ssedab12_${instanceSuffix(minute() - 2 * HOUR)}` },
    );
    const { ext, page } = await openCalendar([missed], { dark: true });
    await chip(page, missed).click();
    await expect.poll(() => strip(page).innerText()).toMatch(/Missed this one\? It happens\.\s+A short message to Dr Robin Lee/);
    expect(await strip(page).evaluate((s) => s.classList.contains('dark'))).toBe(true);
    await screenshot(page.locator('[role="dialog"]'), 'calendar-strip-dark-missed');
    expect(await axeViolations(page, 'session-keeper-strip')).toEqual([]);

    // Escape from inside the strip still closes the popup (only other keys stop there).
    await strip(page).getByRole('button', { name: 'Send a message' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[role="dialog"]').count()).toBe(0);
    expect(await stripCount(page)).toBe(0);
    await chip(page, missed).click();

    expect(await ext.sidePanels()).toBe(0);
    await strip(page).getByRole('button', { name: 'Send a message' }).click();
    await waitFor(() => ext.sidePanels(), (n) => n > 0);
  });
});
