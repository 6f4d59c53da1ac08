/**
 * What Google Calendar's page says about an event in its `data-eventid` attribute.
 *
 * The attribute is base64 (padding stripped) of `"<eventId> <calendar key>"`. The event id is
 * the API's `id`: for an instance of a recurring series `<seriesId>_<YYYYMMDDTHHMMSSZ>` (the
 * instance's original start in UTC; all-day: `<seriesId>_<YYYYMMDD>`). The calendar key is the
 * calendar id with its domain abbreviated (`@m` = `@gmail.com`).
 */
export interface PageEventId {
  /** The API's event id (the instance id for an instance of a series). */
  eventId: string;
  /** The id without the instance suffix: the series id, or `eventId` itself. */
  baseId: string;
  /** Original start of a recurring instance (epoch ms), else null. */
  instanceStart: number | null;
  /** The calendar id with its domain written out, or '' when the attribute has none. */
  calendarId: string;
}

// Domains Google abbreviates in the calendar key.
const CALENDAR_DOMAINS: Record<string, string> = {
  m: 'gmail.com',
  g: 'group.calendar.google.com',
  v: 'group.v.calendar.google.com',
  i: 'import.calendar.google.com',
};

export function expandCalendarKey(key: string): string {
  const at = key.lastIndexOf('@');
  if (at < 0) return key;
  const domain = CALENDAR_DOMAINS[key.slice(at + 1)];
  return domain ? `${key.slice(0, at + 1)}${domain}` : key;
}

/** Decodes a `data-eventid`; null when it is not base64 of an event id. */
export function decodeEventId(attribute: string): PageEventId | null {
  const text = decodeBase64(attribute.trim());
  if (!text) return null;
  const [eventId = '', calendarKey = ''] = text.split(' ');
  // The API allows base32hex ids; imported events also get `_`-prefixed ids (see uidFromEventId).
  if (!/^[A-Za-z0-9_-]{3,1024}$/.test(eventId)) return null;
  const { baseId, instanceStart } = splitInstance(eventId);
  return { eventId, baseId, instanceStart, calendarId: expandCalendarKey(calendarKey) };
}

/** `<seriesId>_<YYYYMMDDTHHMMSSZ>` or `<seriesId>_<YYYYMMDD>` → the series id and the instant. */
export function splitInstance(eventId: string): { baseId: string; instanceStart: number | null } {
  const m = /^(.+)_(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/.exec(eventId);
  if (!m) return { baseId: eventId, instanceStart: null };
  const [, baseId = eventId, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  const instant = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  return Number.isNaN(instant) ? { baseId: eventId, instanceStart: null } : { baseId, instanceStart: instant };
}

/**
 * The iCalendar UID an event id stands for, when Google derived the id from it: a UID that is
 * already a valid id (base32hex characters) is used as is; any other UID of an imported or
 * subscribed event becomes `_` + base32hex(UID) (RFC 4648 §7, lowercase, unpadded).
 * Returns the candidates, most specific first.
 */
export function uidCandidates(baseId: string): string[] {
  const out: string[] = [];
  if (baseId.startsWith('_')) {
    const decoded = decodeBase32Hex(baseId.slice(1));
    if (decoded) out.push(decoded);
  }
  out.push(baseId);
  return out;
}

const BASE32HEX = '0123456789abcdefghijklmnopqrstuv';

/** base32hex (lowercase, unpadded) → UTF-8 text; null unless it decodes to printable text. */
export function decodeBase32Hex(input: string): string | null {
  if (!/^[0-9a-v]+$/.test(input)) return null;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of input) {
    buffer = (buffer << 5) | BASE32HEX.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
      buffer &= (1 << bits) - 1;
    }
  }
  const text = utf8(Uint8Array.from(bytes));
  return text !== null && /^[\x20-\x7e\u00a0-\uffff]+$/.test(text) ? text : null;
}

function decodeBase64(input: string): string | null {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(input)) return null;
  const standard = input.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
  try {
    return utf8(Uint8Array.from(atob(padded), (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Encodes like the page does; for fixtures and tests. */
export function encodeEventId(eventId: string, calendarKey: string): string {
  const bytes = new TextEncoder().encode(`${eventId} ${calendarKey}`);
  return btoa(String.fromCharCode(...bytes)).replace(/=+$/, '');
}

/** `_` + base32hex(uid), as Google names an imported event whose UID is not a valid id. */
export function encodeImportedId(uid: string): string {
  let out = '_';
  let buffer = 0;
  let bits = 0;
  for (const byte of new TextEncoder().encode(uid)) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32HEX[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32HEX[(buffer << (5 - bits)) & 31];
  return out;
}

/** `YYYYMMDDTHHMMSSZ` of an instant, the suffix of a recurring instance's id. */
export function instanceSuffix(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
