import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, removeProfile, waitFor, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launch();
  await waitFor(() => ext.badge(), (b) => b.text !== '');
});
afterAll(async () => {
  await ext.close();
  removeProfile(ext.profileDir);
});

describe.each(['popup', 'options', 'sidepanel'] as const)('the %s page on the demo calendar', (name) => {
  it('has no accessibility violations (axe-core)', async () => {
    const page = await ext.open(name);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const results = await new AxeBuilder({ page }).analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(found).toEqual([]);
    await page.close();
  });

  it('can be used with the keyboard: every control is reachable with Tab', async () => {
    const page = await ext.open(name);
    await page.waitForLoadState('networkidle');
    const controls = await page.locator('button:visible, a[href]:visible, input:visible, select:visible, textarea:visible, summary:visible').count();
    const reached = new Set<string>();
    for (let i = 0; i < controls + 5; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => {
        const el = document.activeElement;
        return el && el !== document.body ? el.outerHTML.slice(0, 200) : '';
      }));
    }
    reached.delete('');
    expect(reached.size).toBeGreaterThanOrEqual(Math.min(controls, 3));
    await page.close();
  });
});
