import { effectiveSources } from '../demo';
import { readFrom, type Raw } from '../store/io';
import { demoEnabledItem, sourcesItem } from '../store/items';
import type { Notes } from '../store/validate';
import type { Source } from './source';

/** The sources in effect in a snapshot: the client's, or the demo calendar while there are none. */
export function sourcesInEffect(raw: Raw, notes: Notes = []): Source[] {
  return effectiveSources(readFrom(raw, sourcesItem, notes), readFrom(raw, demoEnabledItem, notes));
}
