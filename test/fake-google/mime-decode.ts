/**
 * Reads a message the way a receiving mail system does, for the fake Gmail and the tests:
 * header unfolding (RFC 5322 §2.2.3), encoded-words (RFC 2047 §4–6, B and Q, any charset
 * Node's TextDecoder knows) and the body's transfer encoding (RFC 2045 §6). Strict where a
 * sloppy encoder would slip: an encoded-word holding a broken UTF-8 sequence throws.
 */

export interface DecodedMessage {
  /** Header fields by lower-case name, unfolded and decoded (the last one wins). */
  headers: Record<string, string>;
  /** The header section as sent, CRLF line breaks. */
  headerText: string;
  /** The body's bytes after the transfer encoding is undone. */
  bodyBytes: Uint8Array;
  /** The body as text in its charset. */
  body: string;
}

/** RFC 5322 §2.2.3: unfolding removes each CRLF that is followed by whitespace. */
export function unfold(text: string): string {
  return text.replace(/\r\n(?=[ \t])/g, '');
}

const ENCODED_WORD = /=\?([^?*]+)(?:\*[^?]*)?\?([BbQq])\?([^?]*)\?=/g;

function decoderFor(charset: string): TextDecoder {
  return new TextDecoder(charset.toLowerCase(), { fatal: true });
}

/** RFC 2047 §4.2: the Q encoding, `_` for a space and `=XX` for an octet. */
function qBytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '_') bytes.push(0x20);
    else if (c === '=') {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i));
  }
  return Uint8Array.from(bytes);
}

/**
 * An unfolded header value with its encoded-words decoded. Whitespace between two adjacent
 * encoded-words is dropped (RFC 2047 §6.2); other text is kept as it is.
 */
export function decodeHeaderValue(value: string): string {
  let out = '';
  let last = 0;
  let previousEncoded = false;
  for (const match of value.matchAll(ENCODED_WORD)) {
    const [word, charset = '', encoding = '', text = ''] = match;
    const between = value.slice(last, match.index);
    if (!(previousEncoded && /^[ \t]*$/.test(between))) out += between;
    const bytes = encoding.toUpperCase() === 'B' ? Uint8Array.from(Buffer.from(text, 'base64')) : qBytes(text);
    out += decoderFor(charset).decode(bytes);
    previousEncoded = true;
    last = (match.index ?? 0) + word.length;
  }
  return out + value.slice(last);
}

/** RFC 2045 §6.7: quoted-printable, soft line breaks (`=` at a line end) removed. */
function quotedPrintableBytes(text: string): Uint8Array {
  return qBytes(text.replace(/=\r\n/g, '').replace(/_/g, '=5F'));
}

/** The header section and body of a message in `raw` (base64url of its bytes, as Gmail's API takes it). */
export function decodeRaw(raw: string): DecodedMessage {
  return decodeMessage(Buffer.from(raw, 'base64url').toString('latin1'));
}

/** A message as text whose characters are its bytes (latin1), CRLF line breaks. */
export function decodeMessage(octets: string): DecodedMessage {
  const split = octets.indexOf('\r\n\r\n');
  if (split < 0) throw new Error('No blank line between the header section and the body.');
  const headerText = octets.slice(0, split);
  const rawBody = octets.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const field of unfold(headerText).split('\r\n')) {
    const colon = field.indexOf(':');
    if (colon <= 0) throw new Error(`Not a header field: ${field}`);
    headers[field.slice(0, colon).toLowerCase()] = decodeHeaderValue(field.slice(colon + 1).trim());
  }
  const transfer = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const bodyBytes =
    transfer === 'base64'
      ? Uint8Array.from(Buffer.from(rawBody.replace(/\r\n/g, ''), 'base64'))
      : transfer === 'quoted-printable'
        ? quotedPrintableBytes(rawBody)
        : Uint8Array.from(Buffer.from(rawBody, 'latin1'));
  const charset = /charset="?([^";\s]+)"?/i.exec(headers['content-type'] ?? '')?.[1] ?? 'us-ascii';
  return { headers, headerText, bodyBytes, body: decoderFor(charset).decode(bodyBytes) };
}
