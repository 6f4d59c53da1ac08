import { mkdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { appointmentKey, type Appointment } from '../../lib/model/appointment';
import { encodeEventId, instanceSuffix } from '../../lib/gcal-page/event-id';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import type { Therapist } from '../../lib/model/therapist';
import { STRIP_GLOBAL } from '../../lib/gcal-page/strip-script';
import { HOUR, MIN, minute, therapist as gcalTherapist, TZ } from '../../scripts/lib/gcal-page';
import { calendarPage, type FixtureEvent } from '../fixtures/gcal/page';
import { closeAll, launch, waitFor, type Extension, type Tab } from './harness';
import { clickStrip, STRIP_HOSTS, stripText } from './strip-tab';

// The calendar add-on on a fixture Google Calendar page, in both browsers: the grid marker,
// the strip in the event popup, a check-in from it, and [Send a message] for a missed session.
// (calendar-addon.test.ts covers the popup's re-renders, keyboard and themes in Chromium.)

// The benchmark's calendar therapist, with no focus (no exercise is suggested for one).
const therapist: Therapist = { ...gcalTherapist, focus: [] };

const time = (t: number) =>
  new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: TZ }).format(t);
const date = (t: number) =>
  new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: TZ }).format(t);

/** One weekly Google session's instance at `start`: as the page shows it and as Session Keeper stored it. */
function session(series: string, start: number, day: number): { page: FixtureEvent; appointment: Appointment } {
  const end = start + 50 * MIN;
  const eventId = `${series}_${instanceSuffix(start)}`;
  const title = 'Therapy with Dr Robin Lee';
  const recurrenceId = new Date(start).toISOString();
  return {
    page: {
      eventId: encodeEventId(eventId, 'robin.client@m'),
      title,
      when: `${date(start)} ⋅ ${time(start)} – ${time(end)}`,
      recurrence: 'Weekly',
      chipLabel: `${time(start)} to ${time(end)}, ${title}, Robin Client, Accepted, ${date(start)}`,
      chipTime: `${time(start)} – ${time(end)}`,
      day,
      top: 20 + 60 * day,
    },
    appointment: {
      key: appointmentKey('gcal', `${series}@google.com`, recurrenceId),
      sourceId: 'gcal',
      uid: `${series}@google.com`,
      recurrenceId,
      title,
      start,
      end,
      allDay: false,
      status: 'confirmed',
      timeZone: TZ,
      googleEventId: eventId,
    },
  };
}

afterEach(closeAll);

/** The browser with `sessions` stored, showing the fixture calendar. */
async function openCalendar(
  sessions: ReturnType<typeof session>[],
  colorScheme: 'light' | 'dark' = 'light',
): Promise<{ ext: Extension; page: Tab }> {
  const ext = await launch({ colorScheme });
  // The e2e build's fake Google: this browser never reaches one, so the stored data stays.
  await ext.route('http://127.0.0.1:47123/', { status: 503, contentType: 'text/plain', body: 'Not here' });
  // Let the first sync (of the demo calendar) finish so it cannot race the stored data.
  await waitFor(
    () => ext.stored<object>('status:demo'),
    (status) => status !== undefined,
  );
  await ext.store({
    demoEnabled: false,
    settings: { ...DEFAULT_SETTINGS, sendChannel: 'gmail' },
    therapists: [therapist],
    sources: [
      { id: 'gcal', kind: 'google', name: 'Robin Client', calendarId: 'robin.client@gmail.com', therapistId: 't1' },
    ],
    // The calendar's appointments under its own key, as the sync stores them.
    'appointments:gcal': sessions.map((s) => s.appointment),
  });
  await ext.route('https://calendar.google.com/', {
    contentType: 'text/html; charset=utf-8',
    body: calendarPage({ events: sessions.map((s) => s.page), dark: colorScheme === 'dark' }),
  });
  return { ext, page: await ext.openUrl('https://calendar.google.com/calendar/r') };
}

const chip = (s: ReturnType<typeof session>) => ({ css: `div[data-eventchip][data-eventid="${s.page.eventId}"]` });
// The add-on's marker and strip live in closed shadow roots: read there, as a person sees them.
const markerLabel = (page: Tab, s: ReturnType<typeof session>) =>
  page.inShadowRoots(
    `${chip(s).css} > *`,
    (root) => root.querySelector('[role="img"]')?.getAttribute('aria-label') ?? null,
  );
