import { browser, type Browser } from 'wxt/browser';
import type { ProbeResult } from './sources/probe-result';
import type { GoogleCalendar } from './calendar/google/client';
import type { GmailSendRequest } from './gmail/request';
import type { CalendarAnswer, CalendarQuery } from './gcal-page/lookup';

/**
 * Messages between the extension's contexts, as `name: (data) => reply`. Pages read storage
 * themselves; they message the background only for what must happen there (network, OAuth, a
 * side panel opened with the sender's user gesture). The calendar add-on reads no storage: it
 * asks the background (`calendarLookup`).
 */
export interface Protocol {
  /** Sync one source, or all. Resolves when done; results land in storage. */
  syncNow(data: { sourceId?: string }): void;
  /**
   * Open the side panel for a missed session (keeps the sender's user gesture in Chrome), or,
   * with `opened`, only show that session in the sidebar the page opened itself (Firefox).
   */
  openSidePanel(data: { key?: string; opened?: boolean }): void;
  /** Google: run the interactive sign-in (the page asked for host permission first). */
  googleConnect(data: Record<string, never>): void;
  /** Google: revoke the token, forget the account and remove its calendars. */
  googleDisconnect(data: Record<string, never>): void;
  /** Google: the calendars the account can read (`calendarList.list`). */
  googleCalendars(data: Record<string, never>): GoogleCalendar[];
  /** A change of stored state, made by its owner in the background (lib/store/writes.ts). */
  write(data: { name: string; args: unknown[] }): unknown;
  /** The calendar add-on: which sessions these chips and this popup show, and what to say. */
  calendarLookup(data: CalendarQuery): CalendarAnswer;
  /** Read a feed address once without saving it: does its first fetch work? */
  probeFeed(data: { url: string }): ProbeResult;
  /** Google: use (or stop using) one calendar as a source. */
  googleChooseCalendar(data: { calendarId: string; name: string; chosen: boolean }): void;
  /** Gmail: ask Google for the send scope (incrementally); resolves with the granted scopes. */
  gmailGrant(data: Record<string, never>): { scopes: string[] };
  /** Gmail: send a message after the 10-second undo window (lib/gmail/send-flow.ts). */
  gmailSend(data: GmailSendRequest): { id: string; sendAt: number };
  /** Gmail: cancel a message still in its undo window; false when it already went. */
  undoSend(data: { id: string }): boolean;
}

interface Envelope<K extends keyof Protocol = keyof Protocol> {
  type: K;
  data: Parameters<Protocol[K]>[0];
}

type Reply<K extends keyof Protocol> = Awaited<ReturnType<Protocol[K]>>;
type Outcome = { ok: true; value: unknown } | { ok: false; error: string };

export async function sendMessage<K extends keyof Protocol>(
  type: K,
  data: Parameters<Protocol[K]>[0],
): Promise<Reply<K>> {
  const outcome = (await browser.runtime.sendMessage({ type, data } satisfies Envelope<K>)) as Outcome | undefined;
  if (!outcome) throw new Error(`No handler for the message "${type}".`);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value as Reply<K>;
}

/**
 * Handles one message type. The handler runs synchronously inside the runtime listener, so
 * APIs that need the sender's user gesture (`sidePanel.open`) still have it.
 * Returns a function that removes the listener.
 */
export function onMessage<K extends keyof Protocol>(
  type: K,
  handler: (
    data: Parameters<Protocol[K]>[0],
    sender: Browser.runtime.MessageSender,
  ) => ReturnType<Protocol[K]> | Promise<ReturnType<Protocol[K]>>,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: Outcome) => void) => {
    if (!isEnvelope(message) || message.type !== type) return false;
    let result: unknown;
    try {
      result = handler(message.data as Parameters<Protocol[K]>[0], sender);
    } catch (error) {
      sendResponse({ ok: false, error: errorText(error) });
      return false;
    }
    Promise.resolve(result).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: errorText(error) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && 'type' in message && typeof message.type === 'string';
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
