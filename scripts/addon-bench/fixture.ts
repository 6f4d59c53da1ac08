// The fake Google Calendar page the add-on benchmarks run on, and their small helpers.
import type { Page } from 'playwright-core';
import { instanceSuffix } from '../../lib/gcal-page/event-id';
import type { ChromiumWithExtension as Extension } from '../lib/chromium';
import { DAY, HOUR, event, minute, serveCalendar, type Session } from '../lib/gcal-page';

export const WITH = 'https://calendar.google.com';
// Same page, an origin the content script does not match.
export const WITHOUT = 'https://calendar.fixture.test';
export const OPENS = 15;

const week = (k: number) => minute() + DAY + 2 * HOUR + k * 7 * DAY;
export const feed = [0, 1, 2, 3, 4].map((k) =>
  event(
    { eventId: `z9feed${k}xq`, title: 'CBT session', start: week(k), day: 2, top: 20 + 50 * k },
    { sourceId: 'feed', uid: `cbt-weekly-${k}@clinic.example` },
  ),
);
export const google = [0, 1, 2, 3, 4].map((k) => {
  const id = `w33kly9q_${instanceSuffix(week(k) + 3 * HOUR)}`;
  return event(
    { eventId: id, title: 'Weekly therapy', start: week(k) + 3 * HOUR, day: 3, top: 20 + 50 * k },
    { sourceId: 'gcal', uid: 'w33kly9q@google.com', recurring: true, googleEventId: id },
  );
});
export const sessions: Session[] = [...feed, ...google];
export const FILLER = 500 - sessions.length;

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const ms = (x: number) => `${x.toFixed(1)} ms`;
export const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
export const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');

export async function open(ext: Extension, origin: string, churn: boolean): Promise<Page> {
  await serveCalendar(ext, { events: sessions.map((s) => s.page), filler: FILLER, churn }, [origin]);
  const page = await ext.context.newPage();
  await page.goto(`${origin}/calendar/r`);
  return page;
}

export const openPopup = (page: Page, eventId: string) =>
  page.evaluate(
    (id) => (window as unknown as { fixture: { openEvent(id: string): void } }).fixture.openEvent(id),
    eventId,
  );
