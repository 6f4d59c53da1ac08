import { defineBackground } from 'wxt/utils/define-background';
import { initBadge } from '../lib/background/badge';
import { initGoogle } from '../lib/background/google';
import { initMissed } from '../lib/background/missed';
import { initReminders } from '../lib/background/reminders';
import { initSync } from '../lib/background/sync';
import { loadSessionViews } from '../lib/sessions';

export default defineBackground(() => {
  initSync();
  initBadge();
  initReminders({ sessions: loadSessionViews });
  initMissed({ sessions: loadSessionViews });
  initGoogle();
});
