import type { SendChannel } from '../model/settings';
import type { Therapist } from '../model/therapist';
import type { Draft } from '../model/draft';
import { gmailUrl, MAILTO_MAX_LENGTH, mailtoUrl, outlookUrl } from './links';

/** What sending needs from the page it runs in. */
export interface SendDeps {
  openTab(url: string): Promise<void> | void;
  copy(text: string): Promise<void>;
}

/** Where each channel sends, in words for buttons: "Send with Gmail". */
export const CHANNELS: readonly { id: SendChannel; label: string }[] = [
  { id: 'mailto', label: 'your mail app' },
  { id: 'gmail', label: 'Gmail' },
  { id: 'outlook', label: 'Outlook on the web' },
  { id: 'portal', label: "your therapist's portal" },
  { id: 'clipboard', label: 'copy and paste' },
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
        note: 'This message is too long for your mail app to take directly, so it is on your clipboard: paste it into the email.',
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
          note: `The message is copied. There is no portal address for ${therapist.name} yet: add it on the settings page, or paste the message wherever you reach them.`,
        };
      }
      await deps.openTab(therapist.portalUrl);
      return { note: "The message is copied: paste it into the portal's message box." };
    }
    case 'clipboard':
      await deps.copy(clipboardText(draft));
      return {
        note: therapist.email
          ? `The message is copied: paste it into a message to ${therapist.email}.`
          : 'The message is copied: paste it wherever you reach your therapist.',
      };
  }
}
