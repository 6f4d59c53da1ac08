/** A minimal iCalendar feed for tests and screenshots: events at given instants, in UTC. */
export interface TestEvent {
  uid: string;
  title: string;
  start: number;
  minutes?: number;
  organizer?: string;
  description?: string;
}

const stamp = (t: number) =>
  new Date(t)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export function icsFeed(events: TestEvent[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Session Keeper tests//EN', 'X-WR-CALNAME:Therapy'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp(e.start)}`,
      `DTSTART:${stamp(e.start)}`,
      `DTEND:${stamp(e.start + (e.minutes ?? 50) * 60_000)}`,
      `SUMMARY:${e.title}`,
      ...(e.organizer ? [`ORGANIZER:mailto:${e.organizer}`] : []),
      ...(e.description ? [`DESCRIPTION:${e.description}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}
