import { CALENDAR_ORIGIN, STRIP_GLOBAL } from '../../lib/gcal-page/strip-script';
import { createStrip } from './strip';

// Firefox's strip: a classic script the background runs in the frame whose content script asks
// for it (`injectStrip`, lib/background/calendar-addon.ts). It leaves `createStrip` on the
// content-script sandbox's global, which that content script shares and the page cannot read.
// A frame that has meanwhile navigated away from the calendar is given nothing.
if (location.origin === CALENDAR_ORIGIN) Object.assign(globalThis, { [STRIP_GLOBAL]: createStrip });
