import { defineBackground } from 'wxt/utils/define-background';
import { initBadge } from '../lib/background/badge';
import { initCalendarAddon } from '../lib/background/calendar-addon';
import { initGmail } from '../lib/background/gmail';
import { initGoogle } from '../lib/background/google';
import { initMissed } from '../lib/background/missed';
import { initProbe } from '../lib/background/probe';
import { initReminders } from '../lib/background/reminders';
import { initSync } from '../lib/background/sync';
import { initWrites } from '../lib/background/writes';

export default defineBackground(() => {
  // Badge, reminders and missed sessions share the worker's one storage snapshot; every
  // change of stored state is made here (initWrites).
  initSync();
  initBadge();
  initReminders();
  initMissed();
  initWrites();
  initGoogle();
  initGmail();
  initProbe();
  initCalendarAddon();
});
