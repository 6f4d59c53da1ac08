// The runtime's `Intl` formatters, made once per locale, options and zone: creating one costs
// far more than formatting with it (ECMA-402 builds the locale's data on construction), and a
// page formats the same few shapes for every session it shows.

/** The locale the interface is shown in: the browser's. */
export function uiLocale(): string {
  return globalThis.navigator?.language ?? 'en-US';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A date formatter for `locale` (undefined: the runtime's default) and `options`, cached. */
export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** A number formatter for `locale` and `options`, cached. Throws as `Intl.NumberFormat` does. */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}
