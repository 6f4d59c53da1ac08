/**
 * Send only: this scope cannot read, change or delete mail.
 * https://developers.google.com/workspace/gmail/api/auth/scopes
 */
export const GMAIL_SEND_SCOPE = 'https://www.googleapis.com/auth/gmail.send';

/** Shown beside "Send from Gmail" until the scope is granted: exactly what it allows. */
export const GMAIL_SCOPE_SENTENCE =
  'Google will ask you to let Session Keeper send email as you. That permission lets it send the messages you choose to send, ' +
  'nothing else: it cannot read, change or delete your mail.';

/** Whether the granted scopes (the token response's `scope`) let Session Keeper send. */
export function canSend(scopes: readonly string[] | undefined): boolean {
  return scopes?.includes(GMAIL_SEND_SCOPE) ?? false;
}
