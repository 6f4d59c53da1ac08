import type { calendar_v3 } from '@googleapis/calendar';
import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../model/appointment';
import { eventToAppointment } from './map-event';

const context = { sourceId: 'google:me@example.org', calendarTimeZone: 'America/New_York' };

const base: calendar_v3.Schema$Event = {
  id: 'ev1',
  status: 'confirmed',
  summary: 'Therapy with Dr Lee',
  start: { dateTime: '2026-12-01T15:00:00-05:00', timeZone: 'America/New_York' },
  end: { dateTime: '2026-12-01T15:50:00-05:00', timeZone: 'America/New_York' },
};

describe('eventToAppointment', () => {
  it.each<[string, calendar_v3.Schema$Event, Partial<Appointment>]>([
    [
      'a timed single event',
      base,
      {
        key: 'google:me@example.org|ev1',
        uid: 'ev1',
        recurrenceId: null,
        title: 'Therapy with Dr Lee',
        start: Date.parse('2026-12-01T20:00:00Z'),
        end: Date.parse('2026-12-01T20:50:00Z'),
        allDay: false,
        status: 'confirmed',
        timeZone: 'America/New_York',
        googleEventId: 'ev1',
      },
    ],
    [
      'an instance of a series is keyed by series and original start',
      {
        ...base,
        id: 'series1_20261201T200000Z',
        recurringEventId: 'series1',
        originalStartTime: { dateTime: '2026-12-01T15:00:00-05:00', timeZone: 'America/New_York' },
        start: { dateTime: '2026-12-02T10:00:00-05:00' },
        end: { dateTime: '2026-12-02T10:50:00-05:00' },
      },
      {
        key: 'google:me@example.org|series1|2026-12-01T20:00:00.000Z',
        uid: 'series1',
        recurrenceId: '2026-12-01T20:00:00.000Z',
        start: Date.parse('2026-12-02T15:00:00Z'),
        googleEventId: 'series1_20261201T200000Z',
      },
    ],
    [
      'an all-day event starts at midnight in the calendar zone',
      { ...base, start: { date: '2026-12-24' }, end: { date: '2026-12-25' } },
      {
        allDay: true,
        start: Date.parse('2026-12-24T05:00:00Z'),
        end: Date.parse('2026-12-25T05:00:00Z'),
        timeZone: 'America/New_York',
      },
    ],
    [
      'an all-day instance has an all-day recurrence id',
      {
        ...base,
        id: 'daily_20261224',
        recurringEventId: 'daily',
        originalStartTime: { date: '2026-12-24' },
        start: { date: '2026-12-24' },
        end: { date: '2026-12-25' },
      },
      { key: 'google:me@example.org|daily|2026-12-24T05:00:00.000Z', recurrenceId: '2026-12-24T05:00:00.000Z' },
    ],
    [
      'the event zone wins over the calendar zone',
      { ...base, start: { dateTime: '2026-12-01T15:00:00+01:00', timeZone: 'Europe/Berlin' } },
      { timeZone: 'Europe/Berlin', start: Date.parse('2026-12-01T14:00:00Z') },
    ],
    [
      'declined by the user',
      {
        ...base,
        attendees: [
          { email: 'lee@clinic.example', responseStatus: 'accepted' },
          { email: 'me@example.org', self: true, responseStatus: 'declined' },
        ],
      },
      { declined: true },
    ],
    [
      'the organizer email, lower-cased, for therapist matching',
      { ...base, organizer: { email: 'Dr.Lee@Clinic.example', displayName: 'Dr Lee' } },
      { organizerEmail: 'dr.lee@clinic.example' },
    ],
    [
      'a Meet link',
      { ...base, hangoutLink: 'https://meet.google.com/abc-defg-hij' },
      { videoUrl: 'https://meet.google.com/abc-defg-hij' },
    ],
    [
      'a Zoom link from conference data',
      {
        ...base,
        conferenceData: {
          entryPoints: [
            { entryPointType: 'phone', uri: 'tel:+1-555-0100' },
            { entryPointType: 'video', uri: 'https://zoom.us/j/123' },
          ],
        },
      },
      { videoUrl: 'https://zoom.us/j/123' },
    ],
    [
      'the conference data before a link in the description; other links kept apart',
      {
        ...base,
        description: 'Or join at https://doxy.me/drlee. Forms: <a href="https://clinic.example/forms">here</a>',
        conferenceData: { entryPoints: [{ entryPointType: 'video', uri: 'https://clinic.webex.com/meet/lee' }] },
      },
      {
        videoUrl: 'https://clinic.webex.com/meet/lee',
        links: ['https://doxy.me/drlee', 'https://clinic.example/forms'],
      },
    ],
    [
      'a telehealth link in the location when there is no conference',
      { ...base, location: 'https://video.simplepractice.com/appt-1' },
      { videoUrl: 'https://video.simplepractice.com/appt-1' },
    ],
    [
      'the organizer name and the other attendees, for therapist matching',
      {
        ...base,
        organizer: { email: 'desk@clinic.example', displayName: 'Okafor Counseling' },
        attendees: [
          { email: 'Me@home.example', self: true },
          { email: 'Ken@Okafor.example' },
          { email: 'room@clinic.example', resource: true },
        ],
      },
      { organizerName: 'Okafor Counseling', attendeeEmails: ['ken@okafor.example'] },
    ],
    ['tentative', { ...base, status: 'tentative' }, { status: 'tentative' }],
    ['cancelled', { ...base, status: 'cancelled' }, { status: 'cancelled' }],
    ['no title', { ...base, summary: '  ' }, { title: '(No title)' }],
    [
      'an HTML description becomes text',
      { ...base, description: 'Bring your <b>worksheet</b><br>Room&nbsp;4', location: 'Clinic, Room 4' },
      { description: 'Bring your worksheet\nRoom 4', location: 'Clinic, Room 4' },
    ],
  ])('%s', (_name, event, expected) => {
    expect(eventToAppointment(event, context)).toMatchObject(expected);
  });

  it.each<[string, calendar_v3.Schema$Event]>([
    ['a deletion stub', { id: 'ev1', status: 'cancelled' }],
    ['no id', { ...base, id: undefined }],
    ['an unreadable start', { ...base, start: { dateTime: 'soon' } }],
  ])('gives nothing for %s', (_name, event) => {
    expect(eventToAppointment(event, context)).toBeNull();
  });

  it('leaves optional fields out when Google has none', () => {
    const appointment = eventToAppointment(base, context);
    expect(appointment).not.toHaveProperty('declined');
    expect(appointment).not.toHaveProperty('videoUrl');
    expect(appointment).not.toHaveProperty('description');
  });
});
