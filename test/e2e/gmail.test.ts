import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Attendance } from '../../lib/model/attendance';
import type { Appointment } from '../../lib/model/appointment';
import { DEFAULT_POLICY } from '../../lib/model/policy';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import type { Source } from '../../lib/sources/source';
import type { Therapist } from '../../lib/model/therapist';
import { GMAIL_SEND } from '../fake-google/gmail';
import { FakeGoogle } from '../fake-google/server';
import { closeAll, waitFor } from './harness';
import { screenshot } from './harness/a11y';
// Playwright's own page API (the side panel's composer): the Chromium back end.
import { launchChromium as launch, type ChromiumExtension as Extension } from './harness/chromium/launch';

// The e2e build sends Gmail requests to the fake Google too (SK_GMAIL_API_URL=http://127.0.0.1:47123),
// and grants loopback at install, so no permission prompt stands between a click and a request.
const PORT = 47123;
const CAL = 'me@example.org';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const THERAPIST = 'dr.lee@clinic.example';
const CLIENT = 'Zoë Núñez';

/** google.test.ts uses the same fixed port: wait for it to be free rather than fail. */
async function fakeGoogleOnFixedPort(): Promise<FakeGoogle> {
  return waitFor(
    async () => new FakeGoogle({ clientId: 'test-client' }).listen(PORT).catch(() => null),
    (google) => google !== null,
    120_000,
  ) as Promise<FakeGoogle>;
}

