// Which link in an event joins the session. Only a video platform's meeting link is opened by
// "Join & check in"; any other link is shown as a plain link labelled with its host, so a
// calendar cannot make the button open a page the client did not expect.

/** A platform's meeting links: a host (itself or any subdomain) and, where needed, a path. */
interface Platform {
  host: RegExp;
  path?: RegExp;
}

// Patterns as each platform's help pages show the client's join link.
const PLATFORMS: readonly Platform[] = [
  // SimplePractice Telehealth: the client's link opens video.simplepractice.com.
  { host: /^video\.simplepractice\.com$/ },
  // Doxy.me: a provider's waiting room, doxy.me/<room>.
  { host: /(^|\.)doxy\.me$/, path: /^\/[^/]+/ },
  // TherapyNotes: clients join from their TherapyPortal's telehealth page
  // (support.therapynotes.com, "Start a Telehealth Session").
  { host: /(^|\.)therapyportal\.com$/, path: /\/telehealth\b/i },
  { host: /(^|\.)therapynotes\.com$/, path: /\/telehealth\b/i },
  // TheraNest: a unique session URL per appointment (help.theranest.com, "Client: Join Telehealth Session").
  { host: /(^|\.)theranest\.com$/, path: /telehealth|video|session/i },
  // Jane: online appointments, begun from the clinic's My Account (jane.app/guide).
  { host: /(^|\.)(janeapp\.com|janeapp\.co\.uk|janeapp\.com\.au|jane\.app)$/, path: /online|telehealth|video|begin/i },
  { host: /(^|\.)(zoom\.us|zoom\.com|zoomgov\.com)$/, path: /^\/(j|w|my|s|wc)\// },
  { host: /^meet\.google\.com$/, path: /^\/([a-z]{3,4}-[a-z]{4}-[a-z]{3,4}\b|lookup\/)/ },
  { host: /^teams\.microsoft\.com$/, path: /^\/l\/meetup-join\// },
  { host: /^teams\.live\.com$/, path: /^\/meet\// },
  { host: /(^|\.)webex\.com$/, path: /^\/(meet|join|[\w-]+\/j\.php|[\w-]+\/(meet|join))\b/i },
];

const URL_IN_TEXT = /https?:\/\/[^\s<>"'\\]+/gi;

/** Whether `url` is a meeting link of a known video platform (https only). */
export function isTelehealthUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:') return false;
  const host = parsed.hostname.toLowerCase();
  return PLATFORMS.some((p) => p.host.test(host) && (!p.path || p.path.test(parsed.pathname)));
}

export interface EventLinks {
  /** The first meeting link of a video platform, in the order of the texts; null: none. */
  videoUrl: string | null;
  /** The other web links, at most `MAX_LINKS`, in order, without duplicates. */
  links: string[];
}

export const MAX_LINKS = 3;

/** The links in an event's texts (conference fields first, then location, then description). */
export function findLinks(texts: readonly (string | null | undefined)[]): EventLinks {
  let videoUrl: string | null = null;
  const links: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    for (const match of text.replaceAll('&amp;', '&').matchAll(URL_IN_TEXT)) {
      const url = match[0].replace(/[.,;:!?)\]]+$/, '');
      if (!parse(url)) continue;
      if (videoUrl === null && isTelehealthUrl(url)) videoUrl = url;
      else if (url !== videoUrl && !links.includes(url) && links.length < MAX_LINKS) links.push(url);
    }
  }
  return { videoUrl, links: links.filter((l) => l !== videoUrl) };
}

/** 'clinic.example' for a link's label; null when it is not a web link. */
export function linkHost(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;
  return parsed.hostname.replace(/^www\./, '');
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
