import { canSend } from '../../lib/gmail/scope';
import type { SentRequest } from '../../lib/gmail/request';
import { googleAccountItem, sentRequestsItem } from '../../lib/store/items';
import { Stored } from '../stored.svelte';

/** Whether this page can offer "Send from Gmail", and what became of what it sent. */
export class GmailAccess {
  #account = new Stored(googleAccountItem);
  #requests = new Stored(sentRequestsItem);

  /** A Google account is connected (the send scope may still be missing). */
  get connected(): boolean {
    return this.#account.current !== null;
  }

  request(id: string | null): SentRequest | null {
    return id ? (this.#requests.current[id] ?? null) : null;
  }

  /**
   * The consent page comes first: the first time, and again when Google said the token lacks
   * the scope or the sign-in has lapsed (the interactive flow mends both).
   */
  needsGrant(lastId: string | null): boolean {
    const failure = this.request(lastId)?.failure;
    return !canSend(this.#account.current?.scopes) || failure === 'scope' || failure === 'sign-in';
  }

  /** The message `id` is in its undo window or with Gmail. */
  busy(id: string | null): boolean {
    const status = this.request(id)?.status;
    return status === 'pending' || status === 'sending';
  }
}
