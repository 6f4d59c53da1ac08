import type { Appointment } from './calendar/appointment';
import type { Attendance } from './attendance';
import type { SentRequest } from './gmail/request';
import { latestAsks, requestMark } from './gmail/tracking';
import { appointmentState } from './policy/state';
import type { Settings } from './settings';
import type { Source } from './sources/source';
import { appointmentsOf } from './store/cache';
import { readFrom, type Raw } from './store/io';
import { sourcesInEffect } from './sources/in-effect';
import { attendanceItem, sentRequestsItem, seriesChoicesItem, settingsItem, therapistsItem } from './store/items';
import { snapshot, watchStore } from './store/snapshot';
import type { SeriesChoices } from './therapists/attribute';
import { classify } from './therapists/classify';
import type { Therapist } from './therapists/therapist';
import { HOUR } from './time/units';
import type { SessionView } from './ui-model/session-view';
import { userTimeZone } from './time/user-zone';

/** Everything the views need, as stored (validated). */
export interface SessionData {
  sources: Source[];
  appointments: Record<string, Appointment[]>;
  therapists: Therapist[];
  attendance: Attendance;
  settings: Settings;
  /** The client's answers to "Which therapist is this?", by series. */
  seriesChoices: SeriesChoices;
  /** Messages sent through Gmail (absent: none), for the requests the sessions show. */
  sentRequests?: Record<string, SentRequest>;
  /** What could not be read and was set aside, in words. */
  notes: string[];
}

/**
 * How long before a calendar was added a session still counts: one missed the day before
 * install is shown as missed (a message may still help); older ones are not the client's to
 * check in for.
 */
export const MISSED_BEFORE_ADDED = 48 * HOUR;

/**
 * The therapy sessions among the cached appointments, each with its therapist (by the best
 * evidence, lib/therapists/attribute.ts) and its state at `now`, sorted by start. Events that
 * are no therapist's, or whose therapist the client has not yet said, and invitations the
 * user declined, are not sessions.
 */
export function sessionViews(data: SessionData, now: number, userTimeZone: string): SessionView[] {
  const views: SessionView[] = [];
  const asks = latestAsks(data.sentRequests ?? {});
  for (const { source, appointment, attribution } of classify(data)) {
    if (attribution.kind !== 'session') continue;
    if (source.addedAt !== undefined && appointment.end < source.addedAt - MISSED_BEFORE_ADDED) continue;
    const { therapist } = attribution;
    const info = appointmentState(appointment, therapist.policy, data.attendance, now, {
      checkInBeforeMinutes: data.settings.checkInBeforeMinutes,
      userTimeZone,
    });
    const startedBeforeAdded = source.addedAt !== undefined && appointment.start < source.addedAt;
    const ask = asks.get(appointment.key);
    views.push({
      appointment,
      therapist,
      info,
      ...(startedBeforeAdded ? { startedBeforeAdded } : {}),
      ...(ask ? { request: requestMark(ask, appointment, info.deadline, now) } : {}),
    });
  }
  return views.sort((a, b) => a.appointment.start - b.appointment.start);
}

const dataOf = new WeakMap<Raw, SessionData>();

/**
 * The session data in a snapshot of the local area. A snapshot is a new object after each
 * change, so the background's features (badge, reminders, missed sessions), which all ask
 * after the same change, share one reading and one classification of it.
 */
export function sessionDataFrom(raw: Raw): SessionData {
  const known = dataOf.get(raw);
  if (known) return known;
  const data = readSessionData(raw);
  dataOf.set(raw, data);
  return data;
}

function readSessionData(raw: Raw): SessionData {
  const notes: string[] = [];
  const sources = sourcesInEffect(raw, notes);
  const appointments: Record<string, Appointment[]> = {};
  for (const source of sources) appointments[source.id] = appointmentsOf(raw, source.id, notes);
  return {
    sources,
    appointments,
    therapists: readFrom(raw, therapistsItem, notes),
    attendance: readFrom(raw, attendanceItem, notes),
    settings: readFrom(raw, settingsItem, notes),
    seriesChoices: readFrom(raw, seriesChoicesItem, notes),
    sentRequests: readFrom(raw, sentRequestsItem, notes),
    notes: [...new Set(notes)],
  };
}

/** One read of storage (shared with any watcher in this context). */
export async function loadSessionData(): Promise<SessionData> {
  return sessionDataFrom(await snapshot());
}

export async function loadSessionViews(now: number): Promise<SessionView[]> {
  return sessionViews(await loadSessionData(), now, userTimeZone());
}

/** Calls `onChange` with the session data now and after every change; returns the unwatch. */
export function watchSessionData(onChange: (data: SessionData) => void): () => void {
  return watchStore((raw) => onChange(sessionDataFrom(raw)));
}

/** Where the background's features get sessions from, and hear that they changed. */
export interface SessionFeed {
  sessions(now: number): Promise<SessionView[]>;
  watch(onChange: () => void): () => void;
}

/**
 * The background's features (badge, reminders, missed sessions) share the context's one
 * storage snapshot (lib/store/snapshot.ts): one read at start, none per change.
 */
export const ownSessionFeed: SessionFeed = {
  sessions: loadSessionViews,
  watch: (onChange) => watchSessionData(() => onChange()),
};
