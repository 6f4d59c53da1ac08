import { defineBackground } from 'wxt/utils/define-background';
import { initBadge } from '../lib/background/badge';
import { initGoogle } from '../lib/background/google';
import { initMissed } from '../lib/background/missed';
import { initReminders } from '../lib/background/reminders';
import { initSync } from '../lib/background/sync';
import { sharedSessionFeed } from '../lib/sessions';

export default defineBackground(() => {
  // Badge, reminders and missed sessions read the stored sessions through one subscription.
  const sessions = sharedSessionFeed();
  initSync();
  initBadge(sessions);
  initReminders(sessions);
  initMissed(sessions);
  initGoogle();
});
