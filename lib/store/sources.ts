// The owner of the source list and the demo switch. The cached data of each source belongs to
// the sync orchestrator (lib/sources/sync.ts), which drops it when its source is gone.
import type { Source } from '../sources/source';
import { update, write } from './io';
import { demoEnabledItem, sourcesItem } from './items';
import { sourceSchema } from '../sources/kinds';

export async function addSource(source: Source): Promise<void> {
  const valid = sourceSchema(source, []);
  if (!valid) throw new Error('This calendar could not be saved: some details are missing.');
  await update(sourcesItem, (all) => [...all.filter((s) => s.id !== valid.id), valid]);
}

export async function removeSource(id: string): Promise<void> {
  await update(sourcesItem, (all) => all.filter((s) => s.id !== id));
}

/** Sets which therapist every event of a source belongs to (null: match by rules). */
export async function setSourceTherapist(id: string, therapistId: string | null): Promise<void> {
  await update(sourcesItem, (all) => all.map((s) => (s.id === id ? { ...s, therapistId } : s)));
}

/** Changes the whole list at once (Google's calendars are chosen and dropped as a set; background only). */
export async function updateSources(change: (all: Source[]) => Source[]): Promise<void> {
  await update(sourcesItem, change);
}

export async function setDemoEnabled(enabled: boolean): Promise<void> {
  await write(demoEnabledItem, enabled);
}
