import type { Source } from '../../sources/source';

/** The source id of a Google calendar: stable, so its check-ins survive choosing it again. */
export function googleSourceId(calendarId: string): string {
  return `google:${calendarId}`;
}

/** The sources with one Google calendar added (at the end) or removed. */
export function withGoogleCalendar(
  sources: Source[],
  calendar: { calendarId: string; name: string },
  chosen: boolean,
  now: number,
): Source[] {
  const id = googleSourceId(calendar.calendarId);
  const others = sources.filter((source) => source.id !== id);
  if (!chosen) return others;
  const existing = sources.find((source) => source.id === id);
  if (existing) return sources;
  return [
    ...others,
    { id, kind: 'google', calendarId: calendar.calendarId, name: calendar.name, therapistId: null, addedAt: now },
  ];
}

/** The sources without any Google calendar (after Disconnect). */
export function withoutGoogle(sources: Source[]): Source[] {
  return sources.filter((source) => source.kind !== 'google');
}
