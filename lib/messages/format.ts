import type { Money } from '../model/policy';

/** The locale messages are written in: US English in the US, British English elsewhere. */
export function messageLocale(region: string): string {
  return region.toUpperCase() === 'US' ? 'en-US' : 'en-GB';
}

/** "Tuesday 3 March" (en-GB) or "Tuesday, March 3" (en-US), in `timeZone`. */
export function formatDay(at: number, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(at);
}

/** "15:00" (en-GB) or "3:00 PM" (en-US), in `timeZone`. */
export function formatTime(at: number, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }).format(at);
}

/** "$80.00" → "$80"; "€72.50" stays. */
export function formatMoney(money: Money, locale: string): string {
  const whole = Number.isInteger(money.amount);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(money.amount);
}
