import { describe, expect, it } from 'vitest';
import { parseContentLine, unescapeText, unfoldLines } from './content-line';

describe('unfoldLines', () => {
  it.each([
    ['CRLF', 'A:1\r\nB:2\r\n'],
    ['LF only', 'A:1\nB:2\n'],
    ['CR only', 'A:1\rB:2\r'],
    ['BOM', '\ufeffA:1\r\nB:2'],
    ['NUL bytes', 'A:\u00001\r\nB:2\u0000'],
    ['blank lines', 'A:1\r\n\r\n   \r\nB:2'],
  ])('%s', (_, text) => {
    expect(unfoldLines(text).map((l) => l.text)).toEqual(['A:1', 'B:2']);
  });

  it('unfolds space and tab continuations and keeps the first line number', () => {
    expect(unfoldLines('X:0\r\nSUMMARY:Evening check-\r\n\tin\r\n  call\r\nY:1')).toEqual([
      { text: 'X:0', line: 1 },
      { text: 'SUMMARY:Evening check-in call', line: 2 },
      { text: 'Y:1', line: 5 },
    ]);
  });
});

describe('parseContentLine', () => {
  it.each([
    ['DTSTART;TZID=Europe/Berlin:20260310T100000', 'DTSTART', { TZID: 'Europe/Berlin' }, '20260310T100000'],
    ['dtstart;tzid=Europe/Berlin:20260310T100000', 'DTSTART', { TZID: 'Europe/Berlin' }, '20260310T100000'],
    [
      'DTSTART;TZID=W. Europe Standard Time:20260310T100000',
      'DTSTART',
      { TZID: 'W. Europe Standard Time' },
      '20260310T100000',
    ],
    [
      'DTSTART;TZID="(UTC+01:00) Amsterdam":20260310T100000',
      'DTSTART',
      { TZID: '(UTC+01:00) Amsterdam' },
      '20260310T100000',
    ],
    [
      'DTSTART;TZID=(UTC+01:00) Amsterdam, Berlin:20260310T100000',
      'DTSTART',
      { TZID: '(UTC+01:00) Amsterdam, Berlin' },
      '20260310T100000',
    ],
    ['ORGANIZER;CN="Lee, Dr":mailto:lee@example.com', 'ORGANIZER', { CN: 'Lee, Dr' }, 'mailto:lee@example.com'],
    ['DESCRIPTION:Call: 555', 'DESCRIPTION', {}, 'Call: 555'],
    ['X-FLAG;X-EMPTY:v', 'X-FLAG', {}, 'v'],
  ])('%s', (text, name, params, value) => {
    expect(parseContentLine({ text, line: 7 })).toEqual({ name, params, value, line: 7 });
  });

  it.each(['no colon here', ';X=1:v', 'A;CN="unclosed:v'])('refuses %j', (text) => {
    expect(parseContentLine({ text, line: 1 })).toBeNull();
  });
});

describe('unescapeText', () => {
  it.each([
    ['Main Street 1\\, Suite 4', 'Main Street 1, Suite 4'],
    ['Line one\\nLine two\\NThree', 'Line one\nLine two\nThree'],
    ['a\\;b\\\\c', 'a;b\\c'],
  ])('%s', (value, text) => expect(unescapeText(value)).toBe(text));
});
