import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Appointment } from '../../lib/model/appointment';
import type { SentRequest } from '../../lib/model/request';
import { DEFAULT_POLICY } from '../../lib/model/policy';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/model/settings';
import type { Source } from '../../lib/sources/source';
import type { Therapist } from '../../lib/model/therapist';
import { GMAIL_SEND } from '../fake-google/gmail';
import { FakeGoogle } from '../fake-google/server';
import { encodeEventId } from '../../lib/gcal-page/event-id';
import { calendarPage } from '../fixtures/gcal/page';
import { closeAll, launch, waitFor, type Extension, type Tab, type Target } from './harness';
import { clickStrip, stripText } from './strip-tab';

// The popup's Reschedule, sent through Gmail, in the browser of this run (Chromium or Firefox):
// a last look at the message in the card, Undo once, send, one message at the fake Google,
// "Reschedule requested" on the card and in the badge's tooltip, the deadline's reminder held
// back, then the therapist moves the session and the popup says so.
const PORT = 47123;
const CAL = 'me@example.org';
const HOUR = 3_600_000;
const THERAPIST = 'dr.lee@clinic.example';
const CLIENT = 'Zoë Núñez';
const REPLY_TO = 'zoe.home@example.org';
const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** Pictures for a person to look at (not compared): the popup, the review, the strip. */
const shot = (ext: Extension, name: string) => `screenshots/gmail-${ext.browser}-${name}.png`;

/** google.test.ts and gmail.test.ts use the same fixed port: wait for it to be free rather than fail. */
function fakeGoogleOnFixedPort(): Promise<FakeGoogle> {
  return waitFor(
    async () => new FakeGoogle({ clientId: 'test-client' }).listen(PORT).catch(() => null),
    (google) => google !== null,
    120_000,
  ) as Promise<FakeGoogle>;
}

