import { waitFor, type Tab } from './harness';

// The calendar add-on's strip as a person sees it: it lives in a closed shadow root, a direct
// child of Google Calendar's event popup.
export const STRIP_HOSTS = '[role="dialog"][data-chips-dialog="true"] > *';
export const stripText = (page: Tab) =>
  page.inShadowRoots(STRIP_HOSTS, (root) => root.querySelector('section')?.textContent ?? null);
/** Clicks the strip's button `name` with the mouse, as a person does. */
export async function clickStrip(page: Tab, name: string): Promise<void> {
  const where = await waitFor(
    () =>
      page.inShadowRoots(
        STRIP_HOSTS,
        (root, label) => {
          const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
          // A person scrolls to a button below the fold before clicking it.
          button?.scrollIntoView({ block: 'center' });
          const r = button?.getBoundingClientRect();
          return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
        },
        name,
      ),
    (point) => point !== null,
  );
  await page.clickAt(where!);
}
