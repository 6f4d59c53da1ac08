import { browser } from 'wxt/browser';
import { extensionGoogleClient, extensionTokenSource } from '../calendar/google/extension';
import { createGmailClient, GmailSendError } from '../gmail/client';
import { isSendableAddress } from '../gmail/mime';
import { canSend, GMAIL_SEND_SCOPE } from '../gmail/scope';
import { createSendFlow, type SendFlow } from '../gmail/send-flow';
import type { GmailSendRequest } from '../model/request';
import { accountScopes } from '../store/google-account';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The account's Gmail address: the primary calendar's id is the account's email
 * (https://developers.google.com/workspace/calendar/api/concepts/events-calendars), and
 * `gmail.send` alone cannot read the profile.
 */
async function accountAddress(): Promise<string> {
  const primary = (await extensionGoogleClient().listCalendars()).find((c) => c.primary);
  if (primary && isSendableAddress(primary.id)) return primary.id;
  throw new GmailSendError(
    'refused',
    'Session Keeper could not tell which Gmail address to send from. Your message is kept here: send it another way below.',
  );
}

let flow: SendFlow | null = null;

/**
 * The worker's one send flow. Background features that send by themselves (a notification's
 * "Reschedule" button) call `extensionSendFlow().queue(ask)`; pages send the `gmailSend` message.
 */
export function extensionSendFlow(): SendFlow {
  if (flow) return flow;
  const gmail = createGmailClient({
    apiUrl: __GMAIL_API_URL__.replace(/\/+$/, ''),
    fetch: (...a) => fetch(...a),
    token: extensionTokenSource(),
    sleep,
  });
  flow = createSendFlow({
    send: (raw) => gmail.send(raw),
    sender: accountAddress,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    setTimer: (run, ms) => void setTimeout(() => void run(), ms),
  });
  return flow;
}

export const gmailMessages = {
  /** The first "Send from Gmail": Google's consent page for the one extra scope; the granted scopes. */
  async gmailGrant(): Promise<{ scopes: string[] }> {
    const token = await extensionTokenSource().connect([GMAIL_SEND_SCOPE]);
    const scopes = token.scopes ?? [];
    if (!canSend(scopes))
      throw new Error(
        'Google did not give permission to send, so nothing was sent. You can send the message another way below.',
      );
    await accountScopes(scopes);
    return { scopes };
  },
  /** Send a message after the 10-second undo window (lib/gmail/send-flow.ts). */
  gmailSend: (ask: GmailSendRequest) => extensionSendFlow().queue(ask),
  /** Cancel a message still in its undo window; false when it already went. */
  undoSend: ({ id }: { id: string }) => extensionSendFlow().undo(id),
};

/** Sending through Gmail: the undo window's alarm, and sends a stopped worker left waiting. */
export function initGmail(): () => void {
  const flow = extensionSendFlow();
  const onAlarm = flow.onAlarm;
  browser.alarms.onAlarm.addListener(onAlarm);
  void flow.resume();
  return () => browser.alarms.onAlarm.removeListener(onAlarm);
}
