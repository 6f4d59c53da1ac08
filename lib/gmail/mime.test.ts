import { describe, expect, it } from 'vitest';
import { decodeHeaderValue, decodeMessage, decodeRaw, unfold } from '../../test/fake-google/mime-decode';
import {
  buildMessage,
  dateField,
  gmailRaw,
  headerField,
  MailAddressError,
  mailboxField,
  type MailMessage,
} from './mime';

const message = (patch: Partial<MailMessage> = {}): MailMessage => ({
  from: { name: 'Zoë Núñez 🌱', address: 'zoe@example.org' },
  to: { name: 'Dr Lee', address: 'dr.lee@clinic.example' },
  subject: 'Désolée — séance manquée 😔',
  body: 'Bonjour Dr Lee,\n\nJe suis désolée 🙏 : pourriez-vous proposer jeudi ?\n\nZoë',
  date: Date.UTC(2026, 11, 1, 14, 4, 5),
  id: 'a1b2c3',
  ...patch,
});

const lines = (text: string) => text.split('\r\n');
const encodedWordsOf = (text: string) => [...text.matchAll(/=\?[^?]+\?[BQ]\?[^?]*\?=/g)].map((m) => m[0]);

describe('a decoder reading the examples of RFC 2047 §8 (so the round trips below prove something)', () => {
  it.each([
    ['=?US-ASCII?Q?Keith_Moore?= <moore@cs.utk.edu>', 'Keith Moore <moore@cs.utk.edu>'],
    ['=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?= <keld@dkuug.dk>', 'Keld Jørn Simonsen <keld@dkuug.dk>'],
    ['=?ISO-8859-1?Q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>', 'André Pirard <PIRARD@vm1.ulg.ac.be>'],
    [
      unfold(
        '=?ISO-8859-1?B?SWYgeW91IGNhbiByZWFkIHRoaXMgeW8=?=\r\n    =?ISO-8859-2?B?dSB1bmRlcnN0YW5kIHRoZSBleGFtcGxlLg==?=',
      ),
      'If you can read this you understand the example.',
    ],
    ['(=?ISO-8859-1?Q?a?=)', '(a)'],
    ['(=?ISO-8859-1?Q?a?= b)', '(a b)'],
    ['(=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=)', '(ab)'],
    ['(=?ISO-8859-1?Q?a?=  =?ISO-8859-1?Q?b?=)', '(ab)'],
    [unfold('(=?ISO-8859-1?Q?a?=\r\n    =?ISO-8859-1?Q?b?=)'), '(ab)'],
    ['(=?ISO-8859-1?Q?a_b?=)', '(a b)'],
    ['(=?ISO-8859-1?Q?a?= =?ISO-8859-2?Q?_b?=)', '(a b)'],
  ])('%s → %s', (encoded, decoded) => {
    expect(decodeHeaderValue(encoded)).toBe(decoded);
  });
});

