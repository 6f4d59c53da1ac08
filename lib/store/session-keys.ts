/**
 * The stored keys the session data is read from (`sessionDataFrom`, lib/sessions.ts): the
 * sources and the demo switch, each source's appointments (and version 1's shared record), the
 * therapists, check-ins, settings, "Which therapist is this?" answers and Gmail requests. Every
 * view, marker and strip is made from these alone; session-keys.test.ts keeps the list to what
 * `sessionDataFrom` reads. Plain strings, not the item list: the calendar add-on's small page
 * script uses this, and the items carry their schemas.
 */
const ITEMS = new Set([
  'sources',
  'demoEnabled',
  'appointments',
  'therapists',
  'attendance',
  'settings',
  'seriesChoices',
  'sentRequests',
]);
/** `appointments:<source id>` (lib/store/items.ts, appointmentsFamily). */
const PER_SOURCE = 'appointments:';

/**
 * Whether a change to these stored keys may change the sessions or what they show: not a sync's
 * status or state, nor a reminder or notification noted as shown. A key's version sits beside
 * it under `<key>$` (lib/store/item.ts, metaKey) and counts as the key.
 */
export function touchesSessionData(keys: Iterable<string>): boolean {
  for (const key of keys) {
    const item = key.endsWith('$') ? key.slice(0, -1) : key;
    if (ITEMS.has(item) || item.startsWith(PER_SOURCE)) return true;
  }
  return false;
}
