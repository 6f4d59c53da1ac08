import { defineBackground } from 'wxt/utils/define-background';
import { initBadge } from '../lib/background/badge';
import { initCalendarAddon } from '../lib/background/calendar-addon';
import { initGmail } from '../lib/background/gmail';
import { initMessages } from '../lib/background/messages';
import { initMissed } from '../lib/background/missed';
import { initReminders } from '../lib/background/reminders';
import { initSync } from '../lib/background/sync';

export default defineBackground(() => {
  // Badge, reminders and missed sessions share the worker's one storage snapshot; every
  // change of stored state is made here (the `write` message).
  initSync();
  initBadge();
  initReminders();
  initMissed();
  initGmail();
  initCalendarAddon();
  initMessages();
});
