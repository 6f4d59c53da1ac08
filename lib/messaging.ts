import { browser, type Browser } from 'wxt/browser';

/**
 * The background registers its message handlers here, by type only (lib/background/messages.ts):
 * `interface Register { handlers: typeof handlers }`. The protocol is derived from that map, so
 * a message's data and reply are whatever its handler takes and returns, and pages import no
 * background code (TanStack Router's `Register` pattern).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface Register {}

/** A message handler: runs in the background with the message's data and its sender. */
export type Handler = (data: never, sender: Browser.runtime.MessageSender) => unknown;

/** Every message the background answers, by name. */
export type Protocol = Register extends { handlers: infer H extends Record<string, Handler> } ? H : never;
export type MessageType = keyof Protocol & string;

/** What a message carries: its handler's first parameter (`{}` for a handler that takes none). */
export type MessageData<K extends MessageType> = Protocol[K] extends (data: infer D, ...rest: never[]) => unknown
  ? unknown extends D
    ? Record<string, never>
    : D
  : never;
export type Reply<K extends MessageType> = Awaited<ReturnType<Protocol[K]>>;

interface Envelope {
  type: string;
  data: unknown;
}
type Outcome = { ok: true; value: unknown } | { ok: false; error: string };

export async function sendMessage<K extends MessageType>(type: K, data: MessageData<K>): Promise<Reply<K>> {
  const outcome = (await browser.runtime.sendMessage({ type, data } satisfies Envelope)) as Outcome | undefined;
  if (!outcome) throw new Error(`No handler for the message "${type}".`);
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.value as Reply<K>;
}

/**
 * Answers the messages named in `handlers` with one runtime listener. A handler runs
 * synchronously inside the listener, so APIs that need the sender's user gesture
 * (`sidePanel.open`) still have it. Returns a function that removes the listener.
 */
export function listen(handlers: Record<string, Handler>): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: Outcome) => void) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.type)) return false;
    const handler = handlers[message.type] as (data: unknown, sender: Browser.runtime.MessageSender) => unknown;
    let result: unknown;
    try {
      result = handler(message.data, sender);
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
