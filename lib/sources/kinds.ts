import { nullable, num, object, oneOf, optional, str, withDefault, type Validator } from '../store/validate';
import { demoKind } from './demo/kind';
import { googleKind } from './google/kind';
import { icsKind } from './ics/kind';
import type { Kind, SourceBase } from './kind';

export type { SourceBase };

// The kinds of source as every context knows them (kind.ts). Their syncers are listed apart,
// in registry.ts, which only the background bundles: the popup and the calendar add-on read
// sources too, and must not carry the parsers.

/**
 * Every kind of source, in the order the options page offers them. A new kind is a folder
 * `lib/sources/<kind>/` (kind.ts and its descriptor index.ts), a line here and a line in
 * registry.ts; TypeScript then names what is still missing (the registry, the options page's
 * component).
 */
export const sourceKindList = { demo: demoKind, ics: icsKind, google: googleKind };

export type SourceKind = keyof typeof sourceKindList;
type FieldsOf<K extends SourceKind> = (typeof sourceKindList)[K]['fields'];
export type SourceOf<K extends SourceKind> = SourceBase & { kind: K } & {
  [P in keyof FieldsOf<K>]: FieldsOf<K>[P] extends Validator<infer T> ? T : never;
};
/** Where appointments come from. */
export type Source = { [K in SourceKind]: SourceOf<K> }[SourceKind];

const sourceBase = {
  id: str,
  name: withDefault(str, ''),
  therapistId: withDefault(nullable(str), null),
  addedAt: optional(num),
};

function isKind(kind: unknown): kind is SourceKind {
  return typeof kind === 'string' && Object.hasOwn(sourceKindList, kind);
}

/** Reads a stored source by its kind's shape; an unknown kind is unreadable. */
export const sourceSchema: Validator<Source> = (raw, notes) => {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  if (!isKind(kind)) return undefined;
  return object({ ...sourceBase, kind: oneOf(kind), ...sourceKindList[kind].fields })(raw, notes) as Source | undefined;
};

/** What every context knows about a source's kind, typed for that source. */
export function kindOf(source: Source): Kind<unknown, Source> {
  // The kind of `source.kind` takes sources of exactly that kind, which `source` is;
  // TypeScript cannot follow that correlation through the union.
  return sourceKindList[source.kind] as Kind<unknown, Source>;
}
