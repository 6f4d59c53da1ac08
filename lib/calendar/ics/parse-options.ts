/** What a feed is read for: its source, the window, the user's zone for floating times. */
export interface ParseFeedOptions {
  sourceId: string;
  /** Occurrences overlapping [from, to) (epoch ms) are kept. */
  from: number;
  to: number;
  /** For floating times when the feed has no X-WR-TIMEZONE. */
  userTimeZone: string;
  /** At most this many occurrences per series inside the window (default 1000). */
  maxOccurrences?: number;
}