describe('sending the side panel’s message through Gmail in real Chromium', () => {
  let google: FakeGoogle;
  let ext: Extension;
  let panel: Page;
  // A 50-minute session that ended 30 minutes ago: with 15 minutes' grace, missed.
  const start = Math.floor((Date.now() - 80 * MINUTE) / MINUTE) * MINUTE;

  beforeAll(async () => {
    google = await fakeGoogleOnFixedPort();
    google.addCalendar({ id: CAL, summary: 'Me', primary: true, timeZone: 'UTC' });
    google.putEvent(CAL, {
      id: 'missed',
      summary: 'Therapy with Dr Lee',
      organizer: { email: THERAPIST },
      start: { dateTime: new Date(start).toISOString() },
      end: { dateTime: new Date(start + 50 * MINUTE).toISOString() },
    });
    ext = await launch();
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
    await ext.store({ therapists: [therapist], settings: { ...DEFAULT_SETTINGS, clientName: CLIENT } });
  });

  afterAll(async () => {
    await closeAll();
    await google?.close();
  });

  const gmailRequests = () => google.requestsOf(ext.id).filter((r) => r.path.startsWith('/gmail/'));
  const status = () => panel.getByTestId('gmail-status');
  const statusText = async () => (await status().textContent())?.trim() ?? '';

  it('connects Google and the missed session shows in the side panel with "Send from Gmail" and what its permission allows', async () => {
    const options = await ext.open('options');
    const section = options.getByTestId('google-section');
    await section.getByRole('button', { name: 'Connect Google Calendar' }).click();
    await section.getByRole('checkbox', { name: /Me/ }).waitFor({ timeout: 15_000 });
    // The calendar as chosen a week ago: sessions that ended before a calendar was added are
    // never called missed, and this one ended 30 minutes ago.
    const source: Source = {
      id: `google:${CAL}`,
      kind: 'google',
      calendarId: CAL,
      name: 'Me',
      therapistId: null,
      addedAt: start - 7 * DAY,
    };
    await ext.store({ sources: [source] });
    await waitFor(
      async () => (await ext.stored<Appointment[]>(`appointments:google:${CAL}`)) ?? [],
      (list) => list.length === 1,
      15_000,
    );
    await waitFor(
      () => ext.badge(),
      (b) => b.text === '!',
      15_000,
    );
    await options.close();

    panel = await ext.open('sidepanel');
    panel.setDefaultTimeout(15_000);
    await panel.getByRole('button', { name: 'Send from Gmail' }).waitFor();
    expect(await panel.getByTestId('gmail-scope').textContent()).toContain('cannot read, change or delete your mail');
    // The calendar sign-in asked read-only scopes only.
    const first = google.requestsOf(ext.id).find((r) => r.path === '/o/oauth2/auth');
    expect(first?.query.get('scope')).not.toContain('gmail');
  });

  it('asks the send scope the first time, holds the message 10 s, and Undo keeps it from Gmail', async () => {
    await panel.getByTestId('subject').fill('Désolée — séance manquée 😔 (mardi)');
    await panel
      .getByTestId('body')
      .fill('Bonjour Dr Lee,\n\nJe suis désolée 🙏 : pourriez-vous me proposer jeudi ?\n\nZoë 🌱');
    await panel.getByRole('button', { name: 'Send from Gmail' }).click();
    await expect.poll(() => statusText()).toContain('Sending to Dr Lee…');

    const grant = google
      .requestsOf(ext.id)
      .filter((r) => r.path === '/o/oauth2/auth')
      .at(-1);
    expect(grant?.query.get('scope')?.split(' ')).toContain(GMAIL_SEND);
    expect(grant?.query.get('include_granted_scopes')).toBe('true');
    expect((await ext.stored<{ scopes?: string[] }>('googleAccount'))?.scopes).toContain(GMAIL_SEND);
    expect(await panel.getByTestId('gmail-scope').count()).toBe(0);

    await screenshot(panel, 'gmail-sending');
    await status().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => statusText()).toContain('Not sent: undone');
    expect(gmailRequests()).toEqual([]);
    // The draft is still there to send.
    expect(await panel.getByTestId('body').inputValue()).toContain('Je suis désolée 🙏');
  });

  it('says in words when Google refuses the permission, keeps the draft and the compose links, and asks for the scope again', async () => {
    google.gmail.fail(1, 403);
    await panel.getByRole('button', { name: 'Send from Gmail' }).click();
    await expect
      .poll(() => statusText(), { timeout: 20_000 })
      .toContain('Not sent to Dr Lee. Google has not given Session Keeper permission');
    expect(google.gmail.sentBy(ext.id)).toEqual([]);
    expect(await panel.getByTestId('body').inputValue()).toContain('Je suis désolée 🙏');
    expect(await panel.getByRole('button', { name: 'Send with your mail app' }).isVisible()).toBe(true);
    await panel.getByTestId('gmail-scope').waitFor();
  });

  it('sends again: Gmail receives exactly one message, matching the draft byte for byte, and the session is resolved', async () => {
    const subject = await panel.getByTestId('subject').inputValue();
    const body = await panel.getByTestId('body').inputValue();
    // Sign-ins that asked the person (a sync may also renew its token silently, prompt=none).
    const asked = () =>
      google.requestsOf(ext.id).filter((r) => r.path === '/o/oauth2/auth' && r.query.get('prompt') !== 'none').length;
    const grants = asked();
    const attempts = gmailRequests().length;
    await panel.getByRole('button', { name: 'Send from Gmail' }).click();
    await expect.poll(() => statusText()).toContain('Sending to Dr Lee…');
    await expect
      .poll(() => statusText(), { timeout: 20_000 })
      .toMatch(/^Sent to Dr Lee at .+ — it is in your Gmail Sent folder\.$/);

    // The undone message's window ended before this one's: had it gone, it would be here too.
    const sent = google.gmail.sentBy(ext.id);
    expect(sent).toHaveLength(1);
    expect(gmailRequests()).toHaveLength(attempts + 1);
    // After the refusal, Send from Gmail asked Google for the scope again first.
    expect(asked()).toBe(grants + 1);
    const [message] = sent;
    expect(message?.headers.from).toBe(`${CLIENT} <${CAL}>`);
    expect(message?.headers.to).toBe(`Dr Lee <${THERAPIST}>`);
    expect(message?.headers.subject).toBe(subject);
    expect(message?.headers['content-type']).toBe('text/plain; charset=UTF-8');
    // Text/plain travels with CRLF line breaks (RFC 2046 §4.1.1); every other byte is the draft's.
    expect(Buffer.from(message?.bodyBytes ?? []).equals(Buffer.from(body.replace(/\n/g, '\r\n'), 'utf8'))).toBe(true);

    const attendance = await ext.stored<Attendance>('attendance');
    expect(Object.values(attendance?.resolutions ?? {}).map((r) => r.kind)).toEqual(['sent']);
    await waitFor(
      () => ext.badge(),
      (b) => b.text !== '!',
      10_000,
    );
    // No "Did you send it?": Session Keeper knows.
    expect(await panel.getByText('Did you send it?').count()).toBe(0);
  });
});
