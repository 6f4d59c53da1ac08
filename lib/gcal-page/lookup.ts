import type { Settings } from '../model/settings';
import type { SessionView } from '../model/session-view';

// What the calendar add-on asks the background and what it hears back. The page part only
// reads the DOM and paints; matching, the "when" parser, the month names and every `Intl`
// formatter live in the background, which already holds the sessions: the script loaded on
// each calendar page stays small and never reads or validates storage.

/** An event as the page shows it, as read: `id` is the raw `data-eventid` (decoded in the background). */
export interface PageEventText {
  id: string;
  /** The popup's heading; null for a chip (its title is one of `texts`). */
  title: string | null;
  /** What says when: the popup's "when" line, or the chip's whole label. */
  when: string;
  /** Text fragments of the chip or popup, in document order. */
  texts: string[];
}

/** A chip as read: its raw id and text fragments (its label, which says when, is the first). */
export type ChipText = Pick<PageEventText, 'id' | 'texts'>;

export interface CalendarQuery {
  /** Chips to match, each asked once per `data-eventid` until the data changes. */
  chips: ChipText[];
  /** The open event popup, or null. */
  popup: PageEventText | null;
  /** The page's address path: it names the week the grid shows (ties go to the nearest). */
  path: string;
  /** The page's language (`<html lang>`), which Google writes dates in, then the browser's. */
  languages: string[];
}

/**
 * A chip marker's data, made once per data change: the chip shows a countdown to `deadline`
 * from 48 hours before it until `until` (the deadline, or the check-in window if that opens first).
 */
export interface MarkerPlan {
  deadline: number;
  until: number;
  /** The deadline as the user's locale writes it: 'Tue 14:00'. */
  at: string;
  /** The marker's words in the UI's language, so the page writes them without the catalogue or `Intl`. */
  words: MarkerWords;
}

/** Words with `{n}` for the count, as the catalogue has them (lib/gcal-page/marker.ts). */
export interface MarkerWords {
  /** The tooltip, with `{duration}` for the coarse countdown. */
  label: string;
  /** The chip's text: minutes, hours, days ('{n}m', '{n}h', '{n}d'), and under a minute. */
  short: [string, string, string, string];
  /** The countdown in words: minutes, hours ('{n} min', '{n} h'), one day, two days, under a minute. */
  long: [string, string, string, string, string];
}

export interface ChipAnswer {
  /** The session's appointment key, or null: not a session (or not sure which). */
  key: string | null;
  /** Null: no marker ever (not upcoming, or the client turned markers off). */
  marker: MarkerPlan | null;
}

export interface CalendarAnswer {
  /** One per asked chip, in order. */
  chips: ChipAnswer[];
  /** The session the popup shows, or null. */
  popup: string | null;
  /**
   * The sessions named above, at the time of the answer (each state holds until its
   * `info.next`): the strip of a chip's session can show as soon as its popup opens.
   */
  sessions: Record<string, SessionView>;
  /** For [Reschedule]: the channel the client chose. */
  settings: Settings;
  /** The zone the strip writes times in (the user's). */
  timeZone: string;
}
