import { describe, expect, it } from 'vitest';
import { ago, coarseCountdown, longCountdown, shortCountdown } from './countdown';

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('countdowns', () => {
  it.each([
    [3 * D + 5 * H, '3d', '3 days', '3 days 5 h'],
    [D, '1d', '1 day', '1 day'],
    [D + H, '1d', '1 day', '1 day 1 h'],
    [D - 1, '23h', '23 h', '23 h 59 min'],
    [5 * H + 12 * M, '5h', '5 h', '5 h 12 min'],
    [H, '1h', '1 h', '1 h 0 min'],
    [H - 1, '59m', '59 min', '59 min'],
    [45 * M + 30 * S, '45m', '45 min', '45 min'],
    [M, '1m', '1 min', '1 min'],
    [59 * S, '<1m', 'less than a minute', 'less than a minute'],
    [0, '<1m', 'less than a minute', 'less than a minute'],
  ])('%i ms → %s / %s / %s', (ms, short, coarse, long) => {
    expect(shortCountdown(ms)).toBe(short);
    expect(coarseCountdown(ms)).toBe(coarse);
    expect(longCountdown(ms)).toBe(long);
  });
});

const MIN = 60_000;
describe('ago', () => {
  it.each([
    [0, 'just now'],
    [59_000, 'just now'],
    [5 * MIN, '5 min ago'],
    [59 * MIN, '59 min ago'],
    [60 * MIN, '1 h ago'],
    [47 * 60 * MIN, '47 h ago'],
    [72 * 60 * MIN, '3 days ago'],
  ])('%i ms → %s', (elapsed, text) => {
    expect(ago(1_000_000_000, 1_000_000_000 + elapsed)).toBe(text);
  });
});
