import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixtures/gcal/page';
import { pageChanges } from './page-changes';

const load = () =>
  parseHTML(`<!doctype html><html><body><div id="grid"></div><div id="popups"></div></body></html>`).document;
const fragment = (doc: Document, html: string) => {
  const box = doc.createElement('div');
  box.innerHTML = html.replace(/<!--[\s\S]*?-->/g, '').trim();
  return box.firstElementChild!;
};
// A childList record as a MutationObserver hands it over (only the fields read).
const added = (target: Node, ...nodes: Node[]) =>
  ({ type: 'childList', target, addedNodes: nodes, removedNodes: [] }) as unknown as MutationRecord;
const none = new Set<Node>();

describe('pageChanges', () => {
  it('finds chips that were added, alone or inside a re-rendered column', () => {
    const doc = load();
    const chip = fragment(doc, readFixture('chip.html'));
    const column = doc.createElement('div');
    const nested = fragment(doc, readFixture('chip.html'));
    column.append(nested);
    const changes = pageChanges([added(doc.getElementById('grid')!, chip, column)], none, null);
    expect([...changes.chips]).toEqual([chip, nested]);
    expect(changes.popup).toBe(false);
  });

  it('notices the popup appearing, and its details re-rendered', () => {
    const doc = load();
    const dialog = fragment(doc, readFixture('event-popup.html'));
    expect(pageChanges([added(doc.getElementById('popups')!, dialog)], none, null).popup).toBe(true);
    doc.getElementById('popups')!.append(dialog);
    const heading = dialog.querySelector('[role="heading"]')!;
    expect(pageChanges([added(heading, doc.createTextNode('x'))], none, dialog).popup).toBe(true);
  });

  it('ignores the add-on’s own elements and changes elsewhere in the page', () => {
    const doc = load();
    const dialog = fragment(doc, readFixture('event-popup.html'));
    doc.getElementById('popups')!.append(dialog);
    const ours = doc.createElement('div');
    expect(pageChanges([added(dialog, ours)], new Set([ours]), dialog)).toEqual({ chips: new Set(), popup: false });
    const card = doc.createElement('div');
    card.textContent = 'Frame 12';
    expect(pageChanges([added(doc.body, card)], none, dialog)).toEqual({ chips: new Set(), popup: false });
  });

  it('notices the popup closing, and a reused popup changing its event', () => {
    const doc = load();
    const dialog = fragment(doc, readFixture('event-popup.html'));
    expect(pageChanges([], none, dialog).popup).toBe(true); // not in the page
    doc.getElementById('popups')!.append(dialog);
    const details = dialog.querySelector('#xDetDlg')!;
    const record = {
      type: 'attributes',
      target: details,
      addedNodes: [],
      removedNodes: [],
    } as unknown as MutationRecord;
    expect(pageChanges([record], none, dialog).popup).toBe(true);
  });
});
