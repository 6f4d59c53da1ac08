import type { Validator } from '../store/validate';
import type { SourceKind, SourceOf } from './kinds';
import type { SourceSyncer, SyncContext, SyncResult } from './syncer';

/**
 * How a kind of source syncs: what the background needs beyond what every context knows of the
 * kind (kind.ts). Written with `defineSource` in `lib/sources/<kind>/index.ts` and listed in
 * registry.ts, which only the background imports (the syncers carry the parsers).
 */
export interface SourceDescriptor<K extends SourceKind, State = unknown> {
  /**
   * What the next sync of a source starts from (HTTP validators, a sync token), read back
   * through this schema; null: the kind keeps none. It is stored with the source's
   * appointments and status under `syncState:<id>` and forgotten with them when the source
   * goes (sync.ts, `pruneRemoved`).
   */
  state: Validator<State> | null;
  /** Reads a source; never writes storage (syncer.ts). */
  sync: SourceSyncer<SourceOf<K>, State>;
}

/** A descriptor as the orchestrator holds it: the state is whatever its own schema read. */
export interface AnySourceDescriptor<K extends SourceKind> {
  state: Validator<unknown> | null;
  sync(source: SourceOf<K>, context: SyncContext<unknown>): Promise<SyncResult<unknown>>;
}

export function defineSource<K extends SourceKind, State>(
  descriptor: SourceDescriptor<K, State>,
): AnySourceDescriptor<K> {
  const { sync, state } = descriptor;
  // The state handed over was read with `state` (null without one), so it is a State.
  return { state, sync: (source, context) => sync(source, context as SyncContext<State>) };
}
