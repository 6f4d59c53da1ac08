import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { EVENT_CHIP } from '../../lib/gcal-page/dialog';
import { chipMarkers } from '../../lib/gcal-page/marker';
import { stripTarget, type StripTarget } from '../../lib/gcal-page/strip-target';
import { isDarkColor } from '../../lib/gcal-page/theme';
import { sendReschedule } from '../../lib/messages/reschedule';
import { errorText, sendMessage } from '../../lib/messaging';
import { sessionViews, watchSessionData, type SessionData } from '../../lib/sessions';
import { write } from '../../lib/store/client';
import { userTimeZone } from '../../lib/time/user-zone';
import type { SessionView } from '../../lib/ui-model/session-view';
import { removeMarkers, updateMarkers } from './markers';
import { StripState } from './strip-state.svelte';
import { createStripUi } from './strip-ui';

// The countdowns count minutes; half a minute keeps them right without busy work.
const TICK_MS = 30_000;

/** The calendar add-on (issue 6): the strip in the event popup and markers on the grid. */
export async function startAddon(ctx: ContentScriptContext): Promise<void> {
  const locale = navigator.language;
  const timeZone = userTimeZone();
  let data: SessionData | null = null;
  let sessions: SessionView[] = [];
  let target: StripTarget | null = null;
  // The session (appointment key) of each chip's event id, until the stored data changes.
  let chipMatches = new Map<string, string | null>();
  // The popup's theme, read once per popup and tick: reading styles forces a style recalc.
  let themed: { dialog: Element; dark: boolean } | null = null;

  const model = new StripState(locale, timeZone, {
    onCheckIn: (key) => {
      void write('checkIn', key, Date.now()).catch((e: unknown) => (model.note = `Could not check in: ${errorText(e)}`));
    },
    onUndoCheckIn: (key) => {
      void write('undoCheckIn', key, Date.now()).then(
        (undone) => (model.note = undone ? null : 'It has been more than a minute, so the check-in stays.'),
        (e: unknown) => (model.note = `Could not undo: ${errorText(e)}`),
      );
    },
    onReschedule: (session) => void reschedule(session),
    // Sent synchronously in the click, so the background's sidePanel.open keeps the gesture.
    onSendMessage: (key) => {
      void sendMessage('openSidePanel', { key }).catch((e: unknown) => (model.note = `Could not open the side panel: ${errorText(e)}`));
    },
  });
  const strip = await createStripUi(ctx, model);
  if (!ctx.isValid) return;

  async function reschedule(session: SessionView): Promise<void> {
    if (!data) return;
    try {
      model.note = await sendReschedule(session, data.settings, Date.now(), timeZone, {
        openTab: openLink,
        copy: (text) => navigator.clipboard.writeText(text),
      });
    } catch (e) {
      model.note = `Could not prepare the message: ${errorText(e)}`;
    }
  }

  /** Matches the page against the sessions; cheap enough for every batch of page changes. */
  function render(): void {
    if (!data) return;
    const options = { locale: document.documentElement.lang || locale, timeZone };
    target = stripTarget(document, sessions, options, target);
    if (target) {
      if (model.session?.appointment.key !== target.session.appointment.key) model.note = null;
      model.session = target.session;
      model.now = Date.now();
      if (themed?.dialog !== target.dialog) themed = { dialog: target.dialog, dark: isDark(target.dialog) };
      model.dark = themed.dark;
      strip.showIn(target.dialog);
    } else {
      strip.hide();
      model.session = null;
    }
    if (data.settings.gridMarkers) {
      const chips = document.querySelectorAll(EVENT_CHIP);
      updateMarkers(chipMarkers(chips, sessions, Date.now(), { ...options, displayLocale: locale }, chipMatches));
    } else {
      removeMarkers(document);
    }
  }

  /** States and countdowns move with time and with storage: recompute, then render. */
  function refresh(): void {
    if (!data) return;
    sessions = sessionViews(data, Date.now(), timeZone);
    themed = null;
    render();
  }

  const unwatch = watchSessionData((fresh) => {
    data = fresh;
    chipMatches = new Map();
    refresh();
  });
  ctx.onInvalidated(unwatch);
  ctx.setInterval(() => {
    if (document.visibilityState === 'visible') refresh();
  }, TICK_MS);
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') refresh();
  });

  // One observer for the popup and the grid. Google's page changes often: batch the records
  // into one render per frame, and watch only element additions/removals and event ids (a
  // reused popup changes `data-eventid` in place).
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    ctx.requestAnimationFrame(() => {
      scheduled = false;
      render();
    });
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-eventid'] });
  ctx.onInvalidated(() => {
    observer.disconnect();
    removeMarkers(document);
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

/** Opens a compose link: mail links in place (the mail app takes over), others in a new tab. */
function openLink(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'noopener';
  link.target = url.startsWith('mailto:') ? '_self' : '_blank';
  link.click();
}
