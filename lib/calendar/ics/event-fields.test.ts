import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed';

const WINDOW = {
  sourceId: 's1',
  from: Date.parse('2026-03-01T00:00:00Z'),
  to: Date.parse('2026-04-01T00:00:00Z'),
  userTimeZone: 'UTC',
};

const feed = (...lines: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'UID:weekly@clinic',
    'DTSTART:20260303T150000Z',
    'DTEND:20260303T155000Z',
    'RRULE:FREQ=WEEKLY;COUNT=2',
    'SUMMARY:Individual therapy',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

describe('event fields for attribution and telehealth', () => {
  it('reads the organizer name, every attendee email and the links of each occurrence', () => {
    const { appointments } = parseFeed(
      feed(
        'ORGANIZER;CN="Okafor Counseling":mailto:desk@okafor.example',
        'ATTENDEE;CN=Sam;PARTSTAT=ACCEPTED:mailto:sam@home.example',
        'ATTENDEE;CN="Ken Okafor":MAILTO:Ken@Okafor.example',
        'DESCRIPTION:Join at https://doxy.me/kenokafor\\nIntake forms: https://okafor.example/forms',
      ),
      WINDOW,
    );
    expect(appointments).toHaveLength(2);
    for (const a of appointments) {
      expect(a).toMatchObject({
        organizerEmail: 'desk@okafor.example',
        organizerName: 'Okafor Counseling',
        attendeeEmails: ['sam@home.example', 'ken@okafor.example'],
        videoUrl: 'https://doxy.me/kenokafor',
        links: ['https://okafor.example/forms'],
      });
    }
  });

  it('leaves them out when the event has none', () => {
    const [a] = parseFeed(feed(), WINDOW).appointments;
    expect(a).not.toHaveProperty('attendeeEmails');
    expect(a).not.toHaveProperty('organizerName');
    expect(a).not.toHaveProperty('links');
  });
});
