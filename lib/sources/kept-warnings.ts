import { plural } from '../i18n/ui';

/**
 * At most this many warnings are kept for a calendar (in its status and its sync state): junk
 * inside a feed breaks every line, and 10 MB of it made 10,000 warnings, 1.8 MB of storage.
 * The first ones say what is wrong; the last line says how many more there were.
 */
export const KEPT_WARNINGS = 50;

export function keptWarnings(warnings: string[]): string[] {
  if (warnings.length <= KEPT_WARNINGS) return warnings;
  const more = warnings.length - (KEPT_WARNINGS - 1);
  return [...warnings.slice(0, KEPT_WARNINGS - 1), plural('errors_moreWarnings', more)];
}
