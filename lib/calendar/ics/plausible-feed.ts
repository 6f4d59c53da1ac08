// Whether a newly read copy of a feed may replace the last good one. A server that sends half
// a file (a dropped connection, a proxy's size limit) or binary junk inside
// BEGIN/END:VCALENDAR still parses: each event is read on its own, so what survives looks like
// a calendar that lost its sessions. Replacing the last good data with it would drop sessions
// the client still has, and with them their deadlines. A feed that really shrinks (past
// events archived, a series ended) reads cleanly, and is taken as it is.

/** Signs in the text itself that the copy is damaged. */
export type FeedDamage = 'truncated' | 'binary';

export interface FeedRead {
  /** Events read inside the sync window (the appointments). */
  events: number;
  /** How many things in it could not be read (the parser's warnings). */
  warnings: number;
  damage: FeedDamage[];
}

/**
 * The fewest new warnings that, with more than half of the events gone, mark a damaged copy.
 * One or two broken events appear in real feeds from one edit to the next (a bad line, a
 * pasted description) while a legitimate clean-up removes events without any warning; junk
 * inside the calendar breaks many lines at once, each a warning.
 */
export const MANY_NEW_WARNINGS = 3;

/**
 * Control characters (RFC 5545 §3.1 allows none but HTAB and the CRLF line breaks) and U+FFFD
 * (bytes that are not UTF-8) from which a copy counts as holding binary data. A stray one in a
 * description is a typo; a kilobyte of binary holds about a hundred.
 */
export const BINARY_CHARACTERS = 16;

/**
 * Damage signs in a feed's text: `truncated` when the last BEGIN:VCALENDAR is never closed
 * (text after END:VCALENDAR is common and harmless), `binary` as above.
 */
export function feedDamage(text: string): FeedDamage[] {
  const damage: FeedDamage[] = [];
  let open = false;
  for (const match of text.matchAll(/^(BEGIN|END):VCALENDAR[ \t]*\r?$/gim)) open = (match[1] as string).toUpperCase() === 'BEGIN';
  if (open) damage.push('truncated');
  let odd = 0;
  // A feed can be megabytes: one pass over the characters, ending at the threshold.
  for (let i = 0; i < text.length && odd < BINARY_CHARACTERS; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd) odd++;
  }
  if (odd >= BINARY_CHARACTERS) damage.push('binary');
  return damage;
}

/**
 * Why `next` must not replace `last` (the read now stored), or null when it may. Signs the
 * last good copy had too are the feed's habit, not damage (a server that always omits
 * END:VCALENDAR, a feed in the wrong charset). Then:
 * - a new damage sign and any event lost: what is missing is what the damage took;
 * - otherwise more than half of the events lost together with `MANY_NEW_WARNINGS` or more
 *   new warnings.
 * With no events stored there is nothing to protect.
 */
export function damagedCopy(last: FeedRead, next: FeedRead): FeedDamage | 'unreadable' | null {
  if (last.events === 0 || next.events >= last.events) return null;
  const fresh = next.damage.filter((sign) => !last.damage.includes(sign));
  if (fresh[0]) return fresh[0];
  const lostMost = next.events * 2 < last.events;
  return lostMost && next.warnings - last.warnings >= MANY_NEW_WARNINGS ? 'unreadable' : null;
}
