// The fields every occurrence of an event carries: title, status, description (HTML turned
// into text), location, organizer, video link. A changed occurrence falls back to its series
// for what it does not say; a cancelled series stays cancelled.
import type { Appointment } from '../../model/appointment';
import { htmlToText } from '../html-to-text';
import { unescapeText } from './content-line';
import { findLinks } from '../telehealth';
import { organizerEmail } from './event-text';
import { plainValue, property, propertyLines, valueOf, type ScannedEvent } from './scan-event';

export type EventFields = Pick<
  Appointment,
  | 'title'
  | 'status'
  | 'description'
  | 'location'
  | 'organizerEmail'
  | 'organizerName'
  | 'attendeeEmails'
  | 'videoUrl'
  | 'links'
>;

/** Fields are read once per VEVENT, and only for events that reach the window. */
export class FieldReader {
  readonly #cache = new Map<ScannedEvent, EventFields>();

  of(event: ScannedEvent, master: ScannedEvent | null): EventFields {
    let fields = this.#cache.get(event);
    if (!fields) {
      fields = readFields(event, master && event !== master ? this.of(master, null) : null);
      this.#cache.set(event, fields);
    }
    return fields;
  }
}

function readFields(event: ScannedEvent, fallback: EventFields | null): EventFields {
  const rawDescription = textValue(event, 'DESCRIPTION');
  const description = rawDescription === undefined ? undefined : htmlToText(rawDescription);
  const location = textValue(event, 'LOCATION');
  const status = statusOf(plainValue(event, 'STATUS'));
  const { videoUrl: video, links } = findLinks([
    textValue(event, 'X-GOOGLE-CONFERENCE'),
    textValue(event, 'X-MICROSOFT-SKYPETEAMSMEETINGURL'),
    textValue(event, 'URL'),
    location,
    rawDescription,
    textValue(event, 'X-ALT-DESC'),
  ]);
  const fields: EventFields = {
    title: textValue(event, 'SUMMARY') ?? fallback?.title ?? '(No title)',
    status: fallback?.status === 'cancelled' ? 'cancelled' : (status ?? fallback?.status ?? 'confirmed'),
  };
  const optional = {
    description: description ?? fallback?.description,
    location: location ?? fallback?.location,
    organizerEmail: organizerEmail(plainValue(event, 'ORGANIZER')) ?? fallback?.organizerEmail,
    // RFC 5545 §3.2.2: the organizer's common name.
    organizerName: property(event, 'ORGANIZER')?.params.CN?.trim() || fallback?.organizerName,
    videoUrl: video ?? fallback?.videoUrl,
  };
  for (const [key, value] of Object.entries(optional) as [keyof typeof optional, string | undefined][]) {
    if (value !== undefined) fields[key] = value;
  }
  // Who else is invited: a therapist may invite rather than organize (a few are enough).
  const attendees = propertyLines(event, 'ATTENDEE')
    .map((line) => organizerEmail(valueOf(line)))
    .filter((email): email is string => email !== null)
    .slice(0, 10);
  const attendeeEmails = attendees.length ? attendees : fallback?.attendeeEmails;
  if (attendeeEmails?.length) fields.attendeeEmails = attendeeEmails;
  const otherLinks = links.length ? links : fallback?.links;
  if (otherLinks?.length) fields.links = otherLinks;
  return fields;
}

function statusOf(value: string | null): Appointment['status'] | null {
  const status = value?.trim().toUpperCase();
  return status === 'CANCELLED'
    ? 'cancelled'
    : status === 'TENTATIVE'
      ? 'tentative'
      : status === 'CONFIRMED'
        ? 'confirmed'
        : null;
}

/** A text property of the event, unescaped and trimmed; undefined when absent or empty. */
function textValue(event: ScannedEvent, name: string): string | undefined {
  const value = plainValue(event, name);
  return value === null ? undefined : unescapeText(value).trim() || undefined;
}
