/**
 * Send only: this scope cannot read, change or delete mail.
 * https://developers.google.com/workspace/gmail/api/auth/scopes
 */
export const GMAIL_SEND_SCOPE = 'https://www.googleapis.com/auth/gmail.send';

/** Whether the granted scopes (the token response's `scope`) let Session Keeper send. */
export function canSend(scopes: readonly string[] | undefined): boolean {
  return scopes?.includes(GMAIL_SEND_SCOPE) ?? false;
}
