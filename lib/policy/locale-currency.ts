/** The currency a new fee starts in, by the region of the user's language; the client can change it. */
const CURRENCY_BY_REGION: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  IE: 'EUR',
  JP: 'JPY',
  CH: 'CHF',
};

/** The currency of `locale`'s region (its likely region when it names none), else EUR. */
export function currencyOfLocale(locale: string): string {
  const region = new Intl.Locale(locale).maximize().region;
  return (region && CURRENCY_BY_REGION[region]) ?? 'EUR';
}