describe('header fields', () => {
  it('leaves plain ASCII as it is and folds it at spaces like RFC 5322 §2.2.3', () => {
    expect(headerField('Subject', 'This is a test')).toBe('Subject: This is a test');
    const long = 'Sorry I missed our session on Tuesday, December 1 — could we find another time next week please';
    const ascii = long.replace('—', '-');
    const field = headerField('Subject', ascii);
    expect(lines(field).length).toBeGreaterThan(1);
    for (const line of lines(field)) expect(line.length).toBeLessThanOrEqual(78);
    expect(
      lines(field)
        .slice(1)
        .every((l) => l.startsWith(' ')),
    ).toBe(true);
    expect(unfold(field)).toBe(`Subject: ${ascii}`);
  });

  it.each([
    ['accents', 'Séance manquée'],
    ['emoji', '😔🙏🌱'],
    [
      'a long subject of accents and emoji',
      'Désolée 😔 — j’ai manqué notre séance de mardi 1er décembre, pourriez-vous me proposer un autre créneau 🙏 ?',
    ],
    ['text that looks like an encoded-word', 'About =?UTF-8?B?x?= in plain text'],
  ])(
    'encodes %s as encoded-words of at most 75 characters on lines of at most 78, never splitting a character',
    (_, subject) => {
      const field = headerField('Subject', subject);
      for (const line of lines(field)) expect(line.length).toBeLessThanOrEqual(78);
      const words = encodedWordsOf(field);
      expect(words.length).toBeGreaterThan(0);
      for (const word of words) {
        expect(word.length).toBeLessThanOrEqual(75);
        // Each word alone decodes (the decoder is fatal on a cut UTF-8 sequence).
        expect(() => decodeHeaderValue(word)).not.toThrow();
      }
      expect(decodeHeaderValue(unfold(field).slice('Subject: '.length))).toBe(subject);
    },
  );

  it('writes names plainly, quoted, or as encoded-words, and refuses addresses that could add headers', () => {
    expect(mailboxField('To', { name: 'Dr Lee', address: 'dr.lee@clinic.example' })).toBe(
      'To: Dr Lee <dr.lee@clinic.example>',
    );
    expect(mailboxField('To', { name: 'Lee, Ana "Dr"', address: 'a@b.example' })).toBe(
      'To: "Lee, Ana \\"Dr\\"" <a@b.example>',
    );
    expect(mailboxField('To', { name: '', address: 'a@b.example' })).toBe('To: a@b.example');
    const encoded = mailboxField('From', { name: 'Zoë Núñez 🌱', address: 'zoe@example.org' });
    expect(encoded).toMatch(/^From: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= <zoe@example\.org>$/);
    expect(decodeHeaderValue(encoded.slice(6))).toBe('Zoë Núñez 🌱 <zoe@example.org>');
    expect(() => mailboxField('To', { name: 'x', address: 'a@b.example\r\nBcc: all@x.example' })).toThrow(
      MailAddressError,
    );
    expect(() => mailboxField('To', { name: 'x', address: 'not an address' })).toThrow(MailAddressError);
  });

  it('writes the date as RFC 5322 §3.3 date-time in UTC', () => {
    expect(dateField(Date.UTC(2026, 11, 1, 14, 4, 5))).toBe('Tue, 01 Dec 2026 14:04:05 +0000');
  });
});

describe('the whole message', () => {
  it('has the MIME headers, a text/plain UTF-8 body in base64 lines of at most 76, and every line within 78', () => {
    const text = buildMessage(message({ replyTo: { name: '', address: 'zoe.home@example.org' } }));
    const [head = '', body = ''] = text.split('\r\n\r\n');
    expect(lines(head)).toEqual(
      expect.arrayContaining([
        'To: Dr Lee <dr.lee@clinic.example>',
        'Reply-To: zoe.home@example.org',
        'Date: Tue, 01 Dec 2026 14:04:05 +0000',
        'Message-ID: <a1b2c3@example.org>',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=UTF-8',
        'Content-Transfer-Encoding: base64',
      ]),
    );
    for (const line of lines(text)) expect(line.length).toBeLessThanOrEqual(78);
    for (const line of lines(body.trimEnd())) expect(line.length).toBeLessThanOrEqual(76);
    // Only ASCII goes over the wire: nothing for a relay to mangle.
    expect([...text].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(text.includes('\n') && !/[^\r]\n/.test(text)).toBe(true);
  });

  it('round-trips through base64url: headers and body back byte for byte (accents and emoji)', () => {
    const sent = message({ body: 'Bonjour,\n\nÇa va ? 😔🙏🏽 — à jeudi.\n'.repeat(20) });
    const raw = gmailRaw(sent);
    expect(raw).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = decodeRaw(raw);
    expect(decoded.headers.from).toBe('Zoë Núñez 🌱 <zoe@example.org>');
    expect(decoded.headers.to).toBe('Dr Lee <dr.lee@clinic.example>');
    expect(decoded.headers.subject).toBe(sent.subject);
    expect(decoded.headers['reply-to']).toBeUndefined();
    // Text/plain travels in canonical form (RFC 2046 §4.1.1): CRLF line breaks.
    expect(Buffer.from(decoded.bodyBytes).equals(Buffer.from(sent.body.replace(/\n/g, '\r\n'), 'utf8'))).toBe(true);
    expect(decodeMessage(buildMessage(sent)).body.replace(/\r\n/g, '\n')).toBe(sent.body);
  });

  it('keeps a subject on one header line even when the client typed line breaks', () => {
    const decoded = decodeRaw(gmailRaw(message({ subject: 'Sorry\r\nBcc: everyone@example.org' })));
    expect(decoded.headers.bcc).toBeUndefined();
    expect(decoded.headers.subject).toBe('Sorry Bcc: everyone@example.org');
  });
});
