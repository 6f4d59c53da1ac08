import { browser } from 'wxt/browser';
import { extensionGoogleClient, extensionTokenSource } from '../calendar/google/extension';
import { createGmailClient, GmailSendError } from '../gmail/client';
import { isSendableAddress } from '../gmail/mime';
import { canSend, GMAIL_SEND_SCOPE } from '../gmail/scope';
import { createSendFlow, type SendFlow } from '../gmail/send-flow';
import { onMessage } from '../messaging';
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

/** Sending through Gmail: the send scope, the undo window, the send itself (lib/gmail/send-flow.ts). */
export function initGmail(): () => void {
  const flow = extensionSendFlow();
  const onAlarm = flow.onAlarm;
  browser.alarms.onAlarm.addListener(onAlarm);
  const stops = [
    // The first "Send from Gmail": Google's consent page for the one extra scope.
    onMessage('gmailGrant', async () => {
      const token = await extensionTokenSource().connect([GMAIL_SEND_SCOPE]);
      const scopes = token.scopes ?? [];
      if (!canSend(scopes))
        throw new Error(
          'Google did not give permission to send, so nothing was sent. You can send the message another way below.',
        );
      await accountScopes(scopes);
      return { scopes };
    }),
    onMessage('gmailSend', (ask) => flow.queue(ask)),
    onMessage('undoSend', ({ id }) => flow.undo(id)),
    () => browser.alarms.onAlarm.removeListener(onAlarm),
  ];
  void flow.resume();
  return () => stops.forEach((stop) => stop());
}
