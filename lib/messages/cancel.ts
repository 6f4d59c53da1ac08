import type { Settings } from '../model/settings';
import type { SessionView } from '../model/session-view';
import { compose, dayAtTime, DEFAULT_CHOICES, defaultTemplate, type MessageWords } from './compose';
import type { Draft } from '../model/draft';
import { formatMoney } from '../format/money';
import { messageSession } from './missed';

/**
 * What the policy means for this cancellation, in the client's words: before the deadline no
 * fee is owed; after it the fee is named and accepted; without a fee, only an apology for the
 * short notice.
 */
export function policySentence(session: SessionView, now: number, timeZone: string, words: MessageWords): string {
  const { deadline, fee } = session.info;
  const when = dayAtTime(deadline, timeZone, words);
  if (now < deadline) return words.t('templates_policyInTime', { deadline: when });
  if (fee) return words.t('templates_policyLateFee', { deadline: when, fee: formatMoney(fee, words.locale) });
  return words.t('templates_policyShortNotice');
}

/** A message cancelling an upcoming session, before or after its deadline, in the words' language. */
export function composeCancel(
  session: SessionView,
  settings: Settings,
  now: number,
  timeZone: string,
  words: MessageWords,
): Draft {
  const facts = messageSession(session, timeZone);
  return compose(
    defaultTemplate('cancel', words),
    { ...facts, fee: null },
    { ...DEFAULT_CHOICES, reschedule: false, askMaterials: false },
    settings.clientName,
    words,
    { policy: policySentence(session, now, timeZone, words) },
  );
}
