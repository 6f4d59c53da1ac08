import { describe, expect, it } from 'vitest';
import { findLinks, isTelehealthUrl, linkHost } from './telehealth';

describe('isTelehealthUrl: what "Join & check in" may open', () => {
  it.each([
    ['SimplePractice video', 'https://video.simplepractice.com/appt-4f2a9c1e'],
    ['Doxy.me', 'https://doxy.me/drlee'],
    ['Doxy.me, a clinic subdomain', 'https://clinic.doxy.me/room-2'],
    ['TherapyNotes (TherapyPortal)', 'https://www.therapyportal.com/p/okaforcounseling/telehealth/'],
    ['TheraNest', 'https://okafor.theranest.com/telehealth/session/8c1f'],
    ['Jane online appointment', 'https://alvarez.janeapp.com/my_account/online_appointments/123'],
    ['Zoom', 'https://us02web.zoom.us/j/81234567890?pwd=abc'],
    ['Google Meet', 'https://meet.google.com/abc-defg-hij'],
    ['Teams', 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_X%40thread.v2/0'],
    ['Webex', 'https://clinic.webex.com/meet/maria.alvarez'],
    ['Webex j.php', 'https://clinic.webex.com/clinic/j.php?MTID=m1'],
  ])('%s', (_, url) => expect(isTelehealthUrl(url)).toBe(true));

  it.each([
    ['a clinic web page', 'https://alvarez-therapy.example/intake'],
    ['the SimplePractice client portal (not the call)', 'https://alvarez.clientsecure.me/'],
    ['a Jane booking page', 'https://alvarez.janeapp.com/locations/main/book'],
    ['a look-alike host', 'https://zoom.us.evil.example/j/1'],
    ['plain http', 'http://meet.google.com/abc-defg-hij'],
    ['a script', 'javascript:alert(1)'],
  ])('not %s', (_, url) => expect(isTelehealthUrl(url)).toBe(false));
});

describe('findLinks', () => {
  it('takes the first video link in the order of the texts and keeps other links apart', () => {
    expect(
      findLinks([
        null,
        'Room 4, https://alvarez-therapy.example/parking.',
        'Join: https://doxy.me/drlee (or https://zoom.us/j/1). Forms: https://alvarez-therapy.example/forms',
      ]),
    ).toEqual({
      videoUrl: 'https://doxy.me/drlee',
      links: [
        'https://alvarez-therapy.example/parking',
        'https://zoom.us/j/1',
        'https://alvarez-therapy.example/forms',
      ],
    });
  });

  it('reads links in HTML descriptions', () => {
    expect(findLinks(['<a href="https://meet.google.com/abc-defg-hij">Join</a>']).videoUrl).toBe(
      'https://meet.google.com/abc-defg-hij',
    );
  });

  it('has no video link when only other links are given', () => {
    expect(findLinks(['Notes: https://example.com/notes'])).toEqual({
      videoUrl: null,
      links: ['https://example.com/notes'],
    });
  });
});

describe('linkHost', () => {
  it.each([
    ['https://www.alvarez-therapy.example/forms', 'alvarez-therapy.example'],
    ['https://portal.clinic.example/', 'portal.clinic.example'],
    ['javascript:alert(1)', null],
  ])('%s → %s', (url, host) => expect(linkHost(url)).toBe(host));
});
