import type { DeadlineMarker } from '../../lib/gcal-page/marker';

const STYLE = `
  :host { all: initial; position: absolute; top: 1px; right: 2px; z-index: 1; }
  span {
    display: inline-flex; align-items: center; gap: 3px; padding: 0 4px; border-radius: 6px;
    font: 600 10px/14px 'Google Sans', Roboto, Arial, sans-serif;
    background: #fff4e5; color: #7a3e00; border: 1px solid #b06000;
  }
  /* A small clock face, drawn: emoji fonts are not everywhere. */
  span::before {
    content: ''; width: 6px; height: 6px; border: 1.5px solid currentColor; border-radius: 50%;
    background: linear-gradient(currentColor, currentColor) 50% 0 / 1.5px 50% no-repeat;
  }
  @media (prefers-color-scheme: dark) { span { background: #4a2c00; color: #ffdcbd; border-color: #ffb870; } }
`;

interface Placed {
  host: HTMLElement;
  badge: HTMLElement;
  text: string;
}

/**
 * The deadline markers on the grid's chips. Each is an empty `<span>` with a closed shadow root:
 * Google's page scripts see that an element was added, never what it says (no attributes, no
 * text in the page's DOM). Which chip carries which marker is remembered here, not in the page.
 */
export class Markers {
  readonly #placed = new Map<Element, Placed>();
  /** The hosts, so that the page observer can ignore the add-on's own changes. */
  readonly hosts = new WeakSet<Node>();

  /** Puts `chip`'s marker in place, touching the page only where something changed. */
  set(chip: Element, marker: DeadlineMarker | null): void {
    const placed = this.#placed.get(chip);
    if (!marker) {
      placed?.host.remove();
      this.#placed.delete(chip);
      return;
    }
    const current = placed ?? this.#create(chip);
    if (current.host.parentElement !== chip) chip.append(current.host);
    const text = `${marker.text}|${marker.label}`;
    if (current.text === text) return;
    current.text = text;
    current.badge.textContent = marker.text;
    current.badge.setAttribute('aria-label', marker.label);
    current.badge.title = marker.label;
  }

  has(chip: Element): boolean {
    return this.#placed.has(chip);
  }

  clear(): void {
    for (const { host } of this.#placed.values()) host.remove();
    this.#placed.clear();
  }

  /** Forgets chips Google has taken out of the page (it re-renders them often). */
  sweep(): void {
    for (const chip of this.#placed.keys()) if (!chip.isConnected) this.#placed.delete(chip);
  }

  #create(chip: Element): Placed {
    const host = document.createElement('span');
    // Content scripts have no custom elements registry; a span takes a shadow root as well.
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const badge = document.createElement('span');
    badge.setAttribute('role', 'img');
    shadow.append(style, badge);
    this.hosts.add(host);
    const placed = { host, badge, text: '' };
    this.#placed.set(chip, placed);
    chip.append(host);
    return placed;
  }
}
