/** Where the build puts the strip's module (see modules/gcal-addon.ts). */
export const STRIP_CHUNK = 'content-scripts/google-calendar-strip.js';
