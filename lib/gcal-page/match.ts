import { googleSourceId } from '../calendar/google/google-sources';
import { DEMO_SOURCE } from '../demo';
import type { SessionView } from '../ui-model/session-view';
import { uidCandidates, type PageEventId } from './event-id';

/** An event as the page shows it: its decoded id and the texts of the popup or chip. */
export interface PageEvent {
  id: PageEventId;
  /** Text fragments of the popup or chip (title, date line, …), in document order. */
  texts: string[];
}

export interface MatchOptions {
  /** The page's language (`<html lang>`): Google writes dates in it. */
  locale: string;
  timeZone: string;
}

/**
 * The session a page event shows, or null (issue 6 item 2). In order of certainty:
 *
 * 1. Google-sourced sessions: the page's event id is the API's `id`, which the Google syncer
 *    stores as `googleEventId` (an instance id for an instance of a series).
 * 2. ICS-sourced sessions the user also subscribed to in Google: Google names an imported event
 *    after its iCalendar UID (as is, or `_` + base32hex of it), so the UID and, for an instance,
 *    the instance time in the id identify the occurrence.
 * 3. Otherwise title and start: the title must be one of the popup's texts exactly, and the
 *    start must be the instance time in the id, or (a single event) the popup must name the
 *    start's day and month in the page's language, and only one session may fit.
 *
 * A wrong strip (someone else's deadline) is worse than none, so anything unsure is null.
 * The built-in demo sessions are not in anyone's calendar and never match.
 */
export function matchSession(page: PageEvent, sessions: SessionView[], options: MatchOptions): SessionView | null {
  const real = sessions.filter((s) => s.appointment.sourceId !== DEMO_SOURCE.id);
  const { id } = page;

  // An event shared into two chosen calendars: the one this page shows it from first.
  const byGoogleId = real.filter((s) => s.appointment.googleEventId === id.eventId);
  const own = byGoogleId.find((s) => s.appointment.sourceId === googleSourceId(id.calendarId));
  if (own ?? byGoogleId[0]) return own ?? byGoogleId[0] ?? null;

  const fromFeeds = real.filter((s) => s.appointment.googleEventId === undefined);
  const uids = new Set(uidCandidates(id.baseId));
  const byUid = fromFeeds.filter((s) => uids.has(s.appointment.uid) && sameOccurrence(s, id.instanceStart));
  if (byUid.length > 0) return byUid[0] ?? null;

  const titles = fragmentSet(page.texts);
  const byTitle = fromFeeds.filter((s) => titles.has(normalize(s.appointment.title)));
  if (id.instanceStart !== null) {
    return byTitle.find((s) => sameOccurrence(s, id.instanceStart)) ?? null;
  }
  const text = page.texts.join(' ');
  const onThatDay = byTitle.filter((s) => mentionsDate(text, s.appointment.start, options.locale, options.timeZone));
  return onThatDay.length === 1 ? (onThatDay[0] ?? null) : null;
}

/** Whether a session is the occurrence at `instanceStart` (null: a single event). */
function sameOccurrence(session: SessionView, instanceStart: number | null): boolean {
  const { recurrenceId, start } = session.appointment;
  if (instanceStart === null) return recurrenceId === null;
  return start === instanceStart || (recurrenceId !== null && Date.parse(recurrenceId) === instanceStart);
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

/**
 * Whether `text` names the day of `instant`: its day of the month as a whole number and its
 * month by name (long or short) in `locale` ("Tuesday, December 1", "Dienstag, 1. Dezember",
 * "12月1日"). Google writes the popup's date that way in every language.
 */
export function mentionsDate(text: string, instant: number, locale: string, timeZone: string): boolean {
  const lower = normalize(text);
  const part = (options: Intl.DateTimeFormatOptions, type: Intl.DateTimeFormatPartTypes): string =>
    normalize(
      new Intl.DateTimeFormat(locale, { ...options, timeZone }).formatToParts(instant).find((p) => p.type === type)
        ?.value ?? '',
    ).replace(/\.$/, '');
  const day = part({ day: 'numeric' }, 'day');
  const months = [part({ month: 'long', day: 'numeric' }, 'month'), part({ month: 'short', day: 'numeric' }, 'month')];
  const dayPattern = new RegExp(`(^|[^0-9])0?${Number(day)}([^0-9]|$)`);
  return dayPattern.test(lower) && months.some((m) => m !== '' && lower.includes(m));
}
