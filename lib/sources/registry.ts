import type { AnySourceDescriptor } from './descriptor';
import { demoSource } from './demo';
import { googleSource } from './google';
import { icsSource } from './ics';
import type { Source, SourceKind } from './shapes';

/**
 * Every kind of source, in the order the options page offers them. A new kind is a folder
 * `lib/sources/<kind>/` (its shape and its descriptor), a line in shapes.ts and a line here;
 * TypeScript then names what is still missing (here, and the options page's component).
 */
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
