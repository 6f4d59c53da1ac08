import { mount, unmount } from 'svelte';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { StripState } from './strip-state.svelte';
import StripHost from './StripHost.svelte';

export interface StripUi {
  /** Shows the strip as a direct child of `dialog` (moving it there if needed). */
  showIn(dialog: Element): void;
  hide(): void;
}

// Keys that still reach the page from inside the strip: Escape closes the popup, Tab moves
// through it. Any other key stops at the shadow root, so it never fires a Google Calendar
// shortcut ("c" creates an event, "e" edits …).
const PASS_KEYS = new Set(['Escape', 'Tab']);

/** The strip in a shadow root (styles isolated both ways). */
export async function createStripUi(ctx: ContentScriptContext, model: StripState): Promise<StripUi> {
  let anchor: Element | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: 'session-keeper-strip',
    position: 'inline',
    anchor: () => anchor,
    append: 'last',
    onMount: (container) => mount(StripHost, { target: container, props: { model } }),
    onRemove: (app) => {
      if (app) void unmount(app);
    },
  });
  // The shadow root lives as long as the content script: listen once.
  for (const type of ['keydown', 'keyup', 'keypress'] as const) {
    ui.shadow.addEventListener(type, (event) => {
      if (!(event instanceof KeyboardEvent && PASS_KEYS.has(event.key))) event.stopPropagation();
    });
  }
  return {
    showIn(dialog) {
      if (!ui.mounted) {
        anchor = dialog;
        ui.mount();
      } else if (ui.shadowHost.parentElement !== dialog) {
        // Still rendered: only put it back where it belongs (a re-render moved it out).
        dialog.append(ui.shadowHost);
      }
    },
    hide() {
      if (ui.mounted) ui.remove();
    },
  };
}
