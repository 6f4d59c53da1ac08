/**
 * Whether a CSS colour (`rgb(…)`/`rgba(…)`, as `getComputedStyle` returns it) is dark, or
 * null when it is transparent or unreadable. The strip follows the popup's own background:
 * Google's dark theme has no documented hook, but its computed colour is always there.
 */
export function isDarkColor(color: string): boolean | null {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number(m[4]);
  if (alpha < 0.5) return null;
  // Relative luminance, WCAG 2.x.
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.2;
}
