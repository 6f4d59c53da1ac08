import type { SessionView } from '../../lib/model/session-view';

export interface StripActions {
  onCheckIn(key: string): void;
  onUndoCheckIn(key: string): void;
  onReschedule(session: SessionView): void;
  onSendMessage(key: string): void;
}

/** What the mounted strip shows; the content script writes it, the strip follows. */
export class StripState {
  session = $state.raw<SessionView | null>(null);
  now = $state(0);
  dark = $state(false);
  note = $state<string | null>(null);

  constructor(
    readonly locale: string,
    readonly timeZone: string,
    readonly actions: StripActions,
  ) {}
}
