// What an event says besides its times: the organizer's email and the
// video link (DESIGN.md: calendar-provided text is shown as text, never as HTML).

const VIDEO_URL =
  /https:\/\/(?:[\w-]+\.)*(?:zoom\.us|zoom\.com|zoomgov\.com)\/(?:j|w|my|s|wc)\/[^\s<>"'\\]+|https:\/\/meet\.google\.com\/[a-z]{3,4}-[a-z]{4}-[a-z]{3,4}\b|https:\/\/meet\.google\.com\/lookup\/[\w-]+|https:\/\/teams\.microsoft\.com\/l\/meetup-join\/[^\s<>"'\\]+|https:\/\/teams\.live\.com\/meet\/[^\s<>"'\\]+/i;

/** The first Zoom, Google Meet or Teams link in these texts, in order; null when none. */
export function findVideoUrl(texts: (string | null | undefined)[]): string | null {
  for (const text of texts) {
    if (!text) continue;
    const match = VIDEO_URL.exec(text.replaceAll('&amp;', '&'));
    if (match) return match[0].replace(/[.,;:)\]]+$/, '');
  }
  return null;
}

/** `mailto:Dr.Lee@Example.com` → `dr.lee@example.com`; null when there is no address. */
export function organizerEmail(value: string | null): string | null {
  if (!value) return null;
  const email = value.trim().replace(/^mailto:/i, '').trim().toLowerCase();
  return email.includes('@') ? email : null;
}