describe('rescheduling from the popup through Gmail', () => {
  let google: FakeGoogle;
  let ext: Extension;
  let popup: Tab;
  /** The host of the redirect URI: who this browser is to the fake. */
  let client: string;
  const now = Date.now();
  // Free cancellation (24 h notice) ends in 16 h for the one to move, in 20 h for the other:
  // the 24-hour reminder is due for both as soon as reminders are on.
  const moving = Math.floor((now + 40 * HOUR) / 60_000) * 60_000;
  const other = moving + 4 * HOUR;
  const at = (ms: number) => ({ dateTime: new Date(ms).toISOString() });
  const event = (id: string, start: number, summary: string) => ({
    id,
    summary,
    organizer: { email: THERAPIST },
    start: at(start),
    end: at(start + 50 * 60_000),
  });

  beforeAll(async () => {
    google = await fakeGoogleOnFixedPort();
    google.addCalendar({ id: CAL, summary: 'Me', primary: true, timeZone: 'UTC' });
    google.putEvent(CAL, event('moving', moving, 'Therapy to move'));
    google.putEvent(CAL, event('other', other, 'Group session'));
    ext = await launch();
    client = new URL(await ext.redirectUrl()).host;
    const therapist: Therapist = {
      id: 't1',
      name: 'Dr Lee',
      email: THERAPIST,
      portalUrl: '',
      policy: DEFAULT_POLICY,
      keywords: [],
      organizerEmails: [THERAPIST],
      focus: [],
      language: 'en',
    };
    const settings: Settings = { ...DEFAULT_SETTINGS, clientName: CLIENT, replyTo: REPLY_TO, reminderHours: [] };
    await ext.store({ therapists: [therapist], settings });
  });

  afterAll(async () => {
    await closeAll();
    await google?.close();
  });

  const card: Target = { css: 'article', hasText: 'Therapy to move' };
  const inCard = (target: Target): Target => ({ ...target, within: card });
  const status = inCard({ testId: 'gmail-status' });
  const gmailRequests = () => google.requestsOf(client).filter((r) => r.path.startsWith('/gmail/'));

  it('connects Google; Reschedule shows the message in the card with what the permission allows', async () => {
    const options = await ext.open('options');
    const section = { testId: 'google-section' } as const;
    await options.click({ role: 'button', name: 'Connect Google Calendar', within: section });
    await expect.poll(() => options.count({ role: 'checkbox', within: section }), { timeout: 15_000 }).toBe(1);
    await options.close();
    const source: Source = { id: `google:${CAL}`, kind: 'google', calendarId: CAL, name: 'Me', therapistId: null };
    await ext.store({ sources: [source] });
    await waitFor(
      async () => (await ext.stored<Appointment[]>(`appointments:google:${CAL}`)) ?? [],
      (list) => list.length === 2,
      15_000,
    );

    popup = await ext.open('popup');
    await popup.click(inCard({ role: 'button', name: 'Reschedule' }));
    expect(await popup.text(inCard({ testId: 'gmail-scope' }))).toContain('cannot read, change or delete your mail');
    expect(await popup.value(inCard({ testId: 'review-body' }))).toContain('Hi Dr Lee');
    await popup.screenshot(shot(ext, 'review'));
  });

  it('asks for the send scope, holds the message 10 s, and Undo keeps it from Gmail', async () => {
    await popup.fill(inCard({ testId: 'review-subject' }), 'Déplacer notre séance 🙏 (mardi)');
    await popup.fill(inCard({ testId: 'review-body' }), 'Bonjour Dr Lee,\n\nPourrions-nous la déplacer ? 🌱\n\nZoë');
    await popup.click(inCard({ role: 'button', name: 'Send from Gmail' }));
    await expect.poll(() => popup.text(status), { timeout: 15_000 }).toContain('Sending to Dr Lee…');
    const grant = google
      .requestsOf(client)
      .filter((r) => r.path === '/o/oauth2/auth')
      .at(-1);
    expect(grant?.query.get('scope')?.split(' ')).toContain(GMAIL_SEND);
    // While it waits, the card offers no second request.
    expect(await popup.count(inCard({ role: 'button', name: 'Reschedule' }))).toBe(0);

    await popup.click({ role: 'button', name: 'Undo', within: status });
    await expect.poll(() => popup.text(status)).toContain('Not sent: undone');
    expect(gmailRequests()).toEqual([]);
    expect(await popup.value(inCard({ testId: 'review-body' }))).toContain('Pourrions-nous la déplacer ? 🌱');
  });

  it('sends: exactly one message reaches Gmail, as written, and the card says the request is out', async () => {
    const subject = await popup.value(inCard({ testId: 'review-subject' }));
    const body = await popup.value(inCard({ testId: 'review-body' }));
    await popup.click(inCard({ role: 'button', name: 'Send from Gmail' }));
    await expect
      .poll(() => popup.text(status), { timeout: 20_000 })
      .toMatch(/^Sent to Dr Lee at .+ — it is in your Gmail Sent folder\.$/);

    const sent = google.gmail.sentBy(client);
    expect(sent).toHaveLength(1);
    const [message] = sent;
    expect(message?.headers.from).toBe(`${CLIENT} <${CAL}>`);
    expect(message?.headers.to).toBe(`Dr Lee <${THERAPIST}>`);
    expect(message?.headers['reply-to']).toBe(`${CLIENT} <${REPLY_TO}>`);
    expect(message?.headers.subject).toBe(subject);
    // Text/plain travels with CRLF line breaks (RFC 2046 §4.1.1); every other byte is the draft's.
    expect(Buffer.from(message?.bodyBytes ?? []).equals(Buffer.from(body.replace(/\n/g, '\r\n'), 'utf8'))).toBe(true);

    expect(await popup.text(inCard({ testId: 'request' }))).toMatch(/^Reschedule requested · sent \w{3} \d/);
    await waitFor(
      () => ext.badge(),
      (b) => b.title.includes('Reschedule requested · sent'),
      10_000,
    );
    await popup.click(inCard({ role: 'button', name: 'Done' }));
    await popup.screenshot(shot(ext, 'popup-requested'));
  });

  it('holds back the reminder of the requested session, not the other one', async () => {
    await ext.store({
      settings: { ...DEFAULT_SETTINGS, clientName: CLIENT, replyTo: REPLY_TO, reminderHours: [24] },
    });
    // Both reminders are decided in the same pass: once the other session's is shown, the
    // requested one's would be too.
    const shown = await waitFor(
      () => ext.notifications(),
      (ids) => ids.some((id) => id.includes('|other')),
      15_000,
    );
    expect(shown.filter((id) => id.includes('|moving'))).toEqual([]);
  });

  it('when the therapist moves the session, the popup says so kindly', async () => {
    google.editEvent(CAL, 'moving', { start: at(moving + 48 * HOUR), end: at(moving + 48 * HOUR + HOUR) });
    await ext.send('syncNow', {});
    await expect
      .poll(() => popup.text(inCard({ testId: 'request' })), { timeout: 15_000 })
      .toMatch(/^The session has moved to .+ — your calendar has the new time\.$/);
    const requests = Object.values((await ext.stored<Record<string, SentRequest>>('sentRequests')) ?? {});
    expect(requests.map((r) => [r.purpose, r.status])).toEqual([['reschedule', 'sent']]);
  });

  it('the calendar strip: Reschedule shows the message there; Undo brings it back; then it goes from Gmail', async () => {
    const end = other + 50 * 60_000;
    const time = (t: number) =>
      new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: TZ }).format(t);
    const date = (t: number) =>
      new Intl.DateTimeFormat('en-US', { weekday: 'long', month: 'long', day: 'numeric', timeZone: TZ }).format(t);
    const eventId = encodeEventId('other', CAL);
    const title = 'Group session';
    await ext.route('https://calendar.google.com/', {
      contentType: 'text/html; charset=utf-8',
      body: calendarPage({
        events: [
          {
            eventId,
            title,
            when: `${date(other)} ⋅ ${time(other)} – ${time(end)}`,
            chipLabel: `${time(other)} to ${time(end)}, ${title}, Me, Accepted, ${date(other)}`,
            chipTime: `${time(other)} – ${time(end)}`,
            day: 2,
            top: 140,
          },
        ],
      }),
    });
    const page = await ext.openUrl('https://calendar.google.com/calendar/r');
    await page.setViewport({ width: 1000, height: 1000 });
    await page.click({ css: `div[data-eventchip][data-eventid="${eventId}"]` });
    await expect.poll(() => stripText(page), { timeout: 15_000 }).toMatch(/Free to cancel until/);
    await clickStrip(page, 'Reschedule');
    await expect.poll(() => stripText(page)).toContain(`To Dr Lee <${THERAPIST}>`);
    await page.screenshot(shot(ext, 'strip-review'));
    await clickStrip(page, 'Send from Gmail');
    await expect.poll(() => stripText(page), { timeout: 10_000 }).toMatch(/Sending to Dr Lee…\s*Undo/);
    // Undo brings the message back to the strip, to send again.
    await clickStrip(page, 'Undo');
    await expect.poll(() => stripText(page)).toContain('Not sent: your message is back here');
    expect(await stripText(page)).toContain(`To Dr Lee <${THERAPIST}>`);
    await clickStrip(page, 'Send from Gmail');
    await expect.poll(() => stripText(page), { timeout: 10_000 }).toMatch(/Sending to Dr Lee…\s*Undo/);
    await expect
      .poll(() => stripText(page), { timeout: 20_000 })
      .toMatch(/Sent to Dr Lee at .+ — it is in your Gmail Sent folder\./);
    const sent = google.gmail.sentBy(client);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.headers.subject).toMatch(/^Could we move our session on /);
    await page.screenshot(shot(ext, 'strip-sent'));
  });
});
