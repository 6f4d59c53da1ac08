/**
 * The host permission (a match pattern) that lets the extension fetch `url`:
 * `scheme://host/*`, without the port. Firefox grants a pattern with a port but never matches
 * a request against it, and a pattern without one matches every port in Chrome and Firefox
 * (MDN, "Match patterns": the host part has no port; Chrome's match patterns doc: "*" or no
 * port matches all ports).
 */
export function hostPermission(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
