// Reading the per-source cache (appointments, status, sync state) out of a snapshot. Values
// saved by version 1, all sources in one record, are read until the background has split them
// (lib/store/migrate.ts), so a page opened in between still shows them.
import type { Appointment } from '../model/appointment';
import type { SourceStatus } from '../sources/source';
import { readFrom, type Raw } from './io';
import type { Family } from './item';
import { appointmentsFamily, LEGACY_KEYS, statusFamily } from './items';
import type { Notes } from './validate';

function legacyEntry(raw: Raw, legacyKey: string, sourceId: string): unknown {
  const record = raw[legacyKey];
  return typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[sourceId] : undefined;
}

function perSource<T>(raw: Raw, family: Family<T>, legacyKey: string, sourceId: string, notes: Notes): T {
  const item = family.of(sourceId);
  if (item.key in raw) return readFrom(raw, item, notes);
  const legacy = legacyEntry(raw, legacyKey, sourceId);
  return legacy === undefined ? item.fallback : item.read(legacy, 1, notes);
}

export function appointmentsOf(raw: Raw, sourceId: string, notes: Notes = []): Appointment[] {
  return perSource(raw, appointmentsFamily, LEGACY_KEYS.appointments, sourceId, notes);
}

export function statusOf(raw: Raw, sourceId: string, notes: Notes = []): SourceStatus | null {
  return perSource(raw, statusFamily, LEGACY_KEYS.status, sourceId, notes);
}

/** Every stored status in a snapshot, by source id. */
export function allStatuses(raw: Raw): Record<string, SourceStatus> {
  const ids = new Set(Object.keys(raw).flatMap((key) => statusFamily.idOf(key) ?? []));
  const legacy = raw[LEGACY_KEYS.status];
  if (typeof legacy === 'object' && legacy !== null) for (const id of Object.keys(legacy)) ids.add(id);
  const out: Record<string, SourceStatus> = {};
  for (const id of ids) {
    const status = statusOf(raw, id);
    if (status) out[id] = status;
  }
  return out;
}
