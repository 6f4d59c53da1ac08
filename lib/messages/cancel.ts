import type { Settings } from '../settings';
import type { SessionView } from '../ui-model/session-view';
import { compose, DEFAULT_CHOICES } from './compose';
import type { Draft } from './draft';
import { formatDay, formatMoney, formatTime, messageLocale } from './format';
import { messageSession } from './missed';
import type { MessageTemplate } from './template';

export const DEFAULT_CANCEL_TEMPLATE: MessageTemplate = {
  subject: 'Cancelling our session on {date}',
  body: `Hi {therapist},

I need to cancel our session on {date} at {time}. {reason}

{policy}

Thank you for understanding.

Best wishes,
{client}`,
};

/**
 * What the policy means for this cancellation, in the client's words: before the deadline no
 * fee is owed; after it the fee is named and accepted; without a fee, only an apology for the
 * short notice.
 */
export function policySentence(session: SessionView, now: number, timeZone: string, region: string): string {
  const locale = messageLocale(region);
  const { deadline, fee } = session.info;
  const when = `${formatDay(deadline, timeZone, locale)}, ${formatTime(deadline, timeZone, locale)}`;
  if (now < deadline)
    return `I'm letting you know before the cancellation deadline (${when}), so I understand there is no fee.`;
  if (fee)
    return `I know this is after the cancellation deadline (${when}), and I understand your policy is to charge ${formatMoney(fee, locale)} for a late cancellation.`;
  return "I'm sorry for the short notice.";
}

/** A message cancelling an upcoming session, before or after its deadline. */
export function composeCancel(session: SessionView, settings: Settings, now: number, timeZone: string): Draft {
  const facts = messageSession(session, timeZone);
  return compose(
    DEFAULT_CANCEL_TEMPLATE,
    { ...facts, fee: null },
    { ...DEFAULT_CHOICES, reschedule: false, askMaterials: false },
    settings.clientName,
    settings.region,
    { policy: policySentence(session, now, timeZone, settings.region) },
  );
}
