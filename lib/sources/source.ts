export type { Source, SourceBase, SourceKind, SourceOf } from './kinds';

/** What the user sees about a source's last sync; the last good data is kept apart. */
export interface SourceStatus {
  lastSuccess: number | null;
  lastAttempt: number | null;
  /** Plain words for the user, or null when the last sync worked. */
  error: string | null;
  warnings: string[];
  /** The server asked not to be asked again before this instant (Retry-After); absent: any time. */
  retryAt?: number;
}
