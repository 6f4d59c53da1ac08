import type { Appointment } from './calendar/appointment';
import type { Attendance } from './attendance';
import { DEMO_SOURCE, DEMO_THERAPIST } from './demo';
import { appointmentState } from './policy/state';
import type { Settings } from './settings';
import type { Source } from './sources/source';
import { appointmentsOf } from './store/cache';
import { readFrom, type Raw } from './store/io';
import { sourcesInEffect } from './sources/in-effect';
import { attendanceItem, settingsItem, therapistsItem } from './store/items';
import { snapshot, watchStore } from './store/snapshot';
import { matchTherapist } from './therapists/match';
import type { Therapist } from './therapists/therapist';
import type { SessionView } from './ui-model/session-view';
import { userTimeZone } from './time/user-zone';

/** Everything the views need, as stored (validated). */
export interface SessionData {
  sources: Source[];
  appointments: Record<string, Appointment[]>;
  therapists: Therapist[];
  attendance: Attendance;
  settings: Settings;
  /** What could not be read and was set aside, in words. */
  notes: string[];
}

/**
 * The therapy sessions among the cached appointments, each with its therapist and its state
 * at `now`, sorted by start. Events that match no therapist, and invitations the user
 * declined, are not sessions.
 */
export function sessionViews(data: SessionData, now: number, userTimeZone: string): SessionView[] {
  const usesDemo = data.sources.some((s) => s.id === DEMO_SOURCE.id);
  const therapists = usesDemo ? [...data.therapists, DEMO_THERAPIST] : data.therapists;
  const views: SessionView[] = [];
  for (const source of data.sources) {
    for (const appointment of data.appointments[source.id] ?? []) {
      if (appointment.declined) continue;
      if (source.addedAt !== undefined && appointment.end < source.addedAt) continue;
      const therapist = matchTherapist(appointment, source, therapists);
      if (!therapist) continue;
      const info = appointmentState(appointment, therapist.policy, data.attendance, now, {
        checkInBeforeMinutes: data.settings.checkInBeforeMinutes,
        userTimeZone,
      });
      views.push({ appointment, therapist, info });
    }
  }
  return views.sort((a, b) => a.appointment.start - b.appointment.start);
}

/** The session data in a snapshot of the local area. */
export function sessionDataFrom(raw: Raw): SessionData {
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
export const ownSessionFeed: SessionFeed = { sessions: loadSessionViews, watch: (onChange) => watchSessionData(() => onChange()) };
