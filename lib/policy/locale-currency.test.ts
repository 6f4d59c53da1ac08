import { describe, expect, it } from 'vitest';
import { currencyOfLocale } from './locale-currency';

describe('currencyOfLocale', () => {
  it.each([
    ['en-US', 'USD'],
    ['en', 'USD'],
    ['en-GB', 'GBP'],
    ['ja', 'JPY'],
    ['de-CH', 'CHF'],
    ['de', 'EUR'],
    ['pt-BR', 'EUR'],
  ])('%s → %s', (locale, currency) => {
    expect(currencyOfLocale(locale)).toBe(currency);
  });
});
