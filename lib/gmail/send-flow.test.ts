import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { decodeRaw } from '../../test/fake-google/mime-decode';
import { stored } from '../../test/store';
import { attendanceItem, sentRequestsItem } from '../store/items';
import { claimRequest } from '../store/requests';
import { GmailSendError } from './client';
import { UNDO_WINDOW_MS, type GmailSendRequest } from './request';
import { gmailAsk } from './page-send';
import { createSendFlow, type SendFlow } from './send-flow';

const T0 = Date.parse('2026-12-01T14:04:00Z');
const ASK: GmailSendRequest = {
  key: 'feed|session-1',
  purpose: 'missed',
  draft: { to: 'dr.lee@clinic.example', subject: 'Désolée 😔', body: 'Bonjour,\nÀ jeudi 🙏' },
  toName: 'Dr Lee',
  fromName: 'Zoë',
};

let now: number;
let sent: string[];
let timers: { run: () => Promise<void>; at: number }[];
let failWith: Error | null;
let ids: number;

/** A new flow, as after a worker start: state only in storage and alarms. */
const flow = (): SendFlow =>
  createSendFlow({
    send: async (raw) => {
      if (failWith) throw failWith;
      sent.push(raw);
    },
    sender: async () => 'me@example.org',
    now: () => now,
    newId: () => `req-${++ids}`,
    setTimer: (run, ms) => void timers.push({ run, at: now + ms }),
  });

/** Lets the clock reach `at` and fires the alarms Chrome would fire by then; resolves when their deliveries are done. */
async function alarmsFireAt(at: number): Promise<void> {
  now = at;
  for (const alarm of await fakeBrowser.alarms.getAll()) {
    if ((alarm.scheduledTime ?? 0) <= now) await fakeBrowser.alarms.onAlarm.trigger(alarm);
  }
}
const requests = async () => Object.values(await stored(sentRequestsItem));

beforeEach(() => {
  fakeBrowser.reset();
  now = T0;
  sent = [];
  timers = [];
  failWith = null;
  ids = 0;
});

