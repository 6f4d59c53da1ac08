import type { Appointment } from '../calendar/appointment';
import type { Source } from './source';

/** What one sync of one source produced. */
export type SyncResult =
  /** The source did not change (HTTP 304, or an incremental sync with nothing new). */
  | { kind: 'unchanged'; warnings: string[] }
  | {
      kind: 'updated';
      appointments: Appointment[];
      warnings: string[];
      /**
       * Saves what the next sync starts from (Google's sync token), called once the
       * appointments are stored: a worker stopped in between then repeats the changes rather
       * than losing them.
       */
      afterStore?: () => Promise<void>;
    };

export interface SyncContext {
  now: number;
  /** The last good appointments of this source (for incremental sync). */
  previous: Appointment[];
  /** Occurrences are kept between these instants (epoch ms). */
  window: { from: number; to: number };
  /** The user's IANA zone, for floating times. */
  userTimeZone: string;
  fetch: typeof fetch;
}

/**
 * Syncs one source. Throws an `Error` whose message is plain words for the user when nothing
 * could be read; the caller then keeps the last good data.
 */
export type SourceSyncer<S extends Source = Source> = (source: S, context: SyncContext) => Promise<SyncResult>;
