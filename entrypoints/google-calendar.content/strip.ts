import { messageWordsFor } from '../../lib/messages/words';
import { t } from '../../lib/i18n/ui';
import { flushSync, mount, unmount } from 'svelte';
import { canSend } from '../../lib/gmail/scope';
import { gmailAsk, queueGmailSend } from '../../lib/gmail/page-send';
import type { Draft } from '../../lib/model/draft';
import { composeReschedule } from '../../lib/messages/reschedule';
import { sendDraft } from '../../lib/messages/channels';
import { readFrom } from '../../lib/store/io';
import { googleAccountItem } from '../../lib/store/items';
import { snapshot } from '../../lib/store/snapshot';
import { errorText, sendMessage } from '../../lib/messaging';
import type { Settings } from '../../lib/model/settings';
import { write } from '../../lib/store/client';
import type { SessionView } from '../../lib/model/session-view';
import { StripState } from './strip-state.svelte';
import StripHost from './StripHost.svelte';

// The strip's module: imported by the content script the first time a session's popup opens.

export interface Strip {
  /** Shows `session` as a direct child of `dialog` (the only place Google's re-renders leave alone). */
  show(dialog: Element, session: SessionView, now: number, dark: boolean): void;
  hide(): void;
  /** Whether the strip is in `dialog` now (a re-render may have taken it out). */
  isIn(dialog: Element): boolean;
  destroy(): void;
}

export interface StripOptions {
  locale: string;
  timeZone: string;
  /** The stored settings (the reschedule channel), or null before the first read. */
  settings(): Settings | null;
}

// Keys that still reach the page from inside the strip: Escape closes the popup, Tab moves
// through it. Any other key stops at the shadow root, so it never fires a Google Calendar
// shortcut ("c" creates an event, "e" edits …).
const PASS_KEYS = new Set(['Escape', 'Tab']);

/**
 * The strip in a closed shadow root on a plain `<div>`: Google's page scripts can tell that an
 * element was added, not what it says. Styles are isolated both ways (the component's own CSS
 * is injected into the shadow root).
 */
export function createStrip({ locale, timeZone, settings }: StripOptions): Strip {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  const reset = document.createElement('style');
  reset.textContent = ':host { all: initial; display: block; }';
  const container = document.createElement('div');
  shadow.append(reset, container);
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    shadow.addEventListener(type, (event) => {
      if (!(event instanceof KeyboardEvent && PASS_KEYS.has(event.key))) event.stopPropagation();
    });
  }

  const model: StripState = new StripState(locale, timeZone, {
    // The one place the add-on records a check-in: the background's write, as the popup asks for it.
    onCheckIn: (key) => {
      void write('checkIn', key, Date.now()).catch(
        (e: unknown) => (model.note = t('strip_couldNotCheckIn', { error: errorText(e) })),
      );
    },
    onUndoCheckIn: (key) => {
      void write('undoCheckIn', key, Date.now()).then(
        (undone) => (model.note = undone ? null : t('strip_undoTooLate')),
        (e: unknown) => (model.note = t('strip_couldNotUndo', { error: errorText(e) })),
      );
    },
    onReschedule: (session) => void reschedule(session),
    onSendReview: (session, draft) => void sendReview(session, draft),
    onOtherWay: (session, draft) => void otherWay(session, draft),
    onUndoSend: (id) => {
      void sendMessage('undoSend', { id }).then(
        (undone) => {
          model.note = undone ? t('strip_sendUndone') : t('sidepanel_undoTooLate');
          if (undone) [model.queued, model.review] = [null, model.sent];
        },
        (e: unknown) => (model.note = t('sidepanel_undoFailed', { error: errorText(e) })),
      );
    },
    // Sent synchronously in the click, so the background's sidePanel.open keeps the gesture.
    onSendMessage: (key) => {
      void sendMessage('openSidePanel', { key }).catch(
        (e: unknown) => (model.note = t('strip_couldNotOpenPanel', { error: errorText(e) })),
      );
    },
  });
  const app = mount(StripHost, { target: container, props: { model } });

  // With Google connected the message shows in the strip for a last look, then goes through
  // Gmail; without, it opens in the client's channel as before.
  async function reschedule(session: SessionView): Promise<void> {
    const current = settings();
    if (!current) return;
    try {
      // Written in the therapist's language (its catalogue is web-accessible, modules/i18n).
      const words = await messageWordsFor(session.therapist.language);
      const draft = composeReschedule(session, current, Date.now(), words, { timeZone });
      const account = readFrom(await snapshot(), googleAccountItem);
      model.note = null;
      if (account) model.review = { key: session.appointment.key, draft, needsGrant: !canSend(account.scopes) };
      else await otherWay(session, draft);
    } catch (e) {
      model.note = t('strip_couldNotPrepare', { error: errorText(e) });
    }
  }

  async function sendReview(session: SessionView, draft: Draft): Promise<void> {
    const current = settings();
    const review = model.review;
    if (!current || !review) return;
    try {
      model.queued = await queueGmailSend(gmailAsk(session, 'reschedule', draft, current), review.needsGrant);
      model.sent = { ...review, draft };
      model.review = null;
      model.note = null;
    } catch (e) {
      model.note = `${errorText(e)} Your message is kept: you can send it another way.`;
    }
  }

  async function otherWay(session: SessionView, draft: Draft): Promise<void> {
    const current = settings();
    if (!current) return;
    try {
      model.review = null;
      model.note = (
        await sendDraft(draft, current.sendChannel, session.therapist, {
          openTab: openLink,
          copy: (text) => navigator.clipboard.writeText(text),
        })
      ).note;
    } catch (e) {
      model.note = t('strip_couldNotPrepare', { error: errorText(e) });
    }
  }

  return {
    show(dialog, session, now, dark) {
      if (model.session?.appointment.key !== session.appointment.key) {
        model.note = null;
        model.review = null;
        model.queued = null;
        model.sent = null;
      }
      model.session = session;
      model.now = now;
      model.dark = dark;
      // Rendered before the page's next frame, so the strip paints with the popup.
      flushSync();
      if (host.parentElement !== dialog) dialog.append(host);
    },
    hide() {
      host.remove();
      model.session = null;
    },
    isIn: (dialog) => host.parentElement === dialog,
    destroy() {
      host.remove();
      void unmount(app);
    },
  };
}

/** Opens a compose link: mail links in place (the mail app takes over), others in a new tab. */
function openLink(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.rel = 'noopener';
  link.target = url.startsWith('mailto:') ? '_self' : '_blank';
  link.click();
}
