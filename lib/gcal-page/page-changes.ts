import { EVENT_CHIP, EVENT_DETAILS, EVENT_DIALOG } from './dialog';

export interface PageChanges {
  /** Chips added, or whose event id changed. */
  chips: Set<Element>;
  /** The popup may have appeared, closed, or changed its event or details. */
  popup: boolean;
}

const WATCHED = `${EVENT_CHIP}, ${EVENT_DIALOG}, ${EVENT_DETAILS}`;

/**
 * What a batch of page mutations means for the add-on, looking only at the nodes that changed
 * (never the whole page). `ours` are the add-on's own elements (their insertion means nothing);
 * `popup` is the dialog the add-on is showing a strip in, or last matched.
 */
export function pageChanges(
  records: Iterable<MutationRecord>,
  ours: { has(node: Node): boolean },
  popup: Element | null,
): PageChanges {
  const changes: PageChanges = { chips: new Set(), popup: false };
  for (const record of records) {
    if (record.type === 'attributes') {
      const target = record.target as Element;
      if (target.matches(EVENT_CHIP)) changes.chips.add(target);
      else if (target.matches(EVENT_DETAILS)) changes.popup = true;
      continue;
    }
    if (isOurs(record.addedNodes, ours) && isOurs(record.removedNodes, ours)) continue;
    // Google fills in or re-renders the popup's inner sections.
    if (popup && !changes.popup && popup.contains(record.target)) changes.popup = true;
    for (const node of record.addedNodes) {
      if (node.nodeType !== 1 || ours.has(node)) continue;
      const element = node as Element;
      if (element.matches(EVENT_CHIP)) {
        changes.chips.add(element);
        continue;
      }
      if (element.matches(WATCHED)) changes.popup = true;
      if (!element.firstElementChild) continue;
      for (const found of element.querySelectorAll(WATCHED)) {
        if (found.matches(EVENT_CHIP)) changes.chips.add(found);
        else changes.popup = true;
      }
    }
  }
  if (popup && !popup.isConnected) changes.popup = true;
  return changes;
}

function isOurs(nodes: NodeList, ours: { has(node: Node): boolean }): boolean {
  for (const node of nodes) if (!ours.has(node)) return false;
  return true;
}
