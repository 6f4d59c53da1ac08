// What an event says besides its times: text fields as plain text, the organizer's email, the
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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Plain text of a description. Google's can hold HTML (`<br>`, `<a href>`, `<b>`): turn the
 * line breaks into newlines, drop the tags, decode entities. Text without tags is kept as is.
 */
export function plainText(value: string): string {
  // Known tags only: Outlook writes links as `<https://…>`, which are text, not tags.
  if (!/<\/?(a|b|i|u|p|br|div|span|ul|ol|li|strong|em|html|body|h\d)\b[^>]*>/i.test(value)) return value;
  return value
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<\/?[a-z][a-z0-9]*(\s[^>]*)?\/?>/gi, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
      if (entity[0] === '#') {
        const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[entity.toLowerCase()] ?? whole;
    })
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** `mailto:Dr.Lee@Example.com` → `dr.lee@example.com`; null when there is no address. */
export function organizerEmail(value: string | null): string | null {
  if (!value) return null;
  const email = value.trim().replace(/^mailto:/i, '').trim().toLowerCase();
  return email.includes('@') ? email : null;
}
