import type { Draft } from '../messages/draft';
import { sendMessage } from '../messaging';
import type { Settings } from '../settings';
import type { SessionView } from '../ui-model/session-view';
import { isSendableAddress } from './mime';
import type { GmailSendRequest, RequestPurpose } from './request';

/**
 * What a page asks the background to send about `session`: the client's name in From, their
 * Reply-To (settings), and the session's start, so a later start reads as "moved".
 */
export function gmailAsk(
  session: Pick<SessionView, 'appointment' | 'therapist'>,
  purpose: RequestPurpose,
  draft: Draft,
  settings: Pick<Settings, 'clientName' | 'replyTo'>,
): GmailSendRequest {
  // A Reply-To that is not an address would stop the message in the encoder: replies then go to Gmail.
  const replyTo = settings.replyTo.trim();
  return {
    key: session.appointment.key,
    purpose,
    draft,
    toName: session.therapist.name,
    fromName: settings.clientName.trim(),
    replyTo: isSendableAddress(replyTo) ? replyTo : null,
    sessionStart: session.appointment.start,
  };
}

/**
 * "Send from Gmail" from any page or the calendar strip: first the send scope when it is not
 * granted yet (Google's consent page, incremental), then the background's undo window.
 * Resolves with the request's id; throws in words.
 */
export async function queueGmailSend(ask: GmailSendRequest, needsGrant: boolean): Promise<string> {
  if (needsGrant) await sendMessage('gmailGrant', {});
  return (await sendMessage('gmailSend', ask)).id;
}
