import { describe, expect, it } from 'vitest';
import { monthNames, parseWhen, type When } from './when';

const at = (month: number, day: number, hours: number | null, minutes = 0, year: number | null = null): When => ({
  date: { year, month, day },
  minutes: hours === null ? null : hours * 60 + minutes,
});

// Popup "when" lines and chip labels as Google writes them, per language and clock style.
describe('parseWhen', () => {
  it.each<[string, string, When | null]>([
    // English, 12-hour (en-US)
    ['en-US', 'Tuesday, December 1 ⋅ 3:00 – 3:50pm', at(12, 1, 15)],
    ['en-US', 'Tuesday, December 1 ⋅ 8:28 – 9:18 PM', at(12, 1, 20, 28)],
    ['en-US', 'Tuesday, December 1 ⋅ 8:28 PM', at(12, 1, 20, 28)],
    ['en-US', 'Monday, December 28 ⋅ 8:01 – 8:51am', at(12, 28, 8, 1)],
    ['en-US', 'Tuesday, December 1 ⋅ 11:30 – 12:30pm', at(12, 1, 11, 30)],
    ['en-US', 'Tuesday, December 1 ⋅ 11am – 12:30pm', at(12, 1, 11)],
    ['en-US', 'Tuesday, December 1 ⋅ 12:15 – 1:05am', at(12, 1, 0, 15)],
    ['en-US', 'Thursday, December 31 ⋅ 11:30pm – Friday, January 1, 2027 ⋅ 12:20am', at(12, 31, 23, 30, 2026)],
    ['en-US', 'November 30 – December 2, 2026', at(11, 30, null, 0, 2026)],
    ['en-US', 'Wednesday, December 1, 2027 ⋅ 3:00 – 3:50pm', at(12, 1, 15, 0, 2027)],
    ['en-US', '3pm to 3:50pm, Robin Client, Accepted, No location, December 1, 2026', at(12, 1, 15, 0, 2026)],
    ['en-US', '3 – 3:50pm, December 1, 2026', at(12, 1, 15, 0, 2026)],
    // English, all-day and multi-day
    ['en-US', 'Tuesday, December 1', at(12, 1, null)],
    ['en-US', 'December 1 – 3, 2026', at(12, 1, null, 0, 2026)],
    ['en-US', 'November 30 – December 2', at(11, 30, null)],
    // English, 24-hour (en-GB)
    ['en-GB', 'Tuesday, 1 December ⋅ 15:00–15:50', at(12, 1, 15)],
    ['en-GB', 'Tuesday, 1 December ⋅ 20:28–21:18', at(12, 1, 20, 28)],
    ['en-GB', '1 – 3 December 2026', at(12, 1, null, 0, 2026)],
    // Spanish
    ['es', 'martes, 1 de diciembre ⋅ 15:00–15:50', at(12, 1, 15)],
    ['es', 'martes, 1 de diciembre ⋅ 8:28–9:18 p. m.', at(12, 1, 20, 28)],
    ['es', 'martes, 1 de diciembre de 2027 ⋅ 8:28 a. m. – 9:18 a. m.', at(12, 1, 8, 28, 2027)],
    ['es', 'martes, 1 de diciembre', at(12, 1, null)],
    ['es', '1–3 de diciembre de 2026', at(12, 1, null, 0, 2026)],
    // French
    ['fr', 'mardi 1 décembre ⋅ 15:00 – 15:50', at(12, 1, 15)],
    ['fr', 'mardi 1 décembre ⋅ 20:28 – 21:18', at(12, 1, 20, 28)],
    ['fr', 'lundi 28 décembre ⋅ 15 h 30 – 16 h 20', at(12, 28, 15, 30)],
    ['fr', 'mardi 1 décembre 2027', at(12, 1, null, 0, 2027)],
    ['fr', '1 – 3 févr. 2026', at(2, 1, null, 0, 2026)],
    // German
    ['de', 'Dienstag, 1. Dezember ⋅ 15:00–15:50', at(12, 1, 15)],
    ['de', 'Dienstag, 1. Dezember ⋅ 20:28–21:18', at(12, 1, 20, 28)],
    ['de', 'Dienstag, 1. Dezember 2027', at(12, 1, null, 0, 2027)],
    ['de', '1.–3. März 2026', at(3, 1, null, 0, 2026)],
    // Portuguese
    ['pt-BR', 'terça-feira, 1 de dezembro ⋅ 15:00 – 15:50', at(12, 1, 15)],
    ['pt-BR', 'terça-feira, 1 de dezembro ⋅ 20:28 até 21:18', at(12, 1, 20, 28)],
    ['pt-PT', 'terça-feira, 1 de dezembro ⋅ 8:28 – 9:18 p.m.', at(12, 1, 20, 28)],
    ['pt-BR', '1 – 3 de março de 2026', at(3, 1, null, 0, 2026)],
    // Japanese (the month and day carry their own markers)
    ['ja', '12月1日 (火曜日) ⋅ 15:00～15:50', at(12, 1, 15)],
    // No date: nothing to match on
    ['en-US', '3:00 – 3:50pm', null],
    ['en-US', 'Weekly on Tuesday', null],
  ])('%s: %s', (locale, text, expected) => {
    expect(parseWhen(text, monthNames([locale, 'en']))).toEqual(expected);
  });

  it('never reads the minutes of a time as the day', () => {
    // A day with a session on the 28th: "8:28 PM" on the 1st is the 1st.
    for (const text of [
      'Tuesday, December 1 ⋅ 8:28 PM',
      'December 1 ⋅ 8:28 – 9:18pm',
      '8:28pm to 9:18pm, December 1, 2026',
    ]) {
      expect(parseWhen(text, monthNames(['en-US']))?.date.day).toBe(1);
    }
  });
});
