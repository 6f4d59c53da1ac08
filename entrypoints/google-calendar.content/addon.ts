import { browser } from 'wxt/browser';
import { EVENT_CHIP, findEventDialog, readPageEvent } from '../../lib/gcal-page/dialog';
import { deadlineMarker, type DeadlineMarker } from '../../lib/gcal-page/marker';
import { indexSessions, matchEvent, type MatchContext, type SessionIndex } from '../../lib/gcal-page/match';
import { pageChanges } from '../../lib/gcal-page/page-changes';
import { shownInstant } from '../../lib/gcal-page/shown-week';
import { isDarkColor } from '../../lib/gcal-page/theme';
import { monthNames } from '../../lib/gcal-page/when';
import { sessionViews, watchSessionData, type SessionData } from '../../lib/sessions';
import { userTimeZone } from '../../lib/time/user-zone';
import type { SessionView } from '../../lib/model/session-view';
import { Markers } from './markers';
import type { AddonContext } from './quiet-context';
import { STRIP_CHUNK } from './strip-chunk';
import type { Strip, createStrip } from './strip';

// The countdowns count minutes; half a minute keeps them right without busy work.
const TICK_MS = 30_000;
// Chips matched per task on a first render or a data change: a month has ~500 (a frame is 16 ms).
const SLICE_MS = 8;

/**
 * The calendar add-on: markers on the grid's chips and, in a session's popup, the strip (loaded
 * the first time one opens). It works when the page or the data changes, on what changed.
 */