describe('the calendar add-on', () => {
  it('marks a session whose free cancellation ends soon and checks in from the event popup', async () => {
    const open = session('k3lh2ab9cd', minute() + 5 * MIN, 1);
    const soon = session('p8s6ka0f3m', minute() + 30 * HOUR, 2);
    const { ext, page } = await openCalendar([open, soon]);

    // Grid markers: only the session whose free cancellation ends within 48 h.
    await expect.poll(() => markerLabel(page, soon)).toMatch(/^Free cancellation ends in (5|6) h \(/);
    expect(await markerLabel(page, open)).toBeNull();

    // The strip, as a direct child of the event popup; one click checks in.
    await page.click(chip(open));
    await expect.poll(() => stripText(page)).toMatch(/Check-in is open/);
    expect(await stripText(page)).toMatch(/Session in [2-5] min · no-show fee \$80/);
    await clickStrip(page, 'Check in');
    await expect.poll(() => stripText(page)).toMatch(/You’re checked in/);
    await waitFor(
      () => ext.badge(),
      (b) => b.text === '✓',
    );
  });

  it('loads the strip at the first popup of a session, out of reach of the page’s own scripts', async () => {
    const open = session('k3lh2ab9cd', minute() + 5 * MIN, 1);
    const soon = session('p8s6ka0f3m', minute() + 30 * HOUR, 2);
    const { page } = await openCalendar([open, soon]);
    await expect.poll(() => markerLabel(page, soon)).toMatch(/^Free cancellation ends in/);
    // The page's own world before the strip's code arrives: its globals, and a trap on the name
    // under which Firefox's strip script hands `createStrip` over (lib/gcal-page/strip-script.ts).
    await page.evaluate((name) => {
      const page = window as unknown as { before: string[]; caught: unknown[] };
      page.caught = [];
      Object.defineProperty(window, name, { configurable: true, set: (v: unknown) => page.caught.push(v) });
      page.before = Object.getOwnPropertyNames(window);
    }, STRIP_GLOBAL);

    await page.click(chip(open));
    await expect.poll(() => stripText(page)).toMatch(/Check-in is open/);
    expect(await stripText(page)).toMatch(/no-show fee \$80/);

    const seen = await page.evaluate(() => {
      const page = window as unknown as { before: string[]; caught: unknown[] };
      const all = [...document.querySelectorAll('*')];
      return {
        added: Object.getOwnPropertyNames(window).filter((n) => !page.before.includes(n) && n !== 'before'),
        caught: page.caught.length,
        dom: [document.documentElement.outerHTML, all.flatMap((el) => [...el.attributes].map((a) => a.value))].join(
          '\n',
        ),
        openShadowRoots: all.filter((el) => el.shadowRoot !== null).length,
      };
    });
    expect(seen.added).toEqual([]);
    expect(seen.caught).toBe(0);
    // What only the add-on knows (the page's own event already names the therapist).
    for (const secret of ['$80', 'no-show fee', 'Check-in is open', 'Free cancellation'])
      expect(seen.dom).not.toContain(secret);
    expect(seen.openShadowRoots).toBe(0);
  });

  it.each(['light', 'dark'] as const)('follows the %s theme (screenshots for review)', async (scheme) => {
    const open = session('k3lh2ab9cd', minute() + 5 * MIN, 1);
    const soon = session('p8s6ka0f3m', minute() + 30 * HOUR, 2);
    const { ext, page } = await openCalendar([open, soon], scheme);
    await expect.poll(() => markerLabel(page, soon)).toMatch(/^Free cancellation ends in/);
    await page.click(chip(open));
    await expect.poll(() => stripText(page)).toMatch(/Check-in is open/);
    // The strip takes the popup's theme.
    const dark = await page.inShadowRoots(
      STRIP_HOSTS,
      (root) => root.querySelector('section')?.classList.contains('dark') ?? null,
    );
    expect(dark).toBe(scheme === 'dark');
    mkdirSync('screenshots', { recursive: true });
    await page.screenshot(`screenshots/calendar-${ext.browser}-${scheme}.png`);
  });

  it("a missed session's [Send a message] leads to the message", async () => {
    const missed = session('m1ssedab12', minute() - 2 * HOUR, 0);
    const { ext, page } = await openCalendar([missed]);
    await page.click(chip(missed));
    await expect.poll(() => stripText(page)).toMatch(/Missed this one\? It happens\./);
    await clickStrip(page, 'Send a message');
    if (ext.browser === 'chromium') {
      // The click's gesture travels with the message: the background opens the side panel.
      await waitFor(
        () => ext.sidePanels(),
        (n) => n === 1,
      );
    } else {
      // Firefox lets no content script open the sidebar, nor the background on its behalf
      // (not user input): the same page opens in a tab, on that session.
      const panel = `moz-extension://${ext.id}/sidepanel.html?session=${encodeURIComponent(missed.appointment.key)}`;
      await waitFor(
        () => ext.tabUrls(),
        (urls) => urls.includes(panel),
      );
    }
    expect(await ext.stored('panelSession')).toBe(missed.appointment.key);
  });
});
