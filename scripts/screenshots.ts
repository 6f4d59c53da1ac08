// Regenerates docs/popup.png, docs/sidepanel.png and docs/options.png (2x) in real Chromium:
//   npm run screenshots (builds the e2e build first)
// Two therapists and their feeds (served on 127.0.0.1, which the e2e build may read), so the
// popup shows every state: missed, checked in, check-in open, deadline passed, free to cancel.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, removeProfile, serve } from '../test/e2e/harness';
import { icsFeed } from '../test/e2e/ics';

const extensionDir = resolve(process.argv[2] ?? '.output-e2e/chrome-mv3');
const out = resolve(process.argv[3] ?? 'docs');
const SCALE = 2;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const minute = Math.floor(Date.now() / MIN) * MIN;

const server = await serve((req, res) => {
  res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' });
  res.end(
    req.url?.startsWith('/lee')
      ? icsFeed([
          { uid: 'open@lee', title: 'Therapy session', start: minute + 5 * MIN },
          { uid: 'locked@lee', title: 'Therapy session', start: minute + 10 * HOUR },
          { uid: 'later@lee', title: 'Therapy session', start: minute + 3 * DAY },
          { uid: 'missed@lee', title: 'Therapy session', start: minute - 2 * HOUR },
        ])
      : icsFeed([
          { uid: 'now@morgan', title: 'Couples counselling with Alex Morgan', start: minute - 10 * MIN },
          { uid: 'next@morgan', title: 'Counselling', start: minute + 2 * DAY + 3 * HOUR },
        ]),
  );
});
const ext = await launch({ extensionDir });
const policy = (hours: number, fee: number) => ({
  notice: { kind: 'hours', hours },
  businessDays: [1, 2, 3, 4, 5],
  holidays: [],
  timeZone: '',
  fee: { amount: fee, currency: 'USD' },
  graceMinutes: 15,
});
await ext.store({
  therapists: [
    { id: 't-lee', name: 'Dr Ana Lee', email: 'ana.lee@clinic.example', portalUrl: '', policy: policy(24, 80), keywords: [], organizerEmails: [], focus: ['anxiety', 'sleep'] },
    { id: 't-morgan', name: 'Alex Morgan', email: 'alex@counselling.example', portalUrl: '', policy: policy(48, 120), keywords: [], organizerEmails: [], focus: ['relationships'] },
  ],
  sources: [
    { id: 'lee', name: 'Clinic', kind: 'ics', url: `${server.url}/lee.ics`, therapistId: 't-lee' },
    { id: 'morgan', name: 'Counselling practice', kind: 'ics', url: `${server.url}/morgan.ics`, therapistId: 't-morgan' },
  ],
  settings: { clientName: 'Sam Rivera', region: 'US', checkInBeforeMinutes: 15, reminderHours: [24, 2], remindAtCheckIn: true, quietHours: null, sendChannel: 'mailto', gridMarkers: true },
});
await ext.send('syncNow', {});

async function page(name: 'popup' | 'options' | 'sidepanel', width: number, height: number): Promise<Page> {
  const p = await ext.context.newPage();
  // The harness's context has a device scale of 1: zoom the page instead, for sharp 2x images.
  await p.setViewportSize({ width: width * SCALE, height: height * SCALE });
  await p.addInitScript((z) => document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.zoom = String(z))), SCALE);
  await p.goto(`chrome-extension://${ext.id}/${name}.html`);
  await p.waitForLoadState('networkidle');
  await p.waitForTimeout(500);
  return p;
}

const popup = await page('popup', 380, 600);
await popup.locator('article', { hasText: 'Alex Morgan' }).first().getByRole('button', { name: 'Check in', exact: true }).click();
await popup.waitForTimeout(300);
mkdirSync(out, { recursive: true });
await popup.screenshot({ path: `${out}/popup.png`, fullPage: true });
for (const [name, width, height] of [['sidepanel', 400, 900], ['options', 900, 1200]] as const) {
  const p = await page(name, width, height);
  await p.screenshot({ path: `${out}/${name}.png`, fullPage: true });
}
console.log(`Saved popup.png, sidepanel.png and options.png in ${out}`);
await ext.close();
removeProfile(ext.profileDir);
await server.close();
