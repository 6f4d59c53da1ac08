/** The locale messages are written in: US English in the US, British English elsewhere. */
export function messageLocale(region: string): string {
  return region.toUpperCase() === 'US' ? 'en-US' : 'en-GB';
}
