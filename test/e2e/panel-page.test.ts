import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../lib/model/settings';
import { closeAll } from './harness';
import { axeViolations, screenshot } from './harness/a11y';
import { launchChromium as launch } from './harness/chromium/launch';

// The side panel's page in a tab, on the demo calendar. Chromium only (the Firefox run leaves
// this file out): it emulates reduced motion, stubs the clipboard and runs axe-core, which this
// suite does through Playwright's own page API. The page's code is the same in both browsers.

afterEach(closeAll);

describe('exercises and crisis lines in the side panel', () => {
  it('shows crisis lines for the region, guides breathing by keyboard with reduced motion, logs practice, keeps own exercises', async () => {
    const ext = await launch();
    const panel = await ext.open('sidepanel');
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.emulateMedia({ reducedMotion: 'reduce' });

    // Crisis resources: US by default, as tel:/sms: links; they follow the region setting.
    const crisis = panel.getByTestId('crisis');
    await expect.poll(() => crisis.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    expect(await crisis.getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
    await ext.store({ settings: { ...(await ext.stored<Settings>('settings')), region: 'GB' } });
    await expect.poll(() => crisis.getByRole('link', { name: 'Call 116 123' }).getAttribute('href')).toBe('tel:116123');

    // Three suggestions, each naming its source.
    const suggestions = panel.getByTestId('suggestions').getByTestId('exercise');
    await expect.poll(() => suggestions.count()).toBe(3);
    for (const card of await suggestions.all()) expect(await card.getByText('Source:').count()).toBe(1);

    // The breathing timer, by keyboard only; with reduced motion the circle does not animate.
    await panel.getByText(/More exercises/).click();
    const box = panel.getByTestId('exercise').filter({ has: panel.getByRole('heading', { name: 'Box breathing' }) });
    const start = box.getByRole('button', { name: 'Start breathing' });
    await start.focus();
    await panel.keyboard.press('Enter');
    const phase = box.locator('.phase');
    await expect.poll(() => phase.innerText()).toBe('Breathe in');
    expect(await box.locator('.circle').evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    await expect.poll(() => phase.innerText(), { timeout: 6000 }).toBe('Hold');
    await panel.keyboard.press('Escape');
    await expect.poll(() => phase.innerText()).toBe('Ready when you are.');

    // "Done" logs the practice.
    await box.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => box.getByText('done once this week').count()).toBe(1);
    const log = await ext.stored<{ exerciseId: string }[]>('practiceLog');
    expect(log?.map((e) => e.exerciseId)).toEqual(['box-breathing']);

    // An exercise from the therapist, added and kept.
    await panel.getByText('Add an exercise your therapist gave you').click();
    await panel.getByLabel('Name').fill('Evening walk <b>without</b> phone');
    await panel.getByLabel('Steps, one per line').fill('Leave the phone at home\nWalk for 20 minutes');
    await panel.getByRole('button', { name: 'Add exercise' }).click();
    await panel.reload();
    const own = panel
      .getByTestId('exercise')
      .filter({ has: panel.getByRole('heading', { name: 'Evening walk <b>without</b> phone' }) });
    await expect.poll(() => own.count()).toBe(1);
    expect(await panel.getByRole('heading', { name: 'From your therapist' }).count()).toBe(1);
    await screenshot(panel, 'panel-exercises');
    expect(await axeViolations(panel)).toEqual([]);
  });
});

describe('sending by copy and paste', () => {
  it('puts subject and message on the clipboard, says where to paste, then asks "Did you send it?"', async () => {
    const ext = await launch();
    // The demo calendar's session that ended an hour ago, opened as the panel page in a tab.
    const panel = await ext.open('sidepanel');
    await panel.setViewportSize({ width: 400, height: 900 });
    // Chromium grants no clipboard-read to extension origins in tests: note what is written,
    // and still write it for real (a failing write would show an error instead of the note).
    await panel.evaluate(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      const copied: string[] = [];
      Object.assign(window, { copied });
      navigator.clipboard.writeText = async (text: string) => {
        await write(text);
        copied.push(text);
      };
    });
    await panel.getByLabel('Send with').selectOption({ label: 'copy and paste' });
    await panel.getByRole('button', { name: 'Copy the message' }).click();
    await expect
      .poll(() => panel.getByRole('status').filter({ hasText: 'copied' }).innerText())
      .toContain('robin.lee@example.org');
    const subject = await panel.getByTestId('subject').inputValue();
    const body = await panel.getByTestId('body').inputValue();
    expect(await panel.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([
      `Subject: ${subject}\n\n${body}`,
    ]);
    await panel.getByText('Did you send it?').waitFor();
    await screenshot(panel, 'panel-did-you-send');
    expect(await axeViolations(panel)).toEqual([]);

    // "Not yet" keeps it open; another way out resolves it, with an undo.
    await panel.getByRole('button', { name: 'Not yet' }).click();
    await panel.getByRole('button', { name: 'Already rescheduled' }).click();
    await panel.getByText('Noted: already rescheduled.').waitFor();
    await panel.getByRole('button', { name: 'Undo' }).click();
    await panel.getByRole('heading', { name: /^Missed your session with/ }).waitFor();
  });
});
