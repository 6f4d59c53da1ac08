import type { CDPSession, Page } from 'playwright-core';
import { appointmentKey, type Appointment } from '../../lib/model/appointment';
import { encodeEventId } from '../../lib/gcal-page/event-id';
import { DEFAULT_POLICY } from '../../lib/model/policy';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import type { Source } from '../../lib/sources/source';
import type { Therapist } from '../../lib/model/therapist';
import { calendarPage, type FixtureEvent, type FixtureOptions } from '../fixtures/gcal/page';
import { waitFor } from './harness';
import type { ChromiumExtension as Extension } from './harness/chromium/launch';

// The fake Google Calendar for the add-on's end-to-end tests and benchmarks, and a way into the
// add-on's own (isolated) world: its strip and markers sit in closed shadow roots, which the
// page's world — and so Playwright's locators — cannot enter.

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
export const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
const CALENDAR_KEY = 'robin.client@m';

export const therapist: Therapist = {
  id: 't1',
  name: 'Dr Robin Lee',
  email: 'robin.lee@clinic.example',
  portalUrl: '',
  policy: { ...DEFAULT_POLICY, fee: { amount: 80, currency: 'USD' } },
  keywords: [],
  organizerEmails: [],
  focus: ['anxiety'],
  language: 'en',
};
export const sources: Source[] = [
  { id: 'gcal', kind: 'google', name: 'Robin Client', calendarId: 'robin.client@gmail.com', therapistId: 't1' },
  // Nothing listens there: syncs fail and the seeded appointments stay (the last good data).
  { id: 'feed', kind: 'ics', name: 'Clinic feed', url: 'http://127.0.0.1:9/therapy.ics', therapistId: 't1' },
];

export interface Session {
  /** What the page shows. */
  page: FixtureEvent;
  /** What Session Keeper stored, or null: an event that is not a session. */
  appointment: Appointment | null;
}

export const minute = (): number => Math.floor(Date.now() / MIN) * MIN;
const time = (t: number) =>
  new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: TZ }).format(t);
const date = (t: number) =>
  new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: TZ }).format(t);
const longDate = (t: number) =>
  new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: TZ }).format(t);

