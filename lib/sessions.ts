import { storage } from 'wxt/utils/storage';
import type { Appointment } from './calendar/appointment';
import type { Attendance } from './attendance';
import { DEMO_SOURCE, DEMO_THERAPIST, effectiveSources } from './demo';
import { appointmentState } from './policy/state';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { Source } from './sources/source';
import {
  appointmentsItem,
  attendanceItem,
  demoEnabledItem,
  settingsItem,
  sourcesItem,
  therapistsItem,
} from './storage';
import { matchTherapist } from './therapists/match';
import type { Therapist } from './therapists/therapist';
import type { SessionView } from './ui-model/session-view';
import { userTimeZone } from './time/user-zone';

/** Everything the views need, as stored. */
export interface SessionData {
  sources: Source[];
  appointments: Record<string, Appointment[]>;
  therapists: Therapist[];
  attendance: Attendance;
  settings: Settings;
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

export async function loadSessionData(): Promise<SessionData> {
  // One read for all six items (each `getValue` would be a round trip to the browser).
  const values = (
    await storage.getItems([sourcesItem, demoEnabledItem, appointmentsItem, therapistsItem, attendanceItem, settingsItem])
  ).map((item) => item.value as unknown);
  const [sources, demoEnabled, appointments, therapists, attendance, settings] = values as [
    Source[],
    boolean,
    SessionData['appointments'],
    Therapist[],
    Attendance,
    Partial<Settings>,
  ];
  return {
    sources: effectiveSources(sources, demoEnabled),
    appointments,
    therapists,
    attendance,
    settings: { ...DEFAULT_SETTINGS, ...settings },
  };
}

export async function loadSessionViews(now: number): Promise<SessionView[]> {
  return sessionViews(await loadSessionData(), now, userTimeZone());
}

/** Calls `onChange` with the session data now and after every change; returns the unwatch. */
export function watchSessionData(onChange: (data: SessionData) => void): () => void {
  let stopped = false;
  let latest = 0;
  const reload = () => {
    const id = ++latest;
    void loadSessionData().then((data) => {
      // Reads can finish out of order: only the latest one is delivered.
      if (!stopped && id === latest) onChange(data);
    });
  };
  const unwatchers = [sourcesItem, demoEnabledItem, appointmentsItem, therapistsItem, attendanceItem, settingsItem].map(
    (item) => (item.watch as (cb: () => void) => () => void)(reload),
  );
  reload();
  return () => {
    stopped = true;
    for (const unwatch of unwatchers) unwatch();
  };
}

/** Where the background's features get sessions from, and hear that they changed. */
export interface SessionFeed {
  sessions(now: number): Promise<SessionView[]>;
  watch(onChange: () => void): () => void;
}

/** Each feature reads storage and watches it on its own (the default, and in tests). */
export const ownSessionFeed: SessionFeed = { sessions: loadSessionViews, watch: watchSessionData };

/**
 * One storage subscription shared by the background's features (badge, reminders, missed
 * sessions): one read per change instead of one per feature. Every change reaches the cache
 * before the features hear of it, so an alarm-driven run reads current data.
 */
export function sharedSessionFeed(): SessionFeed {
  const listeners = new Set<() => void>();
  let data: Promise<SessionData> | null = null;
  let unwatch: (() => void) | null = null;
  const start = (): Promise<SessionData> => {
    let first: (d: SessionData) => void = () => {};
    const initial = new Promise<SessionData>((resolve) => (first = resolve));
    data = initial;
    unwatch = watchSessionData((d) => {
      data = Promise.resolve(d);
      first(d);
      for (const listener of listeners) listener();
    });
    return initial;
  };
  return {
    sessions: async (now) => sessionViews(await (data ?? start()), now, userTimeZone()),
    watch: (onChange) => {
      if (!data) void start();
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
        // The last feature gone: stop watching storage (a later read starts again).
        if (listeners.size === 0) {
          unwatch?.();
          unwatch = data = null;
        }
      };
    },
  };
}
