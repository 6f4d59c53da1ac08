/**
 * The source of an expression that runs `fn(panelDocument, arg)` in an extension page: it
 * reaches the open side panel (Firefox: sidebar) through `extension.getViews`. Neither
 * Playwright nor puppeteer hands out the panel's own page. Source text, not `new Function`:
 * extension pages forbid eval (their content security policy).
 */
export function inPanelSource(fn: (doc: Document, arg: never) => unknown, arg: unknown): string {
  return `(() => {
    const firefox = location.protocol === 'moz-extension:';
    const api = firefox ? browser : chrome;
    const panel = api.extension
      .getViews(firefox ? { type: 'sidebar' } : {})
      .find((w) => w.location.pathname === '/sidepanel.html' && w !== window);
    if (!panel) throw new Error('The side panel is not open.');
    return (${fn.toString()})(panel.document, ${JSON.stringify(arg ?? null)});
  })()`;
}

/** The source of an expression that counts the open side panels (Firefox: sidebars) of the extension. */
export const COUNT_PANELS_SOURCE = `(async () => {
  if (location.protocol === 'moz-extension:') return browser.extension.getViews({ type: 'sidebar' }).length;
  return (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
})()`;