describe('the undo window in the background', () => {
  it('holds a message for 10 s, sends it once when both the timer and the alarm fire, and resolves the missed session', async () => {
    const f = flow();
    fakeBrowser.alarms.onAlarm.addListener(f.onAlarm);
    const { id, sendAt } = await f.queue(ASK);
    expect(sendAt).toBe(T0 + UNDO_WINDOW_MS);
    expect((await requests()).map((r) => r.status)).toEqual(['pending']);
    expect(timers.map((t) => t.at)).toEqual([T0 + UNDO_WINDOW_MS]);

    // Neither fires early.
    await alarmsFireAt(T0 + UNDO_WINDOW_MS - 1);
    await f.deliver(id);
    expect(sent).toEqual([]);

    now = T0 + UNDO_WINDOW_MS;
    await Promise.all([timers[0]?.run(), alarmsFireAt(T0 + UNDO_WINDOW_MS), f.deliver(id)]);
    expect(sent).toHaveLength(1);
    const message = decodeRaw(sent[0] ?? '');
    expect(message.headers.from).toBe('Zoë <me@example.org>');
    expect(message.headers.to).toBe('Dr Lee <dr.lee@clinic.example>');
    expect(message.headers.subject).toBe('Désolée 😔');
    expect(message.body).toBe('Bonjour,\r\nÀ jeudi 🙏');

    const [request] = await requests();
    expect(request).toMatchObject({ status: 'sent', sentAt: T0 + UNDO_WINDOW_MS, body: '', subject: 'Désolée 😔' });
    expect((await stored(attendanceItem)).resolutions[ASK.key]).toEqual({ kind: 'sent', at: T0 + UNDO_WINDOW_MS });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('sends nothing after Undo within the window, even when the alarm fires later; Undo after sending is refused', async () => {
    const f = flow();
    fakeBrowser.alarms.onAlarm.addListener(f.onAlarm);
    const first = await f.queue(ASK);
    now = T0 + 9_000;
    expect(await f.undo(first.id)).toBe(true);
    expect(await requests()).toEqual([]);
    await timers[0]?.run();
    await alarmsFireAt(T0 + 60_000);
    expect(sent).toEqual([]);
    expect((await stored(attendanceItem)).resolutions).toEqual({});

    const second = await f.queue(ASK);
    await alarmsFireAt(now + UNDO_WINDOW_MS);
    expect(sent).toHaveLength(1);
    expect(await f.undo(second.id)).toBe(false);
  });

  it('survives the worker stopping: a new worker sends what is due once and re-arms what is not', async () => {
    const due = await flow().queue(ASK);
    now = T0 + 5_000;
    const later = await flow().queue({ ...ASK, key: 'feed|session-2' });
    // The worker stops: timers gone, alarms lost too (a browser restart).
    await fakeBrowser.alarms.clearAll();
    now = T0 + UNDO_WINDOW_MS + 1;
    const restarted = flow();
    fakeBrowser.alarms.onAlarm.addListener(restarted.onAlarm);
    await restarted.resume();
    expect(sent).toHaveLength(1);
    expect((await stored(sentRequestsItem))[due.id]?.status).toBe('sent');
    expect((await fakeBrowser.alarms.getAll()).map((a) => [a.name, a.scheduledTime])).toEqual([
      [`gmail-send:${later.id}`, later.sendAt],
    ]);
    await alarmsFireAt(later.sendAt);
    expect(sent).toHaveLength(2);
  });

  it('keeps a failure in words (the draft text too), and never resends a message interrupted mid-send', async () => {
    const f = flow();
    failWith = new GmailSendError('busy', 'Gmail is busy right now (error 503).');
    const { id } = await f.queue(ASK);
    now += UNDO_WINDOW_MS;
    await f.deliver(id);
    expect((await stored(sentRequestsItem))[id]).toMatchObject({
      status: 'failed',
      failure: 'busy',
      error: 'Gmail is busy right now (error 503).',
      body: ASK.draft.body,
    });
    expect((await stored(attendanceItem)).resolutions).toEqual({});

    // A worker that stopped while Gmail had the message: the next one says so and sends nothing.
    failWith = null;
    const interrupted = await f.queue(ASK);
    now += UNDO_WINDOW_MS;
    // What storage holds when the worker stops after taking the request, before Gmail answers.
    expect(await claimRequest(interrupted.id, now)).not.toBeNull();
    await flow().resume();
    expect((await stored(sentRequestsItem))[interrupted.id]?.status).toBe('failed');
    expect((await stored(sentRequestsItem))[interrupted.id]?.error).toContain('Gmail Sent folder');
    expect(sent).toEqual([]);
  });

  it('refuses a draft without a usable address before the window starts', async () => {
    await expect(flow().queue({ ...ASK, draft: { ...ASK.draft, to: '' } })).rejects.toThrow(
      'There is no email address for Dr Lee yet',
    );
    await expect(flow().queue({ ...ASK, draft: { ...ASK.draft, to: 'lee at clinic' } })).rejects.toThrow(
      'is not an email address',
    );
    expect(await requests()).toEqual([]);
  });
});

describe('a reschedule request from a page', () => {
  const session = {
    appointment: { key: 'feed|session-2', start: T0 + 7 * 86_400_000 },
    therapist: { name: 'Dr Lee' },
  } as Parameters<typeof gmailAsk>[0];
  const draft = { to: 'dr.lee@clinic.example', subject: 'Moving Tuesday', body: 'Hi' };

  it.each([
    ['a Reply-To of their own', 'zoe.home@example.org', 'Zoë <zoe.home@example.org>'],
    ['no Reply-To', '', undefined],
    ['a Reply-To that is not an address: left out, not refused', 'zoe at home', undefined],
  ])('goes out with the client’s name in From and %s', async (_name, replyTo, header) => {
    const f = flow();
    const { id } = await f.queue(gmailAsk(session, 'reschedule', draft, { clientName: ' Zoë ', replyTo }));
    now = T0 + UNDO_WINDOW_MS;
    await f.deliver(id);
    const message = decodeRaw(sent[0] ?? '');
    expect(message.headers.from).toBe('Zoë <me@example.org>');
    expect(message.headers['reply-to']).toBe(header);
    const [request] = await requests();
    expect(request).toMatchObject({ status: 'sent', purpose: 'reschedule', sessionStart: session.appointment.start });
    // A request before the session is tracked, not a follow-up of a missed one.
    expect((await stored(attendanceItem)).resolutions).toEqual({});
  });
});
