// Every way a message to the therapist can be sent, as one record: adding a channel is its id
// in SEND_CHANNELS (lib/model/settings.ts) and its entry here, and TypeScript names a missing
// entry. The settings page, the side panel's composer and every send read from this record.
import type { Draft } from '../model/draft';
import { SEND_CHANNELS, type SendChannel } from '../model/settings';
import type { Therapist } from '../model/therapist';
import { gmailUrl, MAILTO_MAX_LENGTH, mailtoUrl, outlookUrl } from './links';

/** What sending needs from the page it runs in. */
export interface SendDeps {
  openTab(url: string): Promise<void> | void;
  copy(text: string): Promise<void>;
}

export interface ChannelSpec {
  /** Where it sends, in words for buttons and the composer's list: "Send with Gmail". */
  label: string;
  /** The choice on the settings page, and what it does. */
  choice: string;
  hint: string;
  /** The send button's words when not "Send with {label}". */
  button?: string;
  /** Its compose page fills in "To": without the therapist's email the client types it. */
  needsEmail: boolean;
  /**
   * Sends (opens a compose link, or the portal, or copies); resolves with a short note for the
   * user, or null. Copying comes before opening a tab: the clipboard needs the page's focus.
   */
  send(draft: Draft, therapist: Therapist, deps: SendDeps): Promise<{ note: string | null }>;
}

/** The message as one text, for the clipboard: subject first, so it can be pasted whole. */
export function clipboardText(draft: Draft): string {
  return draft.subject ? `Subject: ${draft.subject}\n\n${draft.body}` : draft.body;
}

async function openLink(url: string, deps: SendDeps): Promise<{ note: null }> {
  await deps.openTab(url);
  return { note: null };
}

export const CHANNELS = {
  mailto: {
    label: 'your mail app',
    choice: 'My mail app',
    hint: 'Opens your default email program with the message filled in.',
    needsEmail: true,
    async send(draft, _therapist, deps) {
      const url = mailtoUrl(draft);
      if (url.length <= MAILTO_MAX_LENGTH) return openLink(url, deps);
      await deps.copy(draft.body);
      await deps.openTab(mailtoUrl({ ...draft, body: '' }));
      return {
        note: 'This message is too long for your mail app to take directly, so it is on your clipboard: paste it into the email.',
      };
    },
  },
  gmail: {
    label: 'Gmail',
    choice: 'Gmail',
    hint: 'Opens Gmail in a new tab with the message filled in.',
    needsEmail: true,
    send: (draft, _therapist, deps) => openLink(gmailUrl(draft), deps),
  },
  outlook: {
    label: 'Outlook on the web',
    choice: 'Outlook on the web',
    hint: 'Opens Outlook in a new tab with the message filled in.',
    needsEmail: true,
    send: (draft, _therapist, deps) => openLink(outlookUrl(draft), deps),
  },
  portal: {
    label: "your therapist's portal",
    choice: "My therapist's portal",
    hint: 'Copies the message and opens the portal address you gave.',
    button: 'Copy and open the portal',
    needsEmail: false,
    async send(draft, therapist, deps) {
      await deps.copy(clipboardText(draft));
      if (!/^https?:\/\//i.test(therapist.portalUrl)) {
        return {
          note: `The message is copied. There is no portal address for ${therapist.name} yet: add it on the settings page, or paste the message wherever you reach them.`,
        };
      }
      await deps.openTab(therapist.portalUrl);
      return { note: "The message is copied: paste it into the portal's message box." };
    },
  },
  clipboard: {
    label: 'copy and paste',
    choice: 'Copy it',
    hint: 'Copies the message so you can paste it anywhere.',
    button: 'Copy the message',
    needsEmail: false,
    async send(draft, therapist, deps) {
      await deps.copy(clipboardText(draft));
      return {
        note: therapist.email
          ? `The message is copied: paste it into a message to ${therapist.email}.`
          : 'The message is copied: paste it wherever you reach your therapist.',
      };
    },
  },
} satisfies Record<SendChannel, ChannelSpec>;

/** The channels in their order, with their ids, for lists and choices. */
export const CHANNEL_LIST: readonly (ChannelSpec & { id: SendChannel })[] = SEND_CHANNELS.map((id) => ({
  id,
  ...CHANNELS[id],
}));

/** Sends a draft through the client's channel; resolves with a short note for the user, or null. */
export function sendDraft(
  draft: Draft,
  channel: SendChannel,
  therapist: Therapist,
  deps: SendDeps,
): Promise<{ note: string | null }> {
  return CHANNELS[channel].send(draft, therapist, deps);
}
