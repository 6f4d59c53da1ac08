import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../lib/model/settings';
import { closeAll } from './harness';
import { screenshot } from './harness/a11y';
import { launchChromium as launch } from './harness/chromium/launch';

// The side panel in Chromium started in another language: the crisis card shows the lines of the
// region in the UI's words, and the exercises read in that language. Chromium only: it needs
// Debian's chromium-l10n and Playwright's page API for the screenshot.

afterEach(closeAll);

describe('the side panel in other languages', () => {
  it.each([
    ['es', 'ES', '¿Necesitas hablar con alguien ahora?', 'Llamar al 024', 'tel:024', 'Respiración cuadrada'],
    [
      'de',
      'DE',
      'Möchtest du jetzt mit jemandem sprechen?',
      '0800 111 0 111 anrufen',
      'tel:08001110111',
      'Quadratatmung',
    ],
    [
      'fr',
      'BE',
      'Besoin de parler à quelqu’un maintenant\u202f?',
      'Appeler le 0800 32 123',
      'tel:080032123',
      'Respiration carrée',
    ],
    ['pt-BR', 'BR', 'Precisa conversar com alguém agora?', 'Ligar para 188', 'tel:188', 'Respiração quadrada'],
  ])('%s, living in %s', async (lang, region, heading, call, href, exercise) => {
    const ext = await launch({ lang });
    const panel = await ext.open('sidepanel');
    await panel.setViewportSize({ width: 400, height: 900 });
    await ext.store({ settings: { ...(await ext.stored<Settings>('settings')), region } });

    const crisis = panel.getByTestId('crisis');
    await expect.poll(() => crisis.getByRole('heading').innerText()).toBe(heading);
    await expect.poll(() => crisis.getByRole('link', { name: call }).getAttribute('href')).toBe(href);
    // Find A Helpline stays the last line, in the UI's words too.
    expect(await crisis.getByRole('link', { name: /findahelpline\.com/ }).count()).toBe(1);

    // The other exercises are folded under "More exercises (n)" in that language.
    await panel
      .locator('summary', { hasText: /\(\d+\)/ })
      .first()
      .click();
    expect(await panel.getByRole('heading', { name: exercise }).count()).toBe(1);
    await screenshot(panel, `sidepanel-${lang}`);
    await screenshot(crisis, `crisis-${lang}`);
  });
});
