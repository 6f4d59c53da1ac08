import { expect, it } from 'vitest';
import { shownInstant } from './shown-week';

const NOW = Date.UTC(2026, 11, 1, 9);

it.each([
  ['/calendar/r', NOW],
  ['/calendar/r/week', NOW],
  ['/calendar/r/week/2027/11/29', Date.UTC(2027, 10, 29, 12)],
  ['/calendar/u/1/r/month/2026/2/1', Date.UTC(2026, 1, 1, 12)],
  ['/calendar/r/eventedit/abc', NOW],
])('%s', (path, expected) => {
  expect(shownInstant(path, NOW)).toBe(expected);
});
