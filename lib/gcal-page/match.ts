import { googleSourceId } from '../calendar/google/google-sources';
import { DEMO_SOURCE } from '../demo';
import { wallClock } from '../time/wall-clock';
import type { SessionView } from '../model/session-view';
import { decodeEventId, uidCandidates, type PageEventId } from './event-id';
import type { PageEventText } from './lookup';
import { parseWhen, type MonthNames } from './when';

/** An event as the page shows it, its id decoded. */
export interface PageEvent extends Omit<PageEventText, 'id'> {
  id: PageEventId;
}

/** The event with its id decoded, or null when the id is not one of Google's events. */
export function pageEvent(text: PageEventText): PageEvent | null {
  const id = decodeEventId(text.id);
  return id ? { ...text, id } : null;
}

/** One session as matching sees it, made once per change of the stored data. */
interface Slot {
  key: string;
  sourceId: string;
  start: number;
  /** Original start of a recurring occurrence (RECURRENCE-ID), else null. */
  recurrenceStart: number | null;
  /** The start's wall-clock date and minutes in the calendar's zone; minutes null: all day. */
  year: number;
  month: number;
  day: number;
  minutes: number | null;
}

/** The sessions by what a page event can be matched on. */
export interface SessionIndex {
  /** Google-sourced sessions by the API's event id. */
  byEventId: Map<string, Slot[]>;
  /** Feed sessions by iCalendar UID. */
  byUid: Map<string, Slot[]>;
  /** Feed sessions by normalized title. */
  byTitle: Map<string, Slot[]>;
}

export interface MatchContext {
  months: MonthNames;
  /** An instant of the week the grid shows: of sessions that fit equally, the nearest wins. */
  shown: number;
}

/**
 * Indexes the sessions for matching; `timeZone` is the zone the page shows times in. The
 * built-in demo sessions are in nobody's calendar and are left out.
 */
export function indexSessions(sessions: SessionView[], timeZone: string): SessionIndex {
  const index: SessionIndex = { byEventId: new Map(), byUid: new Map(), byTitle: new Map() };
  const add = (map: Map<string, Slot[]>, key: string, slot: Slot) => {
    const list = map.get(key);
    if (list) list.push(slot);
    else map.set(key, [slot]);
  };
  for (const { appointment: a } of sessions) {
    if (a.sourceId === DEMO_SOURCE.id) continue;
    // An all-day start is midnight of its date in the appointment's own zone.
    const wall = wallClock(a.start, a.allDay ? a.timeZone || timeZone : timeZone);
    const slot: Slot = {
      key: a.key,
      sourceId: a.sourceId,
      start: a.start,
      recurrenceStart: a.recurrenceId === null ? null : Date.parse(a.recurrenceId),
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      minutes: a.allDay ? null : wall.getUTCHours() * 60 + wall.getUTCMinutes(),
    };
    if (a.googleEventId !== undefined) {
      add(index.byEventId, a.googleEventId, slot);
    } else {
      add(index.byUid, a.uid, slot);
      add(index.byTitle, normalize(a.title), slot);
    }
  }
  return index;
}

/**
 * The appointment key of the session a page event shows, or null (no strip, no marker).
 * In order of certainty:
 *
 * 1. Google-sourced sessions: the page's event id is the API's `id` (`googleEventId`).
 * 2. Feed sessions the user also subscribed to in Google: Google names an imported event after
 *    its iCalendar UID (as is, or `_` + base32hex of it); an instance id carries its time.
 * 3. Otherwise the title, exactly, and the start: the instance time in the id, or the date and
 *    time the page writes (`parseWhen`). Sessions that still fit equally go to the one nearest
 *    the week the grid shows; a true tie is no match.
 *
 * A wrong strip (someone else's deadline) is worse than none, so anything unsure is null.
 */
export function matchEvent(page: PageEvent, index: SessionIndex, context: MatchContext): string | null {
  const { id } = page;
  const google = index.byEventId.get(id.eventId);
  if (google) {
    // An event shared into two chosen calendars: the one this page shows it from first.
    const own = google.find((s) => s.sourceId === googleSourceId(id.calendarId));
    return (own ?? google[0])?.key ?? null;
  }

  for (const uid of uidCandidates(id.baseId)) {
    const byUid = index.byUid.get(uid)?.filter((s) => sameOccurrence(s, id.instanceStart));
    if (byUid?.length) return nearest(byUid, context.shown);
  }

  for (const [title, slots] of titled(page, index)) {
    let fits: Slot[];
    if (id.instanceStart !== null) {
      fits = slots.filter((s) => sameOccurrence(s, id.instanceStart));
    } else {
      const when = parseWhen(normalize(page.when).split(title).join(' '), context.months);
      if (!when) continue;
      const { date, minutes } = when;
      fits = slots.filter(
        (s) =>
          s.month === date.month &&
          s.day === date.day &&
          (date.year === null || s.year === date.year) &&
          s.minutes === minutes,
      );
    }
    if (fits.length) return nearest(fits, context.shown);
  }
  return null;
}

/** The title groups the page event can be: its heading, or any of its fragments. */
function titled(page: PageEvent, index: SessionIndex): [string, Slot[]][] {
  const titles = page.title !== null ? [normalize(page.title)] : fragmentSet(page.texts);
  const out: [string, Slot[]][] = [];
  for (const title of titles) {
    const slots = index.byTitle.get(title);
    if (slots) out.push([title, slots]);
  }
  return out;
}

/** The slot nearest `shown`; null when the nearest two are as near. */
function nearest(slots: Slot[], shown: number): string | null {
  if (slots.length === 1) return slots[0]!.key;
  const sorted = slots.map((s) => ({ s, d: Math.abs(s.start - shown) })).sort((a, b) => a.d - b.d);
  return sorted[0]!.d === sorted[1]!.d ? null : sorted[0]!.s.key;
}

/** Whether a slot is the occurrence at `instanceStart` (null: a single event). */
function sameOccurrence(slot: Slot, instanceStart: number | null): boolean {
  if (instanceStart === null) return slot.recurrenceStart === null;
  return slot.start === instanceStart || slot.recurrenceStart === instanceStart;
}

/**
 * The texts a title could be: each fragment, and its parts between commas or middle dots
 * (chips join time, title and place into one line: "3pm – 3:50pm, Therapy, Room 2").
 */
export function fragmentSet(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    out.add(normalize(text));
    for (const part of text.split(/[,⋅·\n]/)) out.add(normalize(part));
  }
  out.delete('');
  return out;
}

export function normalize(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}
