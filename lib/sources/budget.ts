import { t } from '../i18n/ui';
import type { Appointment } from '../model/appointment';
import type { Raw } from '../store/io';
import { appointmentsFamily } from '../store/items';

// Chrome gives an extension 10 MB of `storage.local` (`storage.local.QUOTA_BYTES`) unless it
// asks for `unlimitedStorage`. Session Keeper does not ask: a hard quota keeps one runaway feed
// from growing without end, and this budget keeps the cache of calendars well inside it, so
// that what the client records (check-ins, follow-ups, practice, settings: a few hundred KB
// after years of use) always has room.

/** At most this much for one calendar's saved appointments (~6,000 events). */
export const SOURCE_BUDGET_BYTES = 2 * 1024 * 1024;
/** At most this much for all calendars together. */
export const CACHE_BUDGET_BYTES = 6 * 1024 * 1024;

/** The size of a value as `storage.local` counts it: key plus JSON, in UTF-8 bytes. */
export function storedBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export class OverBudgetError extends Error {
  override name = 'OverBudgetError';
}

/**
 * Throws an OverBudgetError in words when `appointments` would not fit: alone, or beside the
 * other calendars' saved appointments in `raw`. The caller keeps the last good data.
 */
export function fitsBudget(appointments: Appointment[], sourceId: string, raw: Raw): void {
  const key = appointmentsFamily.of(sourceId).key;
  const size = storedBytes(key, appointments);
  let others = 0;
  for (const [k, value] of Object.entries(raw)) {
    if (k !== key && appointmentsFamily.idOf(k) !== null) others += storedBytes(k, value);
  }
  if (size > SOURCE_BUDGET_BYTES || size + others > CACHE_BUDGET_BYTES) {
    throw new OverBudgetError(t('errors_budgetTooMany', { count: appointments.length }));
  }
}
