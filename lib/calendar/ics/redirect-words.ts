// A feed address that sends Session Keeper elsewhere (HTTP 3xx), told in words. Each of these
// fails inside the browser's fetch as a bare "Failed to fetch", the same as being offline;
// users then check their internet connection, which is fine. So the redirects are looked at
// (see watch-redirects.ts, and the probe in fetch-feed.ts) and the reason is said instead.
// Hosts only: feed addresses carry secret tokens (DESIGN.md: privacy).
import { t } from '../../i18n/ui';

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
      return t('errors_redirectOtherHost', { host, next: next.host });
    }
    if (previous.protocol === 'https:' && next.protocol === 'http:') {
      return t('errors_redirectInsecure', { host });
    }
    if (seen.has(next.href)) return loop(host);
    seen.add(next.href);
    previous = next;
  }
  if (trail.failure === 'too-many' || trail.hops.length > MAX_REDIRECTS) return loop(host);
  if (trail.failure === 'unsafe-scheme') return notOnTheWeb(host, null);
  if (trail.failure === 'unseen') {
    return t('errors_redirectUnseen', { host });
  }
  return null;
}

function loop(host: string): string {
  return t('errors_redirectLoop', { host });
}

function notOnTheWeb(host: string, scheme: string | null): string {
  return scheme ? t('errors_redirectScheme', { host, scheme }) : t('errors_redirectNotWeb', { host });
}
