import { describe, expect, it } from 'vitest';
import { policy } from '../../test/fixtures/sessions';
import { feeKindOf, parseBusinessDays, parseNotice, presetOf, withFeeKind, withPreset } from './presets';

describe('presets', () => {
  it.each([
    ['24h', { kind: 'hours', hours: 24 }],
    ['48h', { kind: 'hours', hours: 48 }],
    ['1bd', { kind: 'business-days', days: 1, cutoff: '17:00' }],
  ])('%s', (id, notice) => {
    const p = withPreset(policy({ fee: { amount: 80, currency: 'USD' } }), id);
    expect(p.notice).toEqual(notice);
    expect(p.fee).toEqual({ amount: 80, currency: 'USD' });
    expect(presetOf(p)).toBe(id);
  });

  it('a custom notice matches no preset', () => {
    expect(presetOf(policy({ notice: { kind: 'hours', hours: 36 } }))).toBeNull();
  });
});

describe('fee kinds', () => {
  it.each([
    ['none', policy(), 'none'],
    ['flat', policy({ fee: { amount: 80, currency: 'USD' } }), 'flat'],
    ['percent', policy({ feeRule: { kind: 'percent', percent: 50, tiers: [] } }), 'percent'],
    ['full', policy({ feeRule: { kind: 'full', percent: 0, tiers: [] } }), 'full'],
  ] as const)('%s', (_n, p, kind) => {
    expect(feeKindOf(p)).toBe(kind);
  });

  it('switching keeps the currency and round-trips', () => {
    const flat = policy({ fee: { amount: 80, currency: 'EUR' } });
    const percent = withFeeKind(flat, 'percent', 'USD');
    expect(feeKindOf(percent)).toBe('percent');
    expect(percent.sessionPrice?.currency).toBe('EUR');
    expect(feeKindOf(withFeeKind(percent, 'flat', 'USD'))).toBe('flat');
    expect(feeKindOf(withFeeKind(percent, 'none', 'USD'))).toBe('none');
  });
});

describe('parseNotice', () => {
  it.each([
    ['24h', { kind: 'hours', hours: 24 }],
    ['48 hours', { kind: 'hours', hours: 48 }],
    ['1 business day by 17:00', { kind: 'business-days', days: 1, cutoff: '17:00' }],
    ['2 business days by 9:30', { kind: 'business-days', days: 2, cutoff: '09:30' }],
    ['1 business day', { kind: 'business-days', days: 1, cutoff: '17:00' }],
    ['soon', null],
  ])('%s', (text, notice) => {
    expect(parseNotice(text)).toEqual(notice);
  });
});

describe('parseBusinessDays', () => {
  it.each([
    ['mon-fri', [1, 2, 3, 4, 5]],
    ['sun-thu', [0, 1, 2, 3, 4]],
    ['mon,wed,fri', [1, 3, 5]],
    ['Monday-Thursday, Sat', [1, 2, 3, 4, 6]],
    ['fri-mon', [0, 1, 5, 6]],
    ['weekdays', null],
    ['', null],
  ])('%s', (text, days) => {
    expect(parseBusinessDays(text)).toEqual(days);
  });
});
