// The owner of `sentRequests`: messages sent through Gmail, from the undo window to sent or
// failed. Only the background's send flow (lib/gmail/send-flow.ts) calls these.
import type { GmailFailure } from '../gmail/client';
import type { SentRequest } from '../gmail/request';
import { requestsToKeep } from '../gmail/tracking';
import { getValue, update } from './io';
import { sentRequestsItem } from './items';

export async function queueRequest(request: SentRequest): Promise<void> {
  await update(sentRequestsItem, (all) => ({ ...all, [request.id]: request }));
}

/** Removes a request still in its undo window; false when it already went (or never was). */
export async function undoRequest(id: string): Promise<boolean> {
  let undone = false;
  await update(sentRequestsItem, (all) => {
    if (all[id]?.status !== 'pending') return all;
    undone = true;
    const { [id]: _undone, ...rest } = all;
    return rest;
  });
  return undone;
}

/**
 * Takes a pending request whose undo window is over for sending (`sending`), once: a second
 * caller (the alarm after the timer, or the other way round) gets null.
 */
export async function claimRequest(id: string, now: number): Promise<SentRequest | null> {
  let claimed: SentRequest | null = null;
  await update(sentRequestsItem, (all) => {
    const request = all[id];
    if (request?.status !== 'pending' || request.sendAt > now) return all;
    claimed = { ...request, status: 'sending' };
    return { ...all, [id]: claimed };
  });
  return claimed;
}

/** Changes fields of one stored request (none when it is gone). */
function patch(id: string, fields: Partial<SentRequest>): Promise<unknown> {
  return update(sentRequestsItem, (all) => {
    const request = all[id];
    return request ? { ...all, [id]: { ...request, ...fields } } : all;
  });
}

export async function markSent(id: string, at: number): Promise<void> {
  await patch(id, { status: 'sent', sentAt: at, body: '', error: null, failure: null });
}

export async function markFailed(id: string, error: string, failure: GmailFailure | null): Promise<void> {
  await patch(id, { status: 'failed', error, failure });
}

export async function allRequests(): Promise<SentRequest[]> {
  return Object.values(await getValue(sentRequestsItem));
}

/** Forgets requests about sessions long past (lib/gmail/tracking.ts, `requestsToKeep`). */
export async function pruneRequests(now: number): Promise<void> {
  await update(sentRequestsItem, (all) => {
    const kept = requestsToKeep(all, now);
    return Object.keys(kept).length === Object.keys(all).length ? all : kept;
  });
}
