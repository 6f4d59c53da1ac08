import { messageWordsFor } from '../../lib/messages/words';
import type { AskPurpose } from '../../lib/model/request';
import type { Draft } from '../../lib/model/draft';
import type { Settings } from '../../lib/model/settings';
import { readFrom } from '../../lib/store/io';
import { googleAccountItem } from '../../lib/store/items';
import { snapshot } from '../../lib/store/snapshot';
import type { SessionView } from '../../lib/model/session-view';

/** The message a card shows for a last look before "Send from Gmail". */
export interface Review {
  key: string;
  purpose: AskPurpose;
  draft: Draft;
}

/**
 * The popup's Reschedule and Cancel: with Google connected, the message opens in the card for
 * a last look and "Send from Gmail"; without, it goes to the client's channel (a compose link)
 * as before. Composing loads when used: the list opens first.
 */
export class PopupAsks {
  review = $state<Review | null>(null);
  note = $state<string | null>(null);

  constructor(
    readonly timeZone: string,
    readonly openTab: (url: string) => void,
  ) {}

  async start(session: SessionView, purpose: AskPurpose, settings: Settings): Promise<void> {
    const now = Date.now();
    // Written in the therapist's language.
    const words = await messageWordsFor(session.therapist.language);
    const draft =
      purpose === 'cancel'
        ? (await import('../../lib/messages/cancel')).composeCancel(session, settings, now, this.timeZone, words)
        : (await import('../../lib/messages/reschedule')).composeReschedule(session, settings, now, words, {
            timeZone: this.timeZone,
          });
    this.note = null;
    // The page's one storage read: asked at the click, not kept watching.
    const connected = readFrom(await snapshot(), googleAccountItem) !== null;
    if (connected) this.review = { key: session.appointment.key, purpose, draft };
    else await this.otherWay(session, draft, settings);
  }

  /** Through the client's channel: a compose link, the portal, or the clipboard. */
  async otherWay(session: SessionView, draft: Draft, settings: Settings): Promise<void> {
    const { sendDraft } = await import('../../lib/messages/channels');
    this.review = null;
    this.note = (
      await sendDraft(draft, settings.sendChannel, session.therapist, {
        openTab: this.openTab,
        copy: (text) => navigator.clipboard.writeText(text),
      })
    ).note;
  }
}
