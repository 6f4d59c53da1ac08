import { t } from '../i18n/ui';
import type { SendChannel } from '../settings';
import type { Therapist } from '../therapists/therapist';
import type { Draft } from './draft';
import { gmailUrl, MAILTO_MAX_LENGTH, mailtoUrl, outlookUrl } from './links';

/** What sending needs from the page it runs in. */
export interface SendDeps {
  openTab(url: string): Promise<void> | void;
  copy(text: string): Promise<void>;
}

/** Where each channel sends, in words for buttons: "Send with Gmail". */
export const CHANNELS: readonly { id: SendChannel; label: string }[] = [
  { id: 'mailto', label: t('common_channelMailto') },
  { id: 'gmail', label: t('common_channelGmail') },
  { id: 'outlook', label: t('common_channelOutlook') },
  { id: 'portal', label: t('common_channelPortal') },
  { id: 'clipboard', label: t('common_channelClipboard') },
];

/** The message as one text, for the clipboard: subject first, so it can be pasted whole. */
export function clipboardText(draft: Draft): string {
  return draft.subject ? `Subject: ${draft.subject}\n\n${draft.body}` : draft.body;
}

/**
 * Sends a draft through the client's channel: opens a compose link, or the portal and copies
 * the message, or only copies it. Resolves with a short note for the user, or null.
 * Copying comes before opening a tab: the clipboard needs the page to still have focus.
 */
export async function sendDraft(
  draft: Draft,
  channel: SendChannel,
  therapist: Therapist,
  deps: SendDeps,
): Promise<{ note: string | null }> {
  switch (channel) {
    case 'mailto': {
      const url = mailtoUrl(draft);
      if (url.length <= MAILTO_MAX_LENGTH) {
        await deps.openTab(url);
        return { note: null };
      }
      await deps.copy(draft.body);
      await deps.openTab(mailtoUrl({ ...draft, body: '' }));
      return {
        note: t('common_noteMailtoLong'),
      };
    }
    case 'gmail':
      await deps.openTab(gmailUrl(draft));
      return { note: null };
    case 'outlook':
      await deps.openTab(outlookUrl(draft));
      return { note: null };
    case 'portal': {
      await deps.copy(clipboardText(draft));
      if (!/^https?:\/\//i.test(therapist.portalUrl)) {
        return {
          note: t('common_noteNoPortal', { name: therapist.name }),
        };
      }
      await deps.openTab(therapist.portalUrl);
      return { note: t('common_notePortal') };
    }
    case 'clipboard':
      await deps.copy(clipboardText(draft));
      return {
        note: therapist.email ? t('common_noteCopiedTo', { email: therapist.email }) : t('common_noteCopied'),
      };
  }
}
