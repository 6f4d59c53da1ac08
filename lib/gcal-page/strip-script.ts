/**
 * Where the build puts the calendar strip's script (modules/gcal-addon.ts): an ES module that
 * the content script imports in Chrome, a classic script that the background runs in the
 * asking frame in Firefox.
 */
export const STRIP_CHUNK = 'content-scripts/google-calendar-strip.js';

/**
 * The property under which Firefox's classic strip script leaves `createStrip` for the content
 * script. Scripts of one extension run in a frame share one sandbox, whose global the page's own
 * scripts cannot reach (they see the window beneath it, not the sandbox's own properties).
 */
export const STRIP_GLOBAL = '__sessionKeeperStrip';

/** The only pages the strip is ever for. */
export const CALENDAR_ORIGIN = 'https://calendar.google.com';
