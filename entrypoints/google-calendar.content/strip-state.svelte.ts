import type { Draft } from '../../lib/messages/draft';
import type { SessionView } from '../../lib/ui-model/session-view';

export interface StripActions {
  onCheckIn(key: string): void;
  onUndoCheckIn(key: string): void;
  onReschedule(session: SessionView): void;
  onSendMessage(key: string): void;
  /** "Send from Gmail" for the message under review. */
  onSendReview(session: SessionView, draft: Draft): void;
  /** The client's own channel (a compose link) for the message under review. */
  onOtherWay(session: SessionView, draft: Draft): void;
  onUndoSend(id: string): void;
}

/** The reschedule message shown in the strip for a last look before it goes through Gmail. */
export interface StripReview {
  key: string;
  draft: Draft;
  /** Google's consent page comes first (the send scope is not granted yet). */
  needsGrant: boolean;
}

/** What the mounted strip shows; the content script writes it, the strip follows. */
export class StripState {
  session = $state.raw<SessionView | null>(null);
  now = $state(0);
  dark = $state(false);
  note = $state<string | null>(null);
  review = $state<StripReview | null>(null);
  /** The request this strip queued: its "Sending… Undo" and "Sent …" are shown. */
  queued = $state<string | null>(null);
  /** The message that went to the undo window: back for another try after Undo or a failure. */
  sent = $state<StripReview | null>(null);

  /** The message on show: the one under review, or the one sent when Gmail refused it (nothing lost). */
  get shownReview(): StripReview | null {
    const request = this.session?.request;
    return this.review ?? (request?.status === 'failed' && request.id === this.queued ? this.sent : null);
  }

  /** "Not now": the message goes away. */
  closeReview(): void {
    this.review = null;
    this.sent = null;
  }

  constructor(
    readonly locale: string,
    readonly timeZone: string,
    readonly actions: StripActions,
  ) {}
}
