import type { AnySourceDescriptor } from './descriptor';
import { demoSource } from './demo';
import { googleSource } from './google';
import { icsSource } from './ics';
import type { Source, SourceKind } from './kinds';

/** How each kind of source syncs (kinds.ts lists what else it is); TypeScript names a kind missing here. */
export const sourceKinds = {
  demo: demoSource,
  ics: icsSource,
  google: googleSource,
} satisfies { [K in SourceKind]: AnySourceDescriptor<K> };

/** The descriptor of a source's kind, typed for that source. */
export function descriptorOf(source: Source): AnySourceDescriptor<SourceKind> {
  // `sourceKinds[source.kind]` takes sources of exactly that kind, which `source` is;
  // TypeScript cannot follow the correlation between the two through the union.
  return sourceKinds[source.kind] as AnySourceDescriptor<SourceKind>;
}
