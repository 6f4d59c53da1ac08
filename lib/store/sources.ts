// The owner of the source list and the demo switch. The cached data of each source belongs to
// the sync orchestrator (lib/sources/sync.ts), which drops it when its source is gone.
import type { Source } from '../sources/source';
import { update, write } from './io';
import { demoEnabledItem, sourcesItem } from './items';

export async function addSource(source: Source): Promise<void> {
  await update(sourcesItem, (all) => [...all.filter((s) => s.id !== source.id), source]);
}

export async function removeSource(id: string): Promise<void> {
  await update(sourcesItem, (all) => all.filter((s) => s.id !== id));
}

/** Changes one source as it is stored now. */
export async function editSource(id: string, edit: (source: Source) => Source): Promise<void> {
  await update(sourcesItem, (all) => (all.some((s) => s.id === id) ? all.map((s) => (s.id === id ? edit(s) : s)) : all));
}

/** Changes the whole list at once (Google's calendars are chosen and dropped as a set). */
export async function updateSources(change: (all: Source[]) => Source[]): Promise<void> {
  await update(sourcesItem, change);
}

export async function setDemoEnabled(enabled: boolean): Promise<void> {
  await write(demoEnabledItem, enabled);
}
