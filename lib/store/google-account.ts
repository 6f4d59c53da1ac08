// The owner of `googleAccount`: whether a Google account is connected, and the scopes Google
// said it granted (the token response's `scope`), so Gmail sending asks for its scope once.
import { update, write } from './io';
import { googleAccountItem } from './items';

export async function accountConnected(now: number, scopes: string[] | undefined): Promise<void> {
  await write(googleAccountItem, { connectedAt: now, ...(scopes ? { scopes } : {}) });
}

/** After an incremental grant: what the new token covers. Nothing when no account is connected. */
export async function accountScopes(scopes: string[]): Promise<void> {
  await update(googleAccountItem, (account) => (account ? { ...account, scopes } : account));
}

export async function accountForgotten(): Promise<void> {
  await write(googleAccountItem, null);
}
