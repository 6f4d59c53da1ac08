import type { DeadlineMarker } from '../../lib/gcal-page/marker';

const ATTRIBUTE = 'data-session-keeper-marker';

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

/**
 * Puts each chip's deadline marker in place (adds, updates, removes), touching the page only
 * where something changed, so the mutations it causes settle at once.
 */
export function updateMarkers(wanted: Map<Element, DeadlineMarker | null>): void {
  for (const [chip, marker] of wanted) {
    const existing = chip.querySelector(`:scope > [${ATTRIBUTE}]`);
    if (!marker) {
      existing?.remove();
      continue;
    }
    const signature = `${marker.text}|${marker.label}`;
    if (existing?.getAttribute(ATTRIBUTE) === signature) continue;
    const host = existing ?? createMarker(chip);
    host.setAttribute(ATTRIBUTE, signature);
    const badge = host.shadowRoot?.querySelector('span');
    if (badge) {
      badge.textContent = marker.text;
      badge.setAttribute('aria-label', marker.label);
      badge.title = marker.label;
    }
  }
}

export function removeMarkers(root: ParentNode): void {
  for (const marker of root.querySelectorAll(`[${ATTRIBUTE}]`)) marker.remove();
}

function createMarker(chip: Element): HTMLElement {
  const host = document.createElement('span');
  // Content scripts have no custom elements registry; a span takes a shadow root as well.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const badge = document.createElement('span');
  badge.setAttribute('role', 'img');
  shadow.append(style, badge);
  chip.append(host);
  return host;
}
