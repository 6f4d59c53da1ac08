import { listen } from '../messaging';
import { calendarAddonMessages } from './calendar-addon';
import { gmailMessages } from './gmail';
import { googleMessages } from './google';
import { panelMessages } from './missed';
import { probeMessages } from './probe';
import { syncMessages } from './sync';
import { writeMessages } from './writes';

/**
 * Every message the background answers, by name: registrations only, the handlers sit with
 * their features. Pages and the calendar add-on message the background only for what must
 * happen here (network, OAuth, stored writes, a side panel opened with the sender's gesture).
 */
export const handlers = {
  ...syncMessages,
  ...panelMessages,
  ...googleMessages,
  ...gmailMessages,
  ...probeMessages,
  ...writeMessages,
  ...calendarAddonMessages,
};

declare module '../messaging' {
  interface Register {
    handlers: typeof handlers;
  }
}

/** Answers every message with one runtime listener; returns its removal. */
export function initMessages(): () => void {
  return listen(handlers);
}
