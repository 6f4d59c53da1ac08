import type { IncomingMessage, ServerResponse } from 'node:http';
import { decodeRaw, type DecodedMessage } from './mime-decode';

/** The scope `users.messages.send` needs (one of those it accepts). */
export const GMAIL_SEND = 'https://www.googleapis.com/auth/gmail.send';

export interface SentMessage extends DecodedMessage {
  id: string;
  /** The `raw` field as posted. */
  raw: string;
  /** Who sent it: the redirect URI the token was issued to. */
  client: string | null;
}

/**
 * The Gmail API's `users.messages.send` as the fake Google speaks it
 * (https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.messages/send):
 * takes `{ raw }` (base64url MIME), decodes and records the message. Tests can make the next
 * requests fail with 401, 403 `insufficientPermissions`, 429 or 500.
 */
export class FakeGmail {
  readonly sent: SentMessage[] = [];
  /** Every send request, answered or not. */
  attempts = 0;
  #failures: number[] = [];

  /** The next `times` send requests answer `status` (401, 403, 429, 500). */
  fail(times: number, status: 401 | 403 | 429 | 500): void {
    for (let i = 0; i < times; i++) this.#failures.push(status);
  }

  /** Messages sent by one client (a substring of its redirect URI, e.g. the extension id). */
  sentBy(client: string): SentMessage[] {
    return this.sent.filter((m) => m.client?.includes(client));
  }

  /**
   * `scopes`: what the request's token allows, or null when the token is not valid.
   * Answers with Google's JSON error body.
   */
  async handle(
    req: IncomingMessage,
    url: URL,
    res: ServerResponse,
    scopes: readonly string[] | null,
    client: string | null,
  ): Promise<void> {
    if (req.method !== 'POST' || url.pathname !== '/gmail/v1/users/me/messages/send')
      return error(res, 404, 'notFound', 'Not Found');
    this.attempts++;
    let text = '';
    for await (const chunk of req) text += String(chunk);
    const forced = this.#failures.shift();
    if (scopes === null || forced === 401)
      return error(res, 401, 'authError', 'Request had invalid authentication credentials.');
    if (!scopes.includes(GMAIL_SEND) || forced === 403) {
      return error(res, 403, 'insufficientPermissions', 'Request had insufficient authentication scopes.');
    }
    if (forced === 429) return error(res, 429, 'rateLimitExceeded', 'Rate Limit Exceeded');
    if (forced === 500) return error(res, 500, 'backendError', 'Backend Error');
    let raw: unknown;
    try {
      raw = (JSON.parse(text) as { raw?: unknown }).raw;
    } catch {
      return error(res, 400, 'parseError', 'Parse Error');
    }
    if (typeof raw !== 'string' || !/^[A-Za-z0-9_=-]+$/.test(raw))
      return error(res, 400, 'invalidArgument', 'Invalid value for ByteString');
    let message: DecodedMessage;
    try {
      message = decodeRaw(raw);
    } catch (e) {
      return error(res, 400, 'invalidArgument', `Invalid message: ${e instanceof Error ? e.message : String(e)}`);
    }
    const id = `msg-${this.sent.length + 1}`;
    this.sent.push({ ...message, id, raw, client });
    json(res, 200, { id, threadId: id, labelIds: ['SENT'] });
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}

function error(res: ServerResponse, code: number, reason: string, message: string): void {
  json(res, code, { error: { code, message, errors: [{ domain: 'global', reason, message }] } });
}
