import { describe, expect, it } from 'vitest';
import { findVideoUrl, organizerEmail } from './event-text';

describe('findVideoUrl', () => {
  it.each([
    [
      ['Join Zoom Meeting https://us02web.zoom.us/j/81234567890?pwd=abcDEF.1 Meeting ID: 812'],
      'https://us02web.zoom.us/j/81234567890?pwd=abcDEF.1',
    ],
    [
      ['<https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0?context=%7b%7d>'],
      'https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0?context=%7b%7d',
    ],
    [
      [null, 'Room 4', '<a href="https://meet.google.com/abc-defg-hij">Join</a>'],
      'https://meet.google.com/abc-defg-hij',
    ],
    [['https://meet.google.com/aaa-bbbb-ccc', 'https://zoom.us/j/1'], 'https://meet.google.com/aaa-bbbb-ccc'],
    [['See https://example.com/notes and call 555'], null],
  ])('%j → %s', (texts, url) => expect(findVideoUrl(texts)).toBe(url));
});

describe('organizerEmail', () => {
  it.each([
    ['mailto:Dr.Lee@Example.COM', 'dr.lee@example.com'],
    ['MAILTO:sam@clinic.example', 'sam@clinic.example'],
    ['urn:uuid:1234', null],
    [null, null],
  ])('%j → %j', (value, email) => expect(organizerEmail(value)).toBe(email));
});
