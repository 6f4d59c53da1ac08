import { CalendarAnswers } from '../gcal-page/answers';
import type { CalendarAnswer, CalendarQuery } from '../gcal-page/lookup';
import { loadSessionData, watchSessionData, type SessionData } from '../sessions';
import { userTimeZone } from '../time/user-zone';

/**
 * Answers the calendar add-on (`calendarLookup`): which session each chip and the open popup
 * show, and what their markers and strip say. It runs here, where the sessions already are, so
 * the script loaded on every Google Calendar page carries no storage reading, no matching and
 * no `Intl` (lib/gcal-page/lookup.ts). The answers are made from the worker's one storage
 * snapshot; after a stop the first question reads it again.
 */
let answers: CalendarAnswers | null = null;
let data: SessionData | null = null;

async function current(): Promise<CalendarAnswers> {
  data ??= await loadSessionData();
  return (answers ??= new CalendarAnswers(data, userTimeZone(), navigator.language));
}

/** Keeps the answers to the data: made again after each change, when next asked. */
export function initCalendarAddon(): () => void {
  return watchSessionData((fresh) => {
    data = fresh;
    answers = null;
  });
}

export const calendarAddonMessages = {
  /** Which sessions these chips and this popup show, and what to say. */
  calendarLookup: async (query: CalendarQuery): Promise<CalendarAnswer> => (await current()).answer(query, Date.now()),
};
