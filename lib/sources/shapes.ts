import { nullable, num, object, oneOf, optional, str, withDefault, type Validator } from '../store/validate';
import { demoShape } from './demo/shape';
import { googleShape } from './google/shape';
import { icsShape } from './ics/shape';

// The stored shape of a source, kind by kind. This list is apart from the registry
// (registry.ts) because every context reads sources (the calendar add-on too) and none of them
// but the background and the options page should bundle what syncs or adds one.

/** What every source has, whatever its kind. */
export interface SourceBase {
  id: string;
  name: string;
  /** Every event here is a session with this therapist (id), or null: match by rules. */
  therapistId: string | null;
  /**
   * When the user added it (epoch ms). Sessions that ended before then are not the client's
   * to check in for: they are neither missed nor part of the attendance history.
   */
  addedAt?: number;
}

/** The fields each kind stores beyond `SourceBase`. A kind listed here must be in the registry too. */
export const sourceShapes = { ics: icsShape, google: googleShape, demo: demoShape };

type Fields<F> = { [P in keyof F]: F[P] extends Validator<infer T> ? T : never };

export type SourceKind = keyof typeof sourceShapes;
export type SourceOf<K extends SourceKind> = SourceBase & { kind: K } & Fields<(typeof sourceShapes)[K]>;
/** Where appointments come from. */
export type Source = { [K in SourceKind]: SourceOf<K> }[SourceKind];

const sourceBase = {
  id: str,
  name: withDefault(str, ''),
  therapistId: withDefault(nullable(str), null),
  addedAt: optional(num),
};

function isKind(kind: unknown): kind is SourceKind {
  return typeof kind === 'string' && Object.hasOwn(sourceShapes, kind);
}

/** Reads a stored source by its kind's shape; an unknown kind is unreadable. */
export const sourceSchema: Validator<Source> = (raw, notes) => {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  if (!isKind(kind)) return undefined;
  return object({ ...sourceBase, kind: oneOf(kind), ...sourceShapes[kind] })(raw, notes) as Source | undefined;
};
