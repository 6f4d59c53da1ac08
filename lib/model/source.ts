/** Where appointments come from. */
export type Source =
  | (SourceBase & { kind: 'ics'; url: string })
  | (SourceBase & { kind: 'google'; calendarId: string })
  /** The built-in demo calendar (see lib/demo.ts). */
  | (SourceBase & { kind: 'demo' });

interface SourceBase {
  id: string;
  name: string;
  /** Every event here is a therapy session with this therapist (id), or null: match by rules. */
  therapistId: string | null;
  /**
   * When the user added it (epoch ms). Sessions that ended before then are not the client's
   * to check in for: they are neither missed nor part of the attendance history.
   */
  addedAt?: number;
}

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
