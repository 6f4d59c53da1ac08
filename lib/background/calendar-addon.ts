import { browser, type Browser } from 'wxt/browser';
import { CalendarAnswers } from '../gcal-page/answers';
import type { CalendarAnswer, CalendarQuery } from '../gcal-page/lookup';
import { errorText } from '../messaging';
import { loadSessionData, watchSessionData, type SessionData } from '../sessions';
import { CALENDAR_ORIGIN, STRIP_CHUNK } from '../gcal-page/strip-script';
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
  /** Firefox: runs the strip's script in the asking calendar frame (entrypoints/google-calendar.content/load-strip.ts). */
  injectStrip: (_: unknown, sender: Browser.runtime.MessageSender): Promise<void> => injectStrip(sender),
};

/**
 * MV2's `tabs.executeScript` into the sender's own tab and frame (MDN: tabs.executeScript): the
 * script runs in the sandbox that frame's content script lives in. It needs the calendar's host
 * permission (wxt.config.ts), and refuses any other page: the sender is the add-on's content
 * script, which runs on the calendar only. Chrome imports the strip's module instead.
 */
async function injectStrip(sender: Browser.runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (!import.meta.env.FIREFOX || tabId === undefined || !sender.url?.startsWith(`${CALENDAR_ORIGIN}/`))
    throw new StripInjectionError('refused', 'Only the calendar add-on in Firefox asks for the strip’s script.');
  try {
    // `document_start`: at once, not after the page's next load (an open calendar has loaded).
    await browser.tabs.executeScript(tabId, {
      file: `/${STRIP_CHUNK}`,
      frameId: sender.frameId ?? 0,
      runAt: 'document_start',
    });
  } catch (error) {
    const open = await browser.tabs.get(tabId).then(
      () => true,
      () => false,
    );
    throw open
      ? new StripInjectionError(
          'frame-changed',
          `The calendar page changed before its strip could be added (${errorText(error)}).`,
          error,
        )
      : new StripInjectionError('tab-closed', 'The calendar tab was closed before its strip could be added.', error);
  }
}

/** Why the strip's script could not be run in the asking frame; its message travels to the page script. */
export class StripInjectionError extends Error {
  constructor(
    readonly reason: 'refused' | 'tab-closed' | 'frame-changed',
    message: string,
    cause?: unknown,
  ) {
    super(message, { cause });
    this.name = 'StripInjectionError';
  }
}
