import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAddon } from './addon';

// The calendar add-on (issue 6): Session Keeper inside Google Calendar's event popup.
export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    void startAddon(ctx);
  },
});
