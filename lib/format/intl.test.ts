import { describe, expect, it } from 'vitest';
import { dateFormat, numberFormat } from './intl';

describe('cached formatters', () => {
  it('makes one formatter per locale, options and zone', () => {
    const berlin = dateFormat('en-GB', { hour: 'numeric', timeZone: 'Europe/Berlin' });
    expect(dateFormat('en-GB', { hour: 'numeric', timeZone: 'Europe/Berlin' })).toBe(berlin);
    expect(dateFormat('en-GB', { hour: 'numeric', timeZone: 'Asia/Tokyo' })).not.toBe(berlin);
    expect(dateFormat('en-US', { hour: 'numeric', timeZone: 'Europe/Berlin' })).not.toBe(berlin);
    expect(dateFormat('en-GB', { hour: 'numeric', timeZone: 'Asia/Tokyo' }).format(Date.UTC(2026, 0, 1, 0))).toBe('09');
  });

  it('keeps nothing for options Intl refuses', () => {
    const bad = { style: 'currency', currency: 'XYZ1' } as const;
    expect(() => numberFormat('en-US', bad)).toThrow(RangeError);
    expect(() => numberFormat('en-US', bad)).toThrow(RangeError);
  });
});
