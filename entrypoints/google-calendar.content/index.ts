import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAddon } from './addon';

// The calendar add-on: Session Keeper inside Google Calendar's event popup and on its grid.
// No CSS of its own in the page: the strip and the markers style their closed shadow roots.
export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  main(ctx) {
    startAddon(ctx);
  },
});
