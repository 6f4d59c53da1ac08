import { TZDate } from '@date-fns/tz';
import type { calendar_v3 } from '@googleapis/calendar';
import { appointmentKey, type Appointment } from '../../model/appointment';
import { htmlToText } from '../html-to-text';
import { findLinks, isTelehealthUrl } from '../telehealth';
import { knownZone } from '../../time/zone';
import { DAY } from '../../time/units';

export interface MapContext {
  sourceId: string;
  /** The calendar's zone (`timeZone` of the `events.list` answer), for all-day dates. */
  calendarTimeZone: string;
}

/**
 * One Google event (an instance, with `singleEvents=true`) as an appointment, or null when
 * it carries no usable time (a deletion stub, which the sync handles by id).
 * https://developers.google.com/workspace/calendar/api/v3/reference/events
 */
export function eventToAppointment(event: calendar_v3.Schema$Event, context: MapContext): Appointment | null {
  if (!event.id) return null;
  const timeZone = validZone(event.start?.timeZone) ?? context.calendarTimeZone;
  const start = instant(event.start, timeZone);
  const end = instant(event.end, timeZone);
  if (start === null) return null;

  const uid = event.recurringEventId ?? event.id;
  const original = event.recurringEventId ? instant(event.originalStartTime, timeZone) : null;
  const recurrenceId = original === null ? null : new Date(original).toISOString();
  const self = event.attendees?.find((attendee) => attendee.self);
  const description = event.description ? htmlToText(event.description) : '';
  // The conference data first (Meet, or an add-on's Zoom or Teams), then links in the texts.
  const conference = event.conferenceData?.entryPoints?.find((entry) => entry.entryPointType === 'video')?.uri;
  const found = findLinks([event.location, event.description]);
  const videoUrl = [conference, event.hangoutLink].find((u) => u && isTelehealthUrl(u)) ?? found.videoUrl;
  const links = [...(found.videoUrl ? [found.videoUrl] : []), ...found.links].filter((l) => l !== videoUrl);
  const attendeeEmails = (event.attendees ?? [])
    .filter((a) => !a.self && !a.resource && a.email)
    .map((a) => (a.email as string).toLowerCase())
    .slice(0, 10);

  return {
    key: appointmentKey(context.sourceId, uid, recurrenceId),
    sourceId: context.sourceId,
    uid,
    recurrenceId,
    title: event.summary?.trim() || '(No title)',
    start,
    // An event without an end lasts as long as Google shows it: zero time, or one day.
    end: end ?? (event.start?.date ? start + DAY : start),
    allDay: Boolean(event.start?.date) && !event.start?.dateTime,
    status: event.status === 'cancelled' ? 'cancelled' : event.status === 'tentative' ? 'tentative' : 'confirmed',
    timeZone,
    ...(description ? { description } : {}),
    ...(event.location ? { location: event.location } : {}),
    ...(event.organizer?.email ? { organizerEmail: event.organizer.email.toLowerCase() } : {}),
    ...(event.organizer?.displayName ? { organizerName: event.organizer.displayName } : {}),
    ...(attendeeEmails.length ? { attendeeEmails } : {}),
    ...(videoUrl ? { videoUrl } : {}),
    ...(links.length ? { links } : {}),
    ...(self?.responseStatus === 'declined' ? { declined: true } : {}),
    googleEventId: event.id,
  };
}

/** `dateTime` carries its offset (RFC 3339); a `date` starts at midnight in the event's zone. */
function instant(time: calendar_v3.Schema$EventDateTime | undefined, timeZone: string): number | null {
  if (time?.dateTime) {
    const ms = Date.parse(time.dateTime);
    return Number.isNaN(ms) ? null : ms;
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(time?.date ?? '');
  if (!date) return null;
  return new TZDate(Number(date[1]), Number(date[2]) - 1, Number(date[3]), timeZone).getTime();
}

/** The zone as Google wrote it when the runtime knows it, else null. */
export function validZone(zone: string | null | undefined): string | null {
  return knownZone(zone) ? (zone ?? null) : null;
}
