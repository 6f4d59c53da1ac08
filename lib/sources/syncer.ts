import type { Appointment } from '../calendar/appointment';
import type { Source, SourceBase } from './source';

/**
 * What one sync of one source produced. A syncer never writes storage: the orchestrator
 * (`sources/sync.ts`) stores the appointments, the next `state` and the status in one
 * `storage.local.set`, so a worker stopped part-way leaves either all of them or none
 * (a validator is never saved without the appointments it describes).
 */
export type SyncResult<State = unknown> =
  /** The source did not change (HTTP 304, or an incremental sync with nothing new). */
  | { kind: 'unchanged'; warnings: string[]; state?: State | null }
  | {
      kind: 'updated';
      appointments: Appointment[];
      warnings: string[];
      /** What the next sync starts from (HTTP validators, a sync token); null: forget it; absent: keep. */
      state?: State | null;
    };

export interface SyncContext<State = unknown> {
  now: number;
  /** The last good appointments of this source (for incremental sync). */
  previous: Appointment[];
  /** What the last stored sync of this source left for the next one, or null. */
  state: State | null;
  /** Occurrences are kept between these instants (epoch ms). */
  window: { from: number; to: number };
  /** The user's IANA zone, for floating times. */
  userTimeZone: string;
  fetch: typeof fetch;
}

/**
 * Syncs one source. Throws an `Error` whose message is plain words for the user when nothing
 * could be read; the caller then keeps the last good data. An error with a numeric `retryAt`
 * (epoch ms, from Retry-After) asks the orchestrator not to try again before then.
 */
export type SourceSyncer<S extends SourceBase = Source, State = unknown> = (
  source: S,
  context: SyncContext<State>,
) => Promise<SyncResult<State>>;
