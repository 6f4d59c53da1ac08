// `npm run screenshots` (builds the e2e build first), in real Chromium:
// - docs/popup.png, docs/sidepanel.png, docs/options.png (2x) for the README;
// - docs/store/screenshots/*.png, 1280×800, for the Chrome Web Store and addons.mozilla.org.
// Two therapists and their feeds (served on 127.0.0.1, which the e2e build may read), so the
// popup shows every state: missed, checked in, check-in open, deadline passed, free to cancel.
// `SK_LANG=es` starts Chromium in that language and saves only the three pages, to look at for
// overflow and truncation (`npm run screenshots:languages` does every language).
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { readChromeMessages } from '../lib/i18n/chrome-messages';
import { catalogueDir, matchLocale } from '../lib/i18n/locales';
import type { MessageKey } from '../lib/i18n/translator';
import { openExtensionInChromium } from './lib/chromium';
import { icsFeed } from './lib/ics-feed';
import { DEFAULT_SETTINGS } from '../lib/model/settings';

const extensionDir = resolve(process.argv[2] ?? '.output-e2e/chrome-mv3');
const out = resolve(process.argv[3] ?? 'docs');
const store = resolve(out, 'store/screenshots');
const SCALE = 2;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const minute = Math.floor(Date.now() / MIN) * MIN;

const server = createServer((req, res) => {
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
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const feeds = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const lang = process.env.SK_LANG;
// The words the pages show, from the built catalogue of the language (English beneath it).
const catalogue = (dir: string) =>
  readChromeMessages(JSON.parse(readFileSync(resolve(extensionDir, '_locales', dir, 'messages.json'), 'utf8')));
const english = catalogue('en');
const own = lang ? catalogue(catalogueDir(matchLocale(lang))) : english;
const words = (key: MessageKey) => own.get(key.toLowerCase()) ?? english.get(key.toLowerCase()) ?? key;

const ext = await openExtensionInChromium(extensionDir, lang ? { lang } : {});
const policy = (hours: number, fee: number) => ({
  notice: { kind: 'hours', hours },
  businessDays: [1, 2, 3, 4, 5],
  holidays: [],
  timeZone: '',
  fee: { amount: fee, currency: 'USD' },
  graceMinutes: 15,
});
const worker = ext.context.serviceWorkers()[0]!;
await worker.evaluate((items) => chrome.storage.local.set(items), {
  therapists: [
    {
      id: 't-lee',
      name: 'Dr Ana Lee',
      email: 'ana.lee@clinic.example',
      portalUrl: '',
      policy: policy(24, 80),
      keywords: [],
      organizerEmails: [],
      focus: ['anxiety', 'sleep'],
    },
    {
      id: 't-morgan',
      name: 'Alex Morgan',
      email: 'alex@counselling.example',
      portalUrl: '',
      policy: policy(48, 120),
      keywords: [],
      organizerEmails: [],
      focus: ['relationships'],
    },
  ],
  sources: [
    { id: 'lee', name: 'Clinic', kind: 'ics', url: `${feeds}/lee.ics`, therapistId: 't-lee' },
    { id: 'morgan', name: 'Counselling practice', kind: 'ics', url: `${feeds}/morgan.ics`, therapistId: 't-morgan' },
  ],
  settings: { ...DEFAULT_SETTINGS, clientName: 'Sam Rivera', region: 'US' },
});
// The stored sources sync on their own: wait until both feeds' sessions show in the popup.
const page = async (name: string, width: number, height: number, zoom = SCALE): Promise<Page> => {
  const p = await ext.context.newPage();
  await p.setViewportSize({ width: width * zoom, height: height * zoom });
  await p.goto(`${ext.origin}${name}`);
  await p.evaluate((z) => (document.documentElement.style.zoom = String(z)), zoom);
  return p;
};

mkdirSync(out, { recursive: true });
const popup = await page('popup.html', 380, 600);
await popup.getByText('Couples counselling with Alex Morgan').waitFor({ timeout: 15_000 });
await popup
  .locator('article', { hasText: 'Alex Morgan' })
  .first()
  .getByRole('button', { name: words('common_cardCheckIn'), exact: false })
  .first()
  .click();
// Checked in: its Undo button shows.
await popup
  .getByRole('button', { name: words('common_actionUndo') })
  .first()
  .waitFor();
await popup.screenshot({ path: `${out}/popup.png`, fullPage: true });
for (const [name, width, height, ready] of [
  ['sidepanel', 400, 900, words('sidepanel_headingMissed')],
  ['options', 900, 1200, words('options_addTherapist')],
] as const) {
  const p = await page(`${name}.html`, width, height);
  await p.getByText(ready).first().waitFor();
  await p.screenshot({ path: `${out}/${name}.png`, fullPage: true });
}
if (lang) {
  console.log(`Saved popup.png, sidepanel.png and options.png in ${out} (Chromium in ${lang})`);
  await ext.close();
  server.close();
  process.exit(0);
}

// Store pictures: each page framed at 1280×800 beside one sentence, drawn in an extension page
// (so the pages load in frames of their own origin).
mkdirSync(store, { recursive: true });
const shots = [
  {
    file: '1-deadlines',
    src: 'popup.html',
    width: 400,
    height: 640,
    title: 'Know when cancelling stops being free',
    text: 'The badge and the popup count down to each cancellation deadline, with the fee at stake. One click checks you in.',
  },
  {
    file: '2-missed',
    src: 'sidepanel.html',
    width: 420,
    height: 720,
    title: 'A kind way back after a missed session',
    text: 'A warm, pre-filled message to your therapist, sent your way in one click, and exercises for until next time.',
  },
  {
    file: '3-settings',
    src: 'options.html',
    width: 720,
    height: 720,
    title: 'Your calendars, your therapists',
    text: 'Any calendar feed or Google Calendar (read-only). Everything stays on your device.',
  },
];
const canvas = await page('popup.html', 1280, 800, 1);
for (const shot of shots) {
  await canvas.evaluate((s) => {
    document.documentElement.style.zoom = '1';
    document.head.innerHTML = '';
    document.body.innerHTML = `
      <div style="display:flex;gap:56px;align-items:center;justify-content:center;width:1280px;height:800px;box-sizing:border-box;padding:40px;background:#eef3f1;font:18px/1.5 system-ui,sans-serif;color:#1d2b27;margin:0">
        <div style="max-width:380px"><h1 style="font-size:34px;line-height:1.2;margin:0 0 16px">${s.title}</h1><p style="margin:0">${s.text}</p></div>
        <iframe src="${s.src}" style="width:${s.width}px;height:${s.height}px;border:0;border-radius:12px;background:#fff;box-shadow:0 8px 32px rgba(0,0,0,.18)"></iframe>
      </div>`;
    document.body.style.margin = '0';
  }, shot);
  const frame = await (await canvas.waitForSelector('iframe')).contentFrame();
  // The framed page renders its stored data a moment after it loads.
  await frame!.waitForFunction(() => document.body.innerText.trim().length > 80);
  await canvas.screenshot({ path: `${store}/${shot.file}.png` });
}
console.log(
  `Saved popup.png, sidepanel.png and options.png in ${out}, and ${shots.length} store pictures (1280×800) in ${store}`,
);
await ext.close();
server.close();
