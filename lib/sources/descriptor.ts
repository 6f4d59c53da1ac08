import type { Validator } from '../store/validate';
import type { SourceBase, SourceKind, SourceOf } from './shapes';
import type { SourceSyncer, SyncContext, SyncResult } from './syncer';

/**
 * Everything the extension knows about one kind of source, apart from its stored shape
 * (shapes.ts) and the options page's component for it (components/options/source-kinds.ts).
 * Written with `defineSourceKind` in `lib/sources/<kind>/index.ts` and listed in registry.ts.
 */
export interface SourceDescriptor<K extends SourceKind, State = unknown> {
  /** How the options page names the kind. */
  label: string;
  /**
   * What the next sync of a source starts from (HTTP validators, a sync token), read back
   * through this schema; null: the kind keeps none. It is stored with the source's
   * appointments and status under `syncState:<id>` and forgotten with them when the source
   * goes (sync.ts, `pruneRemoved`).
   */
  state: Validator<State> | null;
  /** Reads a source; never writes storage (syncer.ts). */
  sync: SourceSyncer<SourceOf<K>, State>;
  /**
   * The host permissions (match patterns) a source of this kind needs: asked in the click that
   * adds it, given back when it is removed and no other source needs them (DESIGN.md, privacy).
   */
  origins(source: SourceOf<K>): string[];
  /** What the list of calendars says under a source's name, or null. */
  describe(source: SourceOf<K>): string | null;
  /** Whether the client may say "every event is a session with …" (the demo has its own therapist). */
  assignable: boolean;
}

/** A descriptor as the orchestrator holds it: the state is whatever its own schema read. */
export type AnySourceDescriptor<K extends SourceKind> = Omit<SourceDescriptor<K>, 'sync'> & {
  sync(source: SourceOf<K>, context: SyncContext<unknown>): Promise<SyncResult<unknown>>;
};

export function defineSourceKind<K extends SourceKind, State>(
  descriptor: SourceDescriptor<K, State>,
): AnySourceDescriptor<K> {
  const { sync, state } = descriptor;
  // The state handed over was read with `state` (null without one), so it is a State.
  return { ...descriptor, state, sync: (source, context) => sync(source, context as SyncContext<State>) };
}

/**
 * A syncer loaded on first use, so that a page which only names or adds sources (the options
 * page) does not bundle the parsers. The background's bundle is one file: the import is inlined.
 */
export function lazySyncer<S extends SourceBase, State>(
  load: () => Promise<SourceSyncer<S, State>>,
): SourceSyncer<S, State> {
  return async (source, context) => (await load())(source, context);
}
