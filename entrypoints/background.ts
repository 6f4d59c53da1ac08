import { defineBackground } from 'wxt/utils/define-background';
import { initAttendance } from '../lib/background/attendance';
import { initBadge } from '../lib/background/badge';
import { initGoogle } from '../lib/background/google';
import { initMissed } from '../lib/background/missed';
import { initReminders } from '../lib/background/reminders';
import { initSync } from '../lib/background/sync';

export default defineBackground(() => {
  // Badge, reminders and missed sessions share the worker's one storage snapshot.
  initSync();
  initBadge();
  initReminders();
  initMissed();
  initAttendance();
  initGoogle();
});
