import { t } from '../i18n/ui';
import { formatTime } from '../format/date-time';
import type { SentRequest } from '../model/request';

/** What the page says about a message sent through Gmail, and whether Undo is still offered. */
export interface RequestWords {
  text: string;
  tone: 'busy' | 'done' | 'problem';
  undo: boolean;
}

/** "Sending to Dr Lee…" with Undo; then "Sent to Dr Lee at 2:04 PM — it is in your Gmail Sent folder"; or why not. */
export function requestWords(
  request: Pick<SentRequest, 'status' | 'toName' | 'sentAt' | 'sendAt' | 'error'>,
  timeZone: string,
  locale: string,
): RequestWords {
  switch (request.status) {
    case 'pending':
      return { text: t('common_gmailSending', { name: request.toName }), tone: 'busy', undo: true };
    case 'sending':
      return { text: t('common_gmailSending', { name: request.toName }), tone: 'busy', undo: false };
    case 'sent':
      return {
        text: t('common_gmailSent', {
          name: request.toName,
          time: formatTime(request.sentAt ?? request.sendAt, timeZone, locale),
        }),
        tone: 'done',
        undo: false,
      };
    case 'failed':
      return {
        text: t('common_gmailNotSent', { name: request.toName, error: request.error ?? '' }).trim(),
        tone: 'problem',
        undo: false,
      };
  }
}
