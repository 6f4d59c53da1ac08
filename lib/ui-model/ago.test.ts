import { describe, expect, it } from 'vitest';
import { ago } from './ago';

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
