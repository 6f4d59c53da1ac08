import type { Draft } from '../model/draft';

/**
 * Longest `mailto:` link we hand to the mail app. Browsers and mail apps truncate or drop
 * long ones (Outlook desktop stops near 2,000 characters), so longer bodies go by clipboard.
 */
export const MAILTO_MAX_LENGTH = 2000;

/** Mail apps expect CRLF line breaks in `mailto:` bodies (RFC 6068 §5). */
function crlf(text: string): string {
  return text.replace(/\r\n?|\n/g, '\r\n');
}

/**
 * Percent-encodes a query value: spaces as `%20`, never `+`, which some compose pages show
 * literally; `&`, `#`, `+` and non-ASCII (as UTF-8) are encoded too.
 */
function encode(text: string): string {
  return encodeURIComponent(text);
}

/** Addresses keep `@` and `,` readable (RFC 6068 §2); anything else unusual is encoded. */
function encodeAddress(to: string): string {
  return encode(to.trim()).replace(/%40/g, '@').replace(/%2C/gi, ',');
}

/** `mailto:` link (RFC 6068). */
export function mailtoUrl(draft: Draft): string {
  const query = [`subject=${encode(draft.subject)}`];
  if (draft.body) query.push(`body=${encode(crlf(draft.body))}`);
  return `mailto:${encodeAddress(draft.to)}?${query.join('&')}`;
}

/** Gmail's web compose window. */
export function gmailUrl(draft: Draft): string {
  return `https://mail.google.com/mail/?view=cm&fs=1&to=${encodeAddress(draft.to)}&su=${encode(draft.subject)}&body=${encode(draft.body)}`;
}

/** Outlook on the web (work, school and personal accounts). */
export function outlookUrl(draft: Draft): string {
  return `https://outlook.office.com/mail/deeplink/compose?to=${encodeAddress(draft.to)}&subject=${encode(draft.subject)}&body=${encode(draft.body)}`;
}
