import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAddon } from './addon';

// The calendar add-on: Session Keeper inside Google Calendar's event popup and on its grid.
// No CSS of its own in the page: the strip and the markers style their closed shadow roots.
export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  main(ctx) {
    // A task of its own, after the one that evaluates this script and sets up the extension
    // APIs: the page then never waits for both in one go.
    ctx.setTimeout(() => startAddon(ctx), 0);
  },
});
