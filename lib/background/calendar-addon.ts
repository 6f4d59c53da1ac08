import { CalendarAnswers } from '../gcal-page/answers';
import { onMessage } from '../messaging';
import { loadSessionData, watchSessionData, type SessionData } from '../sessions';
import { userTimeZone } from '../time/user-zone';

/**
 * Answers the calendar add-on (`calendarLookup`): which session each chip and the open popup
 * show, and what their markers and strip say. It runs here, where the sessions already are, so
 * the script loaded on every Google Calendar page carries no storage reading, no matching and
 * no `Intl` (lib/gcal-page/lookup.ts). The answers are made from the worker's one storage
 * snapshot; after a stop the first question reads it again.
 */
export function initCalendarAddon(): () => void {
  let answers: CalendarAnswers | null = null;
  let data: SessionData | null = null;
  const unwatch = watchSessionData((fresh) => {
    data = fresh;
    answers = null;
  });
  const current = async (): Promise<CalendarAnswers> => {
    data ??= await loadSessionData();
    return (answers ??= new CalendarAnswers(data, userTimeZone(), navigator.language));
  };
  const off = onMessage('calendarLookup', async (query) => (await current()).answer(query, Date.now()));
  return () => {
    off();
    unwatch();
  };
}