/** An event on the page and, unless `stored` is null, the session Session Keeper has for it. */
export function event(
  spec: { eventId: string; title: string; start: number; day: number; top: number; recurrence?: string; when?: string },
  stored: { sourceId: string; uid: string; recurring?: boolean; googleEventId?: string } | null,
): Session {
  const end = spec.start + 50 * MIN;
  const recurrenceId = stored?.recurring ? new Date(spec.start).toISOString() : null;
  return {
    page: {
      eventId: encodeEventId(spec.eventId, CALENDAR_KEY),
      title: spec.title,
      when: spec.when ?? `${date(spec.start)} ⋅ ${time(spec.start)} – ${time(end)}`,
      ...(spec.recurrence ? { recurrence: spec.recurrence } : {}),
      chipLabel: `${time(spec.start)} to ${time(end)}, ${spec.title}, Robin Client, Accepted, ${longDate(spec.start)}`,
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

/** Stores the sessions of `events` (after the demo's first sync, so it cannot race them). */
export async function storeSessions(
  ext: Extension,
  events: Session[],
  extra: Record<string, unknown> = {},
): Promise<void> {
  // The e2e build's fake Google endpoints: this browser never reaches them, so the seeded data stays.
  await ext.context.route('http://127.0.0.1:47123/**', (route) => route.abort());
  await waitFor(
    () => ext.stored<object>('status:demo'),
    (status) => status !== undefined,
  );
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
    ...extra,
  });
}

/** Serves the fake calendar at `origins` (Google's, and any other for a page without the add-on). */
export async function serveCalendar(
  ext: Extension,
  options: FixtureOptions,
  origins = ['https://calendar.google.com'],
): Promise<void> {
  const html = calendarPage(options);
  for (const origin of origins) {
    await ext.context.route(`${origin}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
  }
}

/**
 * Runs `fn` (its source text) in the add-on's isolated world of `page`, where
 * `chrome.dom.openOrClosedShadowRoot` opens the closed shadow roots. For tests only: what the
 * page itself can see is checked in the page's own world.
 */
export async function inAddonWorld<T>(page: Page, fn: string): Promise<T> {
  const cdp = await addonSession(page);
  const { contextId } = cdp;
  const { result, exceptionDetails } = (await cdp.session.send('Runtime.evaluate', {
    expression: `(${fn})()`,
    contextId,
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value: T }; exceptionDetails?: { text: string } };
  if (exceptionDetails) throw new Error(`In the add-on's world: ${exceptionDetails.text}`);
  return result.value;
}

const sessions = new WeakMap<Page, { session: CDPSession; contexts: Map<string, number> }>();

async function addonSession(page: Page): Promise<{ session: CDPSession; contextId: number }> {
  let entry = sessions.get(page);
  if (!entry) {
    const session = await page.context().newCDPSession(page);
    const contexts = new Map<string, number>();
    session.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { type?: string; frameId?: string } | undefined;
      if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://'))
        contexts.set(aux.frameId ?? '', context.id);
    });
    session.on('Runtime.executionContextsCleared', () => contexts.clear());
    await session.send('Runtime.enable');
    entry = { session, contexts };
    sessions.set(page, entry);
  }
  const { session, contexts } = entry;
  const contextId = await waitFor(
    async () => [...contexts.values()].at(-1),
    (id) => id !== undefined,
  );
  return { session, contextId: contextId! };
}

/** The strip's text in the open popup, or null when there is none. */
export function stripText(page: Page): Promise<string | null> {
  return inAddonWorld(
    page,
    `() => {
    const dialog = document.querySelector('[role="dialog"][data-chips-dialog="true"]');
    for (const child of dialog ? dialog.children : []) {
      const section = chrome.dom.openOrClosedShadowRoot(child)?.querySelector('section');
      if (section) return section.innerText;
    }
    return null;
  }`,
  );
}

/** How many strips the page holds (there must never be more than one). */
export function stripCount(page: Page): Promise<number> {
  return inAddonWorld(
    page,
    `() => [...document.querySelectorAll('[role="dialog"] > div')]
    .filter((el) => chrome.dom.openOrClosedShadowRoot(el)?.querySelector('section')).length`,
  );
}

/** Where a strip button is, to click it as a person would; null when it is not there. */
export function stripButton(page: Page, name: string): Promise<{ x: number; y: number; focused: boolean } | null> {
  return inAddonWorld(
    page,
    `() => {
    for (const child of document.querySelectorAll('[role="dialog"] > div')) {
      const root = chrome.dom.openOrClosedShadowRoot(child);
      const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent.trim() === ${JSON.stringify(name)});
      if (!button) continue;
      const r = button.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, focused: root.activeElement === button };
    }
    return null;
  }`,
  );
}

/** The deadline marker's label on the chip of `eventId` (base64, as in the page), or null. */
export function markerLabel(page: Page, eventId: string): Promise<string | null> {
  return inAddonWorld(
    page,
    `() => {
    const chip = document.querySelector('div[data-eventchip][data-eventid="${eventId}"]');
    for (const child of chip ? chip.children : []) {
      const badge = chrome.dom.openOrClosedShadowRoot(child)?.querySelector('[role="img"]');
      if (badge) return badge.getAttribute('aria-label');
    }
    return null;
  }`,
  );
}

/**
 * Every error the page's renderer reports, from any world (the page's and the add-on's):
 * console errors, uncaught exceptions and the browser's own log (a failed module import).
 */
export async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  const session = await page.context().newCDPSession(page);
  session.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    errors.push(exceptionDetails.exception?.description ?? exceptionDetails.text),
  );
  session.on('Runtime.consoleAPICalled', ({ type, args }) => {
    if (type === 'error') errors.push(args.map((a) => a.value ?? a.description).join(' '));
  });
  session.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error') errors.push(`${entry.source}: ${entry.text}`);
  });
  await session.send('Runtime.enable');
  await session.send('Log.enable');
  return errors;
}
