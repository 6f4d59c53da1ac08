// A feed address that sends Session Keeper elsewhere (HTTP 3xx), told in words. Each of these
// fails inside the browser's fetch as a bare "Failed to fetch", the same as being offline;
// users then check their internet connection, which is fine. So the redirects are looked at
// (see watch-redirects.ts, and the probe in fetch-feed.ts) and the reason is said instead.
// Hosts only: feed addresses carry secret tokens (DESIGN.md: privacy).

/** What was seen of a request's redirects. */
export interface RedirectTrail {
  /** Each address a redirect pointed to, in order (the requested one not included). */
  hops: string[];
  /**
   * How the browser ended the request, when it did: `too-many` (Chromium stops after 20,
   * Fetch §4.4 step 12), `unsafe-scheme` (a redirect to file:, data: …, which Fetch refuses
   * without saying where), `unseen` (a redirect happened but the browser hides its target,
   * as `redirect: 'manual'` does in extension pages).
   */
  failure: 'too-many' | 'unsafe-scheme' | 'unseen' | null;
}

/** The Fetch standard's redirect limit, which Chromium and Firefox apply. */
export const MAX_REDIRECTS = 20;

/**
 * Why a feed request's redirects cannot be followed, in words; null when they can (same host,
 * http → https, another path). Another host is refused even where the browser could read it:
 * Session Keeper asks for each feed's host when the feed is added, and the user chose this one.
 */
export function redirectProblem(requested: string, trail: RedirectTrail): string | null {
  const start = new URL(requested);
  const host = start.host;
  let previous = start;
  const seen = new Set([start.href]);
  for (const hop of trail.hops) {
    let next: URL;
    try {
      next = new URL(hop, previous);
    } catch {
      return notOnTheWeb(host, null);
    }
    if (next.protocol !== 'https:' && next.protocol !== 'http:') return notOnTheWeb(host, next.protocol);
    if (next.hostname !== start.hostname) {
      return (
        `${host} sends this calendar on to ${next.host}, and Session Keeper has permission to read only ${host}. ` +
        `If the calendar has moved, copy its new address from your calendar app and add it as a calendar: ` +
        `Session Keeper will then ask to read ${next.host}.`
      );
    }
    if (previous.protocol === 'https:' && next.protocol === 'http:') {
      return (
        `${host} sends this calendar from a secure (https) address on to an insecure (http) one, where it could be ` +
        'read or changed on the way, so Session Keeper did not read it.'
      );
    }
    if (seen.has(next.href)) return loop(host);
    seen.add(next.href);
    previous = next;
  }
  if (trail.failure === 'too-many' || trail.hops.length > MAX_REDIRECTS) return loop(host);
  if (trail.failure === 'unsafe-scheme') return notOnTheWeb(host, null);
  if (trail.failure === 'unseen') {
    return (
      `${host} sends this calendar on to another address, which Session Keeper could not follow: another site ` +
      `(Session Keeper may read only ${host}) or a redirect loop. Copy the calendar's address again from your calendar app.`
    );
  }
  return null;
}

function loop(host: string): string {
  return (
    `${host} keeps sending Session Keeper from one address to another and never to the calendar (a redirect loop). ` +
    'This is a problem on the calendar server; Session Keeper will try again at the next sync.'
  );
}

function notOnTheWeb(host: string, scheme: string | null): string {
  const what = scheme ? `a ${scheme} address` : 'an address that is not on the web (such as file: or data:)';
  return (
    `${host} sends this calendar on to ${what}, which Session Keeper does not open: it reads calendars only from ` +
    'https:// and http:// addresses. Copy the calendar’s address again from your calendar app.'
  );
}
