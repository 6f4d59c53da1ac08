import { describe, expect, it } from 'vitest';
import { weekdayNames } from './weekday-names';

describe('weekdayNames', () => {
  it.each([
    ['en', 'short', ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']],
    ['en', 'long', ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']],
    ['de', 'long', ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag']],
  ] as const)('%s %s, Sunday first', (locale, width, names) => {
    expect(weekdayNames(locale, width)).toEqual(names);
  });
});
