import type { Appointment } from './model/appointment';
import type { Attendance } from './model/attendance';
import type { SentRequest } from './model/request';
import type { StateInfo } from './model/session-view';
import { latestAsks, requestMark } from './gmail/tracking';
import { appointmentState } from './policy/state';
import type { Settings } from './model/settings';
import type { Source } from './sources/source';
import { appointmentsOf } from './store/cache';
import { readFrom, type Raw } from './store/io';
import { sourcesInEffect } from './sources/in-effect';
import { attendanceItem, sentRequestsItem, seriesChoicesItem, settingsItem, therapistsItem } from './store/items';
import { snapshot, watchStore } from './store/snapshot';
import type { Attribution, SeriesChoices } from './therapists/attribute';
import { classify, type Classified } from './therapists/classify';
import type { Therapist } from './model/therapist';
import { HOUR } from './time/units';
import type { SessionView } from './model/session-view';
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
  const view = viewer(data, now, userTimeZone);
  return sessionsOf(data)
    .flatMap((entry) => view(entry) ?? [])
    .sort((a, b) => a.appointment.start - b.appointment.start);
}

/**
 * The sessions a list shows first: every one that has started by `now` and the next `next` to
 * come, sorted by start, with how many more come after them. A calendar of a thousand future
 * sessions is then not worked out to show four (`sessionViews` gives them all).
 */
export function sessionsAhead(
  data: SessionData,
  now: number,
  userTimeZone: string,
  next: number,
): { views: SessionView[]; later: number } {
  const view = viewer(data, now, userTimeZone);
  const started: SessionEntry[] = [];
  // The next ones in start order, found in one pass rather than by sorting every future one;
  // a tie keeps the classified order, as sessionViews's stable sort does.
  const nearest: SessionEntry[] = [];
  let coming = 0;
  for (const entry of sessionsOf(data)) {
    const start = entry.appointment.start;
    if (start <= now) {
      started.push(entry);
      continue;
    }
    coming++;
    let at = nearest.length;
    while (at > 0 && nearest[at - 1]!.appointment.start > start) at--;
    if (at < next) nearest.splice(at, 0, entry);
    if (nearest.length > next) nearest.pop();
  }
  const views = [...started, ...nearest].flatMap((entry) => view(entry) ?? []);
  return {
    views: views.sort((a, b) => a.appointment.start - b.appointment.start),
    later: Math.max(0, coming - next),
  };
}

type SessionEntry = Classified & { attribution: Extract<Attribution, { kind: 'session' }> };

/** The classified appointments that are sessions (a therapist's, not declined). */
function sessionsOf(data: SessionData): SessionEntry[] {
  return classify(data).filter((entry): entry is SessionEntry => entry.attribution.kind === 'session');
}

/** Works out one session's view at `now`; null for one older than its calendar (MISSED_BEFORE_ADDED). */
function viewer(data: SessionData, now: number, userTimeZone: string): (entry: SessionEntry) => SessionView | null {
  const asks = latestAsks(data.sentRequests ?? {});
  const options = { checkInBeforeMinutes: data.settings.checkInBeforeMinutes, userTimeZone };
  return ({ source, appointment, attribution }) => {
    if (source.addedAt !== undefined && appointment.end < source.addedAt - MISSED_BEFORE_ADDED) return null;
    const { therapist } = attribution;
    const state = appointmentState(appointment, therapist.policy, data.attendance, now, options);
    const startedBeforeAdded = source.addedAt !== undefined && appointment.start < source.addedAt;
    const ask = asks.get(appointment.key);
    // The client wrote to the therapist before the session to cancel or move it: when it then
    // passes without a check-in it is not a missed session to follow up (the message went).
    const told = state.state === 'missed' && ask?.status === 'sent' && (ask.sentAt ?? Infinity) < appointment.end;
    const info: StateInfo = told ? { ...state, state: 'resolved', resolvedAs: 'sent', fee: null } : state;
    return {
      appointment,
      therapist,
      info,
      ...(startedBeforeAdded ? { startedBeforeAdded } : {}),
      ...(ask ? { request: requestMark(ask, appointment, info.deadline, now) } : {}),
    };
  };
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
