/** One occurrence of a calendar event, as every source (ICS feed, Google, demo) yields it. */
export interface Appointment {
  /**
   * Stable key of the occurrence: the same after a re-download of the feed, so check-ins
   * stay attached. Built by `appointmentKey`.
   */
  key: string;
  sourceId: string;
  uid: string;
  /** ISO 8601 UTC instant of the original occurrence of a recurring series, else null. */
  recurrenceId: string | null;
  title: string;
  /** Epoch milliseconds. All-day: the start of that date in `timeZone`. */
  start: number;
  end: number;
  allDay: boolean;
  status: 'confirmed' | 'tentative' | 'cancelled';
  /** IANA zone the times were resolved in. */
  timeZone: string;
  /** Plain text only: provider HTML is converted to text before it is stored. */
  description?: string;
  location?: string;
  organizerEmail?: string;
  /** The organizer's display name (ICS `CN`, Google `organizer.displayName`). */
  organizerName?: string;
  /** Other people invited (lower-case emails, a few at most): a therapist may invite rather than organize. */
  attendeeEmails?: string[];
  /** Video call link (Google Meet, Zoom, a telehealth platform …): "Join & check in" opens it. */
  videoUrl?: string;
  /** Other links the event carries (shown as plain links labelled with their host, never joined). */
  links?: string[];
  /** The user declined the invitation (Google `attendees[self].responseStatus`). */
  declined?: boolean;
  /** Google Calendar event id (instance id for recurring instances), for the calendar add-on. */
  googleEventId?: string;
}

/**
 * The key of an occurrence: a series instance is identified by its original start
 * (RECURRENCE-ID, RFC 5545 §3.8.4.4), a single event by its UID alone so that moving it
 * keeps its check-in.
 */
export function appointmentKey(sourceId: string, uid: string, recurrenceId: string | null): string {
  return recurrenceId ? `${sourceId}|${uid}|${recurrenceId}` : `${sourceId}|${uid}`;
}
