import { browser, type Browser } from 'wxt/browser';
import { EVENT_CHIP, findEventDialog, readPageEvent } from '../../lib/gcal-page/dialog';
import type { CalendarAnswer, ChipText, PageEventText } from '../../lib/gcal-page/lookup';
import { pageChanges } from '../../lib/gcal-page/page-changes';
import { isDarkColor } from '../../lib/gcal-page/theme';
import { errorText, sendMessage } from '../../lib/messaging';
import type { Settings } from '../../lib/model/settings';
import type { SessionView } from '../../lib/model/session-view';
import { touchesSessionData } from '../../lib/store/session-keys';
import { Chips } from './chips';
import { Markers } from './markers';
import type { AddonContext } from './quiet-context';
import { loadStripCode } from './load-strip';
import type { Strip } from './strip';

// The countdowns count minutes; half a minute keeps them right without busy work.
const TICK_MS = 30_000;
interface Popup {
  dialog: Element;
  /** The event it shows, as the page writes it (id, title, "when" line). */
  event: PageEventText;
  identity: string;
  /** The session it shows (null: none, or not known yet). */
  key: string | null;
  dark: boolean;
}

/**
 * The calendar add-on: markers on the grid's chips and, in a session's popup, the strip (loaded
 * the first time one opens). It reads what the page shows and asks the background which
 * sessions those are (`calendarLookup`): no storage reading, matching or `Intl` runs in the
 * page. It works when the page or the data changes, on what changed.
 */
