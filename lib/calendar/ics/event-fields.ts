// The fields every occurrence of an event carries: title, status, description (HTML turned
// into text), location, organizer, video link. A changed occurrence falls back to its series
// for what it does not say; a cancelled series stays cancelled.
import type { Appointment } from '../appointment';
import { htmlToText } from '../html-to-text';
import { unescapeText } from './content-line';
import { findVideoUrl, organizerEmail } from './event-text';
import { plainValue, type ScannedEvent } from './scan-event';

export type EventFields = Pick<
  Appointment,
  'title' | 'status' | 'description' | 'location' | 'organizerEmail' | 'videoUrl'
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
  const video = findVideoUrl([
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
    videoUrl: video ?? fallback?.videoUrl,
  };
  for (const [key, value] of Object.entries(optional) as [keyof typeof optional, string | undefined][]) {
    if (value !== undefined) fields[key] = value;
  }
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
