import { describe, expect, it } from 'vitest';
import type { Draft } from '../model/draft';
import { gmailUrl, mailtoUrl, outlookUrl } from './links';

const tricky: Draft[] = [
  {
    to: 'lee@example.org',
    subject: 'Sorry I missed our session',
    body: 'Hi Dr Lee,\n\nLine two.\n\nBest wishes,\nSam',
  },
  { to: 'lee@example.org', subject: 'Q&A #2 + notes', body: 'Fees & costs: 50% #1 + 2 = 3?\nx=1&y=2' },
  { to: 'zoë@exämple.org', subject: 'Séance manquée — désolé', body: 'Grüße, Zoë 😊\r\nCRLF line\rCR line' },
  { to: 'a@example.org,b@example.org', subject: '   spaces   ', body: '  indented\n\ttabbed' },
];

/** What a compose page reads back from its own URL. */
function params(url: string): URLSearchParams {
  return new URL(url).searchParams;
}

describe('compose links decode to exactly the draft', () => {
  it.each(tricky)('Gmail: $subject', (draft) => {
    const url = gmailUrl(draft);
    expect(url.startsWith('https://mail.google.com/mail/?view=cm&fs=1&')).toBe(true);
    const p = params(url);
    expect([p.get('to'), p.get('su'), p.get('body')]).toEqual([draft.to, draft.subject, draft.body]);
    expect(p.get('view')).toBe('cm');
  });

  it.each(tricky)('Outlook: $subject', (draft) => {
    const url = outlookUrl(draft);
    expect(url.startsWith('https://outlook.office.com/mail/deeplink/compose?')).toBe(true);
    const p = params(url);
    expect([p.get('to'), p.get('subject'), p.get('body')]).toEqual([draft.to, draft.subject, draft.body]);
  });

  it.each(tricky)('mailto: $subject', (draft) => {
    const url = mailtoUrl(draft);
    const [address, query = ''] = url.slice('mailto:'.length).split('?');
    expect(decodeURIComponent(address ?? '')).toBe(draft.to);
    const p = new URLSearchParams(query);
    expect(p.get('subject')).toBe(draft.subject);
    // RFC 6068 §5: line breaks travel as CRLF.
    expect(p.get('body')).toBe(draft.body.replace(/\r\n?|\n/g, '\r\n'));
  });
});

describe('encoding details a mail app would get wrong', () => {
  it.each([
    ['spaces are %20, never +', (u: string) => !u.includes('+') && u.includes('%20')],
    ['& inside text is encoded', (u: string) => u.includes('%26')],
    ['# inside text is encoded (no fragment)', (u: string) => !u.includes('#') && u.includes('%23')],
  ])('%s', (_name, ok) => {
    const draft = tricky[1]!;
    for (const url of [gmailUrl(draft), outlookUrl(draft), mailtoUrl(draft)]) expect(ok(url)).toBe(true);
  });

  it('keeps @ readable in the address', () => {
    expect(mailtoUrl(tricky[0]!)).toMatch(/^mailto:lee@example\.org\?/);
  });

  it('encodes non-ASCII as UTF-8', () => {
    expect(gmailUrl(tricky[2]!)).toContain('Gr%C3%BC%C3%9Fe');
  });
});
