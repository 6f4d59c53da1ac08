import { browser } from 'wxt/browser';
import { resolve } from '../store/attendance';
import {
  allRequests,
  claimRequest,
  markFailed,
  markSent,
  pruneRequests,
  queueRequest,
  undoRequest,
} from '../store/requests';
import { GmailSendError } from './client';
import { gmailRaw, isSendableAddress } from './mime';
import { pendingRequest, type GmailSendRequest, type SentRequest } from './request';

/** What the flow needs from the extension: Gmail, the account's address, the clock, ids. */
export interface SendFlowDeps {
  /** `users.messages.send` with `raw`; throws `GmailSendError` in words. */
  send(raw: string): Promise<unknown>;
  /** The Gmail address to send from (the account's). */
  sender(): Promise<string>;
  now(): number;
  newId(): string;
  /** Waits out the undo window while the worker is awake (tests pass their own). */
  setTimer(run: () => Promise<void>, ms: number): void;
}

export interface SendFlow {
  /** Starts the undo window; resolves with the request's id and when it will go. */
  queue(ask: GmailSendRequest): Promise<{ id: string; sendAt: number }>;
  /** Cancels a request still in its undo window; false when too late. */
  undo(id: string): Promise<boolean>;
  /** Sends a request whose undo window is over (its alarm, or the timer). */
  deliver(id: string): Promise<void>;
  /** After a worker start: sends what is due, re-arms the rest, says what an interrupted send means. */
  resume(): Promise<void>;
  /** The alarm listener, for `alarms.onAlarm`; resolves when its delivery is done. */
  onAlarm(alarm: { name: string }): Promise<void>;
}

const ALARM_PREFIX = 'gmail-send:';
const alarmName = (id: string) => ALARM_PREFIX + id;

/**
 * The undo window lives in the background, so closing the panel neither loses nor doubles a
 * message. The pending request is stored first; an alarm marks its end (the worker may stop
 * meanwhile, DESIGN.md) and a timer too, because Chrome delays alarms of packed extensions to
 * at least 30 s (https://developer.chrome.com/docs/extensions/reference/api/alarms) while the
 * worker stays awake for 30 s after the message that queued it. Whichever comes first claims
 * the request; the other finds nothing to do.
 */
export function createSendFlow(deps: SendFlowDeps): SendFlow {
  async function deliver(id: string): Promise<void> {
    const request = await claimRequest(id, deps.now());
    if (!request) return;
    await browser.alarms.clear(alarmName(id));
    try {
      const raw = gmailRaw({
        from: { name: request.fromName, address: await deps.sender() },
        to: { name: request.toName, address: request.to },
        replyTo: request.replyTo ? { name: request.fromName, address: request.replyTo } : null,
        subject: request.subject,
        body: request.body,
        date: deps.now(),
        id: request.id,
      });
      await deps.send(raw);
    } catch (error) {
      const words = error instanceof Error ? error.message : String(error);
      await markFailed(id, words, error instanceof GmailSendError ? error.kind : null);
      return;
    }
    const at = deps.now();
    await markSent(id, at);
    // A message after a missed session closes it: no "Did you send it?" when we know.
    if (request.purpose === 'missed') await resolve(request.key, 'sent', at);
  }

  const arm = async (request: SentRequest) => {
    await browser.alarms.create(alarmName(request.id), { when: request.sendAt });
    deps.setTimer(() => deliver(request.id), Math.max(0, request.sendAt - deps.now()));
  };

  return {
    async queue(ask) {
      if (!isSendableAddress(ask.draft.to)) {
        throw new Error(
          ask.draft.to.trim()
            ? `"${ask.draft.to}" is not an email address Gmail can send to. Check ${ask.toName}'s address in settings.`
            : `There is no email address for ${ask.toName} yet: add it in settings, then send.`,
        );
      }
      const request = pendingRequest(ask, deps.newId(), deps.now());
      await queueRequest(request);
      await arm(request);
      return { id: request.id, sendAt: request.sendAt };
    },
    async undo(id) {
      const undone = await undoRequest(id);
      if (undone) await browser.alarms.clear(alarmName(id));
      return undone;
    },
    deliver,
    async resume() {
      await pruneRequests(deps.now());
      for (const request of await allRequests()) {
        if (request.status === 'pending') {
          if (request.sendAt <= deps.now()) await deliver(request.id);
          else await arm(request);
        } else if (request.status === 'sending') {
          // The worker stopped while Gmail had the message: it may have gone. Never send twice.
          await markFailed(
            request.id,
            'Session Keeper was interrupted while sending, so it cannot tell whether the message went out. Look in your Gmail Sent folder before sending it again.',
            null,
          );
        }
      }
    },
    async onAlarm(alarm) {
      if (alarm.name.startsWith(ALARM_PREFIX)) await deliver(alarm.name.slice(ALARM_PREFIX.length));
    },
  };
}
