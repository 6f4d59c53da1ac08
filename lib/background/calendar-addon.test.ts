import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STRIP_CHUNK } from '../gcal-page/strip-script';
import { calendarAddonMessages } from './calendar-addon';

// Firefox's strip: the background runs its classic script in the frame of the content script
// that asks (MV2's tabs.executeScript), and says in words why it could not.
const calendarFrame: Browser.runtime.MessageSender = {
  tab: { id: 5 } as Browser.tabs.Tab,
  frameId: 3,
  url: 'https://calendar.google.com/calendar/r/week',
};
const inject = (sender: Browser.runtime.MessageSender) => calendarAddonMessages.injectStrip(undefined, sender);

describe('injectStrip', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // Truthy, as the Firefox build's `true` (vi.stubEnv takes booleans for PROD, DEV and SSR only).
    vi.stubEnv('FIREFOX', 'true');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('runs the strip’s script at once in the asking tab and frame', async () => {
    const executeScript = vi.spyOn(fakeBrowser.tabs, 'executeScript').mockResolvedValue([undefined]);
    await inject(calendarFrame);
    expect(executeScript).toHaveBeenCalledExactlyOnceWith(5, {
      file: `/${STRIP_CHUNK}`,
      frameId: 3,
      runAt: 'document_start',
    });
  });

  it.each<[string, Browser.runtime.MessageSender]>([
    ['another site', { ...calendarFrame, url: 'https://calendar.google.com.example/calendar/r' }],
    ['no tab (an extension page)', { url: 'https://calendar.google.com/calendar/r' }],
  ])('gives nothing to %s', async (_, sender) => {
    const executeScript = vi.spyOn(fakeBrowser.tabs, 'executeScript');
    await expect(inject(sender)).rejects.toMatchObject({
      reason: 'refused',
      message: 'Only the calendar add-on in Firefox asks for the strip’s script.',
    });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('gives nothing in Chrome, which imports the strip’s module instead', async () => {
    // The unit tests' build is Chrome's.
    vi.unstubAllEnvs();
    expect(import.meta.env.FIREFOX).toBeFalsy();
    const executeScript = vi.spyOn(fakeBrowser.tabs, 'executeScript');
    await expect(inject(calendarFrame)).rejects.toThrow(/Only the calendar add-on in Firefox/);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('says the tab was closed when it was', async () => {
    vi.spyOn(fakeBrowser.tabs, 'executeScript').mockRejectedValue(new Error('Invalid tab ID: 5'));
    vi.spyOn(fakeBrowser.tabs, 'get').mockRejectedValue(new Error('Invalid tab ID: 5'));
    await expect(inject(calendarFrame)).rejects.toMatchObject({
      reason: 'tab-closed',
      message: 'The calendar tab was closed before its strip could be added.',
    });
  });

  it('says the page changed when the frame has moved on', async () => {
    vi.spyOn(fakeBrowser.tabs, 'executeScript').mockRejectedValue(
      new Error('Frame not found, or missing host permission'),
    );
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 5 } as Browser.tabs.Tab);
    await expect(inject(calendarFrame)).rejects.toMatchObject({
      reason: 'frame-changed',
      message:
        'The calendar page changed before its strip could be added (Frame not found, or missing host permission).',
    });
  });
});