export function startAddon(ctx: AddonContext): void {
  const locale = navigator.language;
  // Per data change, so that an answer to an earlier question is not taken for a new one.
  let generation = 0;
  const markers = new Markers();
  // Which session each popup event is, until the data changes.
  let popupKeys = new Map<string, string | null>();
  let popup: Popup | null = null;
  // The sessions the answers named, the settings and the zone they came with.
  let sessions = new Map<string, SessionView>();
  let settings: Settings | null = null;
  let timeZone: string | null = null;
  let strip: Strip | null = null;
  let stripLoading: Promise<void> | null = null;
  // The popup for which the strip's code could not load: not asked again until another opens.
  let stripFailed: string | null = null;

  const ask = async (chips: ChipText[], event: PageEventText | null): Promise<CalendarAnswer | null> => {
    const languages = [document.documentElement.lang, locale].filter(Boolean);
    const answer = await sendMessage('calendarLookup', { chips, popup: event, path: location.pathname, languages })
      // The extension was updated or reloaded under this page: nothing to show until it reloads.
      .catch(() => null);
    if (!answer || !ctx.isValid) return null;
    for (const [key, session] of Object.entries(answer.sessions)) sessions.set(key, session);
    settings = answer.settings;
    timeZone = answer.timeZone;
    return answer;
  };
  const chips = new Chips(ctx, (batch) => ask(batch, null), markers);

  /** Follows the popup: which event it shows now; asks about a new one, keeps the strip through re-renders. */
  const updatePopup = (): void => {
    const dialog = findEventDialog(document);
    const event = dialog && readPageEvent(dialog);
    const same = !!dialog && popup?.dialog === dialog;
    // While Google re-renders the details there is no event for a moment: keep the strip.
    if (!event) {
      if (same) showStrip();
      else hidePopup();
      return;
    }
    const identity = `${event.id}\n${event.title ?? ''}\n${event.when}`;
    // The same event, re-rendered: put the strip back only if the re-render took it out.
    if (same && popup!.identity === identity) {
      if (!strip?.isIn(dialog)) showStrip();
      return;
    }
    // Until the popup's own answer comes, a chip of the same event (same id) says which session
    // it is: the strip paints with the popup, without waiting for the worker.
    const known = popupKeys.get(identity);
    const key = known !== undefined ? known : (chips.keyOf(event.id) ?? null);
    popup = { dialog, event, identity, key, dark: same ? popup!.dark : isDark(dialog) };
    showStrip();
    if (known === undefined || isStale(key)) void askPopup();
  };

  const hidePopup = (): void => {
    popup = null;
    strip?.hide();
  };

  /** Asks about the open popup; the strip it shows stays until the answer (no flicker on a check-in). */
  const askPopup = async (): Promise<void> => {
    if (!popup) return;
    const { identity, event } = popup;
    const asked = generation;
    const answer = await ask([], event);
    if (!answer || asked !== generation) return;
    popupKeys.set(identity, answer.popup);
    if (popup?.identity !== identity) return;
    popup.key = answer.popup;
    showStrip();
  };

  const showStrip = (): void => {
    const session = popup?.key ? sessions.get(popup.key) : undefined;
    if (!popup || !session) {
      strip?.hide();
      return;
    }
    if (strip) strip.show(popup.dialog, session, Date.now(), popup.dark);
    else if (stripFailed !== popup.identity) void loadStrip().then(showStrip);
  };

  // The strip's code comes the first time a session's popup opens (load-strip.ts). If it cannot
  // come (the extension was reloaded under this page, the frame moved on), this popup shows no
  // strip, as for an event that is no session, and the next popup asks again.
  const loadStrip = (): Promise<void> =>
    (stripLoading ??= loadStripCode().then(
      (create) => {
        if (!ctx.isValid) return;
        strip = create({
          locale,
          timeZone: timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
          settings: () => settings,
        });
        ctx.onInvalidated(() => strip?.destroy());
      },
      (error: unknown) => {
        stripLoading = null;
        stripFailed = popup?.identity ?? null;
        if (ctx.isValid) console.warn(`Session Keeper could not load its strip: ${errorText(error)}`);
      },
    ));

  /** Countdowns move with time; a state that changed by itself (the deadline passed) is asked again. */
  const tick = (): void => {
    chips.tick(Date.now());
    if (isStale(popup?.key ?? null)) void askPopup();
    else showStrip();
  };

  /** The session data changed (a sync, a check-in from the toolbar popup): ask everything again. */
  let changeScheduled = false;
  const onDataChange = (): void => {
    changeScheduled = false;
    generation++;
    chips.reset();
    popupKeys = new Map();
    // The strip on show stays until its answer: no flicker after a check-in.
    const shown = popup?.key ? sessions.get(popup.key) : undefined;
    sessions = new Map(shown ? [[shown.appointment.key, shown]] : []);
    void askPopup();
  };
  // Only a change to what the background's answers are made of (a reminder noted as shown, a
  // sync's status, changes nothing on the page).
  const onStorage = (changes: Record<string, unknown>, area: Browser.storage.AreaName): void => {
    if (area !== 'local' || changeScheduled || !touchesSessionData(Object.keys(changes))) return;
    changeScheduled = true;
    // One question for a burst of changes (a sync writes several keys).
    ctx.setTimeout(onDataChange, 0);
  };
  browser.storage.onChanged.addListener(onStorage);

  const observer = new MutationObserver((records) => {
    if (!ctx.isValid) return;
    const changes = pageChanges(records, markers.hosts, popup?.dialog ?? null);
    if (changes.popup || (popup && strip && !strip.isIn(popup.dialog))) updatePopup();
    // A few chips (Google re-rendering some) are painted at once, a whole view in slices.
    if (changes.chips.size > 0) chips.add(changes.chips, changes.chips.size < 50);
  });
  // Element additions and removals, and event ids (a reused popup changes `data-eventid` in place).
  observer.observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['data-eventid'],
  });
  // Every chip in the page once (sliced), then only those Google adds or changes.
  chips.add(document.querySelectorAll(EVENT_CHIP), false);
  updatePopup();

  // A press on a session's chip comes a moment before its popup: load the strip meanwhile.
  ctx.addEventListener(
    document,
    'pointerdown',
    (event) => {
      const chip = event.target instanceof Element ? event.target.closest(EVENT_CHIP) : null;
      const id = chip?.getAttribute('data-eventid');
      if (id && chips.keyOf(id)) void loadStrip();
    },
    { capture: true, passive: true },
  );
  ctx.setInterval(() => {
    if (document.visibilityState === 'visible') tick();
  }, TICK_MS);
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') tick();
  });
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStorage);
    observer.disconnect();
    markers.clear();
  });

  /** Whether a session's state may have moved on since its answer (its next change has come). */
  function isStale(key: string | null): boolean {
    const next = key === null ? null : (sessions.get(key)?.info.next ?? null);
    return next !== null && Date.now() >= next;
  }
}

/** Dark when the popup's own background is dark; without one, the system's preference. */
function isDark(dialog: Element): boolean {
  for (const element of [dialog, dialog.firstElementChild, document.body]) {
    const dark = element ? isDarkColor(getComputedStyle(element).backgroundColor) : null;
    if (dark !== null) return dark;
  }
  return matchMedia('(prefers-color-scheme: dark)').matches;
}
