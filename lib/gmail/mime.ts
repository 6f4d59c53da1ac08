// An RFC 5322 message with one text/plain UTF-8 part, small enough to load only when sending.
// A library was weighed first: mimetext (the well-kept generator) pulls in
// @babel/runtime-corejs3 and mime-types (with mime-db), far past the few kilobytes a send may
// cost; what a reschedule email needs is this: encoded-words, folding, base64.

/** Who a message is from or to. */
export interface Mailbox {
  /** Display name; empty for a bare address. */
  name: string;
  address: string;
}

export interface MailMessage {
  from: Mailbox;
  to: Mailbox;
  replyTo?: Mailbox | null;
  subject: string;
  /** Plain text; any line breaks (LF, CRLF, CR). */
  body: string;
  /** When it is sent (epoch ms); written in UTC. */
  date: number;
  /** The left part of the Message-ID (unique, e.g. a UUID). */
  id: string;
}

/** An address that cannot go in a header as it is (a typo, or an attempt to add headers). */
export class MailAddressError extends Error {
  override name = 'MailAddressError';
  constructor(readonly address: string) {
    super(`"${address}" is not an email address Session Keeper can send to. Check it in settings.`);
  }
}

const CRLF = '\r\n';
/** RFC 5322 §2.1.1: lines SHOULD be no more than 78 characters, excluding the CRLF. */
const MAX_LINE = 78;
/** RFC 2045 §6.8: encoded lines are no more than 76 characters. */
const BASE64_LINE = 76;
/** RFC 2047 §2: an encoded-word is no more than 75 characters. */
const MAX_WORD = 75;
const WORD_OPEN = '=?UTF-8?B?';
const WORD_CLOSE = '?=';

const utf8 = new TextEncoder();

/** Standard base64 of bytes (RFC 4648 §4). */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** base64url without padding (RFC 4648 §5), as Gmail's `raw` field takes it. */
export function base64url(bytes: Uint8Array): string {
  return base64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Printable ASCII only, and nothing a decoder could take for an encoded-word. */
const isPlain = (text: string): boolean => /^[\x20-\x7e]*$/.test(text) && !text.includes('=?');

/**
 * `text` as RFC 2047 B encoded-words, each of at most `room(i)` characters for the i-th, split
 * between code points so that no UTF-8 sequence is cut (RFC 2047 §5: each encoded-word must
 * hold whole characters).
 */
function encodedWords(text: string, room: (index: number) => number): string[] {
  const words: string[] = [];
  let chunk = '';
  const maxBytes = (i: number) =>
    Math.floor((Math.min(room(i), MAX_WORD) - WORD_OPEN.length - WORD_CLOSE.length) / 4) * 3;
  const flush = () => {
    words.push(WORD_OPEN + base64(utf8.encode(chunk)) + WORD_CLOSE);
    chunk = '';
  };
  for (const char of text) {
    if (chunk && utf8.encode(chunk + char).length > maxBytes(words.length)) flush();
    chunk += char;
  }
  if (chunk || words.length === 0) flush();
  return words;
}

/**
 * One header field, folded (RFC 5322 §2.2.3): lines of at most 78 characters, each break a
 * CRLF before whitespace. Plain ASCII text folds at its spaces; anything else becomes
 * encoded-words, one per line when needed, never split.
 */
export function headerField(name: string, value: string): string {
  const prefix = `${name}: `;
  if (isPlain(value)) return foldAtSpaces(name, value);
  const words = encodedWords(value, (i) => MAX_LINE - (i === 0 ? prefix.length : 1));
  return prefix + words.join(CRLF + ' ');
}

function foldAtSpaces(name: string, value: string): string {
  const lines: string[] = [];
  let line = `${name}:`;
  let words = 0;
  for (const word of value.split(' ')) {
    if (words > 0 && line.length + 1 + word.length > MAX_LINE) {
      lines.push(line);
      line = '';
    }
    line += ` ${word}`;
    words++;
  }
  lines.push(line);
  return lines.join(CRLF);
}

/** RFC 5322 §3.4.1 addr-spec, kept to what mail to a therapist needs: no spaces, quotes or brackets. */
const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

/** Whether `address` can be written in a header as it is. */
export function isSendableAddress(address: string): boolean {
  return ADDRESS.test(address.trim());
}

/** RFC 5322 §3.2.3 atext and spaces: a phrase that needs no quoting. */
const ATOMS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$/;

/**
 * A mailbox as a header value: `Name <address>`. A display name outside ASCII becomes
 * encoded-words (RFC 2047 §5(3): allowed in a phrase); one with specials is quoted.
 */
export function mailboxField(name: string, mailbox: Mailbox): string {
  const address = mailbox.address.trim();
  if (!isSendableAddress(address)) throw new MailAddressError(mailbox.address);
  const display = mailbox.name.replace(/[\r\n]+/g, ' ').trim();
  if (!display) return `${name}: ${address}`;
  if (!isPlain(display)) {
    const prefix = `${name}: `;
    const words = encodedWords(display, (i) => MAX_LINE - (i === 0 ? prefix.length : 1));
    // The address goes on its own line when the last word leaves no room for it.
    const last = words.length === 1 ? prefix.length + (words[0]?.length ?? 0) : 1 + (words.at(-1)?.length ?? 0);
    const glue = last + address.length + 3 > MAX_LINE ? CRLF + ' ' : ' ';
    return prefix + words.join(CRLF + ' ') + glue + `<${address}>`;
  }
  const phrase = ATOMS.test(display) ? display : `"${display.replace(/(["\\])/g, '\\$1')}"`;
  return `${name}: ${phrase} <${address}>`;
}

/** RFC 5322 §3.3 date-time, in UTC: `Tue, 01 Dec 2026 19:27:05 +0000`. */
export function dateField(at: number): string {
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${day}, ${two(d.getUTCDate())} ${month} ${d.getUTCFullYear()} ${time} +0000`;
}

/** The text in canonical form (RFC 2046 §4.1.1: CRLF line breaks), as UTF-8 in base64 lines of 76. */
export function bodyBase64(text: string): string {
  const encoded = base64(utf8.encode(text.replace(/\r\n?|\n/g, CRLF)));
  const lines: string[] = [];
  for (let i = 0; i < encoded.length; i += BASE64_LINE) lines.push(encoded.slice(i, i + BASE64_LINE));
  return lines.join(CRLF);
}

/** The whole message (RFC 5322 with MIME, RFC 2045), CRLF line breaks. */
export function buildMessage(message: MailMessage): string {
  const domain = message.from.address.trim().split('@')[1] ?? 'localhost';
  const headers = [
    mailboxField('From', message.from),
    mailboxField('To', message.to),
    ...(message.replyTo ? [mailboxField('Reply-To', message.replyTo)] : []),
    headerField('Subject', message.subject.replace(/[\r\n]+/g, ' ')),
    `Date: ${dateField(message.date)}`,
    `Message-ID: <${message.id.replace(/[^A-Za-z0-9.-]/g, '')}@${domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
  ];
  return headers.join(CRLF) + CRLF + CRLF + bodyBase64(message.body) + CRLF;
}

/** The message as Gmail's `users.messages.send` takes it: `raw`, base64url of the bytes. */
export function gmailRaw(message: MailMessage): string {
  return base64url(utf8.encode(buildMessage(message)));
}
