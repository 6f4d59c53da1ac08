import type { Draft } from '../messages/draft';
import type { GmailFailure } from './client';

/** The 10 seconds between "Send from Gmail" and the message leaving, for Undo. */
export const UNDO_WINDOW_MS = 10_000;

/** What a message to the therapist asks for: a missed session's follow-up, a reschedule, a cancellation. */
export type RequestPurpose = 'missed' | 'reschedule' | 'cancel';

/** What a page asks the background to send (the `gmailSend` message). */
export interface GmailSendRequest {
  /** The session it is about (`Appointment.key`). */
  key: string;
  purpose: RequestPurpose;
  draft: Draft;
  /** The therapist's name, for To and for "Sending to Dr Lee…". */
  toName: string;
  /** The client's name, for From. */
  fromName: string;
  /** Where replies should go, when not the Gmail address. */
  replyTo?: string | null;
  /** The session's start when the message was written: a later start means it moved. */
  sessionStart?: number | null;
}

/**
 * `pending` for the undo window, `sending` while Gmail has it, then `sent` or `failed`.
 * An undone request is removed: it never existed for anyone else.
 */
export type RequestStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** A message sent (or about to be) through Gmail, as stored (`sentRequests`, by id). */
export interface SentRequest {
  id: string;
  key: string;
  purpose: RequestPurpose;
  to: string;
  toName: string;
  subject: string;
  /** The text until it is sent; then empty: it lives in the Gmail Sent folder, not twice on the device. */
  body: string;
  fromName: string;
  replyTo: string | null;
  createdAt: number;
  /** When the undo window ends. */
  sendAt: number;
  status: RequestStatus;
  sentAt: number | null;
  /** Why it did not go out, in words; null unless failed. */
  error: string | null;
  failure: GmailFailure | null;
  /** The session's start when the message was written (null: not known, older data). */
  sessionStart: number | null;
}

/** A new pending request from what the page sent. */
export function pendingRequest(ask: GmailSendRequest, id: string, now: number): SentRequest {
  return {
    id,
    key: ask.key,
    purpose: ask.purpose,
    to: ask.draft.to.trim(),
    toName: ask.toName,
    subject: ask.draft.subject,
    body: ask.draft.body,
    fromName: ask.fromName,
    replyTo: ask.replyTo?.trim() || null,
    createdAt: now,
    sendAt: now + UNDO_WINDOW_MS,
    status: 'pending',
    sentAt: null,
    error: null,
    failure: null,
    sessionStart: ask.sessionStart ?? null,
  };
}
