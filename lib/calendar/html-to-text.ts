/**
 * Google Calendar descriptions written in its web editor are HTML (`<br>`, `<b>`, `<a>`,
 * `<ul><li>`, entities); those written through the API or imported are plain text. The
 * extension shows calendar text as text, never as HTML (DESIGN.md, privacy), so it converts
 * here, before the description is stored. Runs without a DOM (service worker, Node).
 */
export function htmlToText(input: string): string {
  if (!looksLikeHtml(input)) return input.replace(/\r\n?/g, '\n').trim();

  let out = '';
  // Links whose text differs from their address keep the address: "Zoom (https://…)".
  const links: { href: string; start: number }[] = [];
  const TOKEN = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+|<)/g;
  for (const match of input.matchAll(TOKEN)) {
    const [, , closing, rawTag, attributes, text] = match;
    if (text !== undefined) {
      out += decodeEntities(text.replace(/[ \t\r\n\f]+/g, ' '));
      continue;
    }
    if (rawTag === undefined) continue; // comment, script or style
    const tag = rawTag.toLowerCase();
    if (tag === 'br') out += '\n';
    else if (tag === 'li' && !closing) out += '\n• ';
    // A block starts on its own line; adjacent blocks do not add empty lines.
    else if (BLOCKS.has(tag) && !out.endsWith('\n')) out += '\n';
    else if (tag === 'a' && !closing) {
      const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes ?? '');
      links.push({ href: decodeEntities(href?.[1] ?? href?.[2] ?? href?.[3] ?? ''), start: out.length });
    } else if (tag === 'a' && closing) {
      const link = links.pop();
      if (link?.href && /^(https?|mailto|tel):/i.test(link.href)) {
        const label = out.slice(link.start).trim();
        const bare = link.href.replace(/^mailto:|^tel:/i, '');
        if (label !== link.href && label !== bare) out += label ? ` (${link.href})` : link.href;
      }
    }
  }
  return out
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const BLOCKS = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'blockquote',
  'pre',
  'hr',
]);
const KNOWN_TAGS = /<\/?(br|p|div|span|b|i|u|strong|em|a|ul|ol|li|h[1-6]|table|tr|td|font|blockquote|pre|hr)\b[^>]*>/i;

function looksLikeHtml(text: string): boolean {
  return KNOWN_TAGS.test(text);
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  euro: '€',
  pound: '£',
  copy: '©',
  bull: '•',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}
