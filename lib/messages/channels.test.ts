import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../model/policy';
import type { SendChannel } from '../model/settings';
import type { Therapist } from '../model/therapist';
import type { Draft } from '../model/draft';
import { MAILTO_MAX_LENGTH } from './links';
import { sendDraft } from './channels';

const therapist: Therapist = {
  id: 't1',
  name: 'Dr Lee',
  email: 'lee@example.org',
  portalUrl: 'https://portal.example.org/messages',
  policy: DEFAULT_POLICY,
  keywords: [],
  organizerEmails: [],
  focus: [],
  language: 'en',
};

const draft: Draft = { to: 'lee@example.org', subject: 'Sorry & thanks', body: 'Hi Dr Lee,\n\nSee you soon.' };
const long: Draft = { ...draft, body: 'I wanted to say more. '.repeat(120) };

async function run(d: Draft, channel: SendChannel, t: Therapist = therapist) {
  const events: string[] = [];
  const result = await sendDraft(d, channel, t, {
    openTab: (url) => void events.push(`open ${url.split(/[?:]/)[0]}`),
    copy: async (text) =>
      void events.push(`copy ${text === d.body ? 'body' : text.startsWith('Subject: ') ? 'subject+body' : text}`),
  });
  return { events, note: result.note };
}

describe('sendDraft', () => {
  it.each<[string, Draft, SendChannel, Therapist, string[], RegExp | null]>([
    ['mailto opens the mail app', draft, 'mailto', therapist, ['open mailto'], null],
    [
      'a body too long for mailto is copied first',
      long,
      'mailto',
      therapist,
      ['copy body', 'open mailto'],
      /too long.*clipboard/,
    ],
    ['Gmail opens a compose tab', draft, 'gmail', therapist, ['open https'], null],
    ['Outlook opens a compose tab', long, 'outlook', therapist, ['open https'], null],
    ['portal copies, then opens the portal', draft, 'portal', therapist, ['copy subject+body', 'open https'], /portal/],
    [
      'portal without an address only copies',
      draft,
      'portal',
      { ...therapist, portalUrl: '' },
      ['copy subject+body'],
      /no portal address/,
    ],
    [
      'a portal address that is not a web page is not opened',
      draft,
      'portal',
      { ...therapist, portalUrl: 'javascript:alert(1)' },
      ['copy subject+body'],
      /no portal address/,
    ],
    [
      'clipboard copies and says where to paste',
      draft,
      'clipboard',
      therapist,
      ['copy subject+body'],
      /lee@example\.org/,
    ],
  ])('%s', async (_name, d, channel, t, events, note) => {
    const result = await run(d, channel, t);
    expect(result.events).toEqual(events);
    if (note) expect(result.note).toMatch(note);
    else expect(result.note).toBeNull();
  });

  it('the long body really is too long for a mailto link', () => {
    expect(encodeURIComponent(long.body).length).toBeGreaterThan(MAILTO_MAX_LENGTH);
  });

  it('the shortened mailto link keeps recipient and subject', async () => {
    const opened: string[] = [];
    await sendDraft(long, 'mailto', therapist, { openTab: (u) => void opened.push(u), copy: async () => {} });
    expect(opened).toEqual(['mailto:lee@example.org?subject=Sorry%20%26%20thanks']);
  });
});