export function startAddon(ctx: AddonContext): void {
  const locale = navigator.language;
  // Read once the data is there: the first `Intl` call of a page can take a frame on its own.
  let timeZone = '';
  let data: SessionData | null = null;
  let views = new Map<string, SessionView>();
  let index: SessionIndex | null = null;
  let match: MatchContext | null = null;
  // Per data change: which session each `data-eventid` is; per tick: each session's marker.
  let keyOfId = new Map<string, string | null>();
  let markerOf = new Map<string, DeadlineMarker | null>();
  const markers = new Markers();
  const tracked = new Map<Element, string | null>();
  let pending = new Set<Element>();
  let sliceScheduled = false;
  let popup: { dialog: Element; key: string | null; dark: boolean } | null = null;
  let strip: Strip | null = null;
  let stripLoading: Promise<void> | null = null;

  const chipKey = (chip: Element): string | null => {
    const id = chip.getAttribute('data-eventid') ?? '';
    let key = keyOfId.get(id);
    if (key === undefined) {
      const event = readPageEvent(chip);
      key = event && index && match ? matchEvent(event, index, match) : null;
      keyOfId.set(id, key);
    }
    return key;
  };

  const markerFor = (key: string | null): DeadlineMarker | null => {
    if (key === null) return null;
    let marker = markerOf.get(key);
    if (marker === undefined) {
      const session = views.get(key);
      marker = session ? deadlineMarker(session, Date.now(), locale, timeZone) : null;
      markerOf.set(key, marker);
    }
    return marker;
  };

  const markChip = (chip: Element): void => {
    if (!data?.settings.gridMarkers || !chip.isConnected) return;
    const key = chipKey(chip);
    tracked.set(chip, key);
    if (key !== null || markers.has(chip)) markers.set(chip, markerFor(key));
  };

  /** Matches queued chips for up to a slice of time, then yields to the page. */
  const runSlice = (): void => {
    sliceScheduled = false;
    const until = performance.now() + SLICE_MS;
    for (const chip of pending) {
      pending.delete(chip);
      markChip(chip);
      if (performance.now() > until) break;
    }
    if (pending.size > 0) scheduleSlice();
  };
  const scheduleSlice = (): void => {
    if (sliceScheduled) return;
    sliceScheduled = true;
    ctx.setTimeout(runSlice, 0);
  };

  const updatePopup = (): void => {
    const dialog = findEventDialog(document);
    if (!dialog || !index || !match) {
      popup = null;
      strip?.hide();
      return;
    }
    const event = readPageEvent(dialog);
    const same = popup?.dialog === dialog;
    // While Google re-renders the details there is no event for a moment: keep the strip.
    const key = event
      ? matchEvent(event, index, { ...match, shown: shownInstant(location.pathname, Date.now()) })
      : same
        ? popup!.key
        : null;
    popup = { dialog, key, dark: same ? popup!.dark : isDark(dialog) };
    showStrip();
  };

  const showStrip = (): void => {
    const session = popup?.key ? views.get(popup.key) : undefined;
    if (!popup || !session) {
      strip?.hide();
      return;
    }
    if (strip) strip.show(popup.dialog, session, Date.now(), popup.dark);
    else void loadStrip().then(showStrip);
  };

  // Chrome: the strip's own module, fetched when first needed. Firefox: part of this script,
  // because addons.mozilla.org's linter refuses an `import()` of a computed address.
  const importStrip = (): Promise<{ createStrip: typeof createStrip }> =>
    import.meta.env.FIREFOX ? import('./strip') : import(/* @vite-ignore */ browser.runtime.getURL(`/${STRIP_CHUNK}`));

  const loadStrip = (): Promise<void> =>
    (stripLoading ??= importStrip().then((module) => {
      if (!ctx.isValid) return;
      strip = module.createStrip({ locale, timeZone, settings: () => data?.settings ?? null });
      ctx.onInvalidated(() => strip?.destroy());
    }));

  /** States and countdowns move with time: new views, the same matches. */
  const refresh = (): void => {
    if (!data) return;
    views = new Map(sessionViews(data, Date.now(), timeZone).map((s) => [s.appointment.key, s]));
    markerOf = new Map();
    markers.sweep();
    for (const [chip, key] of tracked) {
      if (!chip.isConnected) tracked.delete(chip);
      else if (key !== null || markers.has(chip)) markers.set(chip, markerFor(key));
    }
    showStrip();
  };

  // A data change is taken in steps, each its own task, so that none holds up the page for a
  // frame: the zone, the views and their index, the month names, then the chips in slices.
  let generation = 0;
  const nextTask = () => new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));
  const load = async (fresh: SessionData, id: number): Promise<void> => {
    await nextTask();
    timeZone ||= userTimeZone();
    await nextTask();
    if (id !== generation) return;
    data = fresh;
    views = new Map(sessionViews(fresh, Date.now(), timeZone).map((s) => [s.appointment.key, s]));
    index = indexSessions([...views.values()], timeZone);
    keyOfId = new Map();
    markerOf = new Map();
    await nextTask();
    if (id !== generation) return;
    match = { months: monthNames([document.documentElement.lang || locale, 'en']), shown: Date.now() };
    if (!fresh.settings.gridMarkers) markers.clear();
    // Every chip in the page once (sliced), then only those Google adds or changes.
    pending = new Set([...tracked.keys(), ...document.querySelectorAll(EVENT_CHIP)]);
    tracked.clear();
    scheduleSlice();
    updatePopup();
  };
  const unwatch = watchSessionData((fresh) => void load(fresh, ++generation));

  const observer = new MutationObserver((records) => {
    if (!ctx.isValid || !index || !match) return;
    const changes = pageChanges(records, markers.hosts, popup?.dialog ?? null);
    if (changes.popup || (popup && strip && !strip.isIn(popup.dialog))) updatePopup();
    for (const chip of changes.chips) pending.add(chip);
    // A few chips (Google re-rendering some) are matched at once, a whole view in slices.
    if (changes.chips.size > 0 && changes.chips.size < 50) runSlice();
    else if (pending.size > 0) scheduleSlice();
  });
  // Element additions and removals, and event ids (a reused popup changes `data-eventid` in place).
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-eventid'],
  });

  // A press on a session's chip comes a moment before its popup: load the strip meanwhile.
  ctx.addEventListener(
    document,
    'pointerdown',
    (event) => {
      const chip = event.target instanceof Element ? event.target.closest(EVENT_CHIP) : null;
      if (chip && tracked.get(chip)) void loadStrip();
    },
    { capture: true, passive: true },
  );
  ctx.setInterval(() => {
    if (document.visibilityState === 'visible') refresh();
  }, TICK_MS);
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') refresh();
  });
  ctx.onInvalidated(() => {
    unwatch();
    observer.disconnect();
    markers.clear();
  });
}

/** Dark when the popup's own background is dark; without one, the system's preference. */
function isDark(dialog: Element): boolean {
  for (const element of [dialog, dialog.firstElementChild, document.body]) {
    const dark = element ? isDarkColor(getComputedStyle(element).backgroundColor) : null;
    if (dark !== null) return dark;
  }
  return matchMedia('(prefers-color-scheme: dark)').matches;
}
