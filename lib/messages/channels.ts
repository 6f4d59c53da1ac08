// Every way a message to the therapist can be sent, as one record: adding a channel is its id
// in SEND_CHANNELS (lib/model/settings.ts) and its entry here, and TypeScript names a missing
// entry. The settings page, the side panel's composer and every send read from this record;
// its words come from the catalogue when read (getters: nothing is looked up at load).
import type { Draft } from '../model/draft';
import { SEND_CHANNELS, type SendChannel } from '../model/settings';
import type { Therapist } from '../model/therapist';
import { t } from '../i18n/ui';
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
    get label() {
      return t('common_channelMailto');
    },
    get choice() {
      return t('options_channelMailto');
    },
    get hint() {
      return t('options_channelMailtoHint');
    },
    needsEmail: true,
    async send(draft, _therapist, deps) {
      const url = mailtoUrl(draft);
      if (url.length <= MAILTO_MAX_LENGTH) return openLink(url, deps);
      await deps.copy(draft.body);
      await deps.openTab(mailtoUrl({ ...draft, body: '' }));
      return { note: t('common_noteMailtoLong') };
    },
  },
  gmail: {
    get label() {
      return t('common_channelGmail');
    },
    get choice() {
      return t('options_channelGmail');
    },
    get hint() {
      return t('options_channelGmailHint');
    },
    needsEmail: true,
    send: (draft, _therapist, deps) => openLink(gmailUrl(draft), deps),
  },
  outlook: {
    get label() {
      return t('common_channelOutlook');
    },
    get choice() {
      return t('options_channelOutlook');
    },
    get hint() {
      return t('options_channelOutlookHint');
    },
    needsEmail: true,
    send: (draft, _therapist, deps) => openLink(outlookUrl(draft), deps),
  },
  portal: {
    get label() {
      return t('common_channelPortal');
    },
    get choice() {
      return t('options_channelPortal');
    },
    get hint() {
      return t('options_channelPortalHint');
    },
    get button() {
      return t('sidepanel_sendPortal');
    },
    needsEmail: false,
    async send(draft, therapist, deps) {
      await deps.copy(clipboardText(draft));
      if (!/^https?:\/\//i.test(therapist.portalUrl)) {
        return { note: t('common_noteNoPortal', { name: therapist.name }) };
      }
      await deps.openTab(therapist.portalUrl);
      return { note: t('common_notePortal') };
    },
  },
  clipboard: {
    get label() {
      return t('common_channelClipboard');
    },
    get choice() {
      return t('options_channelClipboard');
    },
    get hint() {
      return t('options_channelClipboardHint');
    },
    get button() {
      return t('sidepanel_sendCopy');
    },
    needsEmail: false,
    async send(draft, therapist, deps) {
      await deps.copy(clipboardText(draft));
      return {
        note: therapist.email ? t('common_noteCopiedTo', { email: therapist.email }) : t('common_noteCopied'),
      };
    },
  },
} satisfies Record<SendChannel, ChannelSpec>;

/** The channels in their order, with their ids, for lists and choices. */
export const CHANNEL_LIST: readonly { id: SendChannel; spec: ChannelSpec }[] = SEND_CHANNELS.map((id) => ({
  id,
  spec: CHANNELS[id],
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
