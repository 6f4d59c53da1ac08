import type { Appointment } from '../calendar/appointment';
import { DEMO_SOURCE, DEMO_THERAPIST } from '../demo';
import type { Source } from '../sources/source';
import { attribute, type Attribution, type SeriesChoices } from './attribute';
import type { Therapist } from './therapist';

/** What classifying needs of the stored data. */
export interface ClassifyInput {
  sources: Source[];
  appointments: Record<string, Appointment[]>;
  therapists: Therapist[];
  seriesChoices: SeriesChoices;
}

export interface Classified {
  source: Source;
  appointment: Appointment;
  attribution: Attribution;
}

const classifiedOf = new WeakMap<ClassifyInput, readonly Classified[]>();

/**
 * Every cached appointment with whose session it is (or that it is unsure, or none), in
 * source order. Invitations the user declined are left out: they are not sessions to keep.
 * The demo calendar brings its own therapist. Worked out once per data object: the session
 * views and the "Which therapist?" questions of one page read the same list.
 */
export function classify(data: ClassifyInput): readonly Classified[] {
  const known = classifiedOf.get(data);
  if (known) return known;
  const usesDemo = data.sources.some((s) => s.id === DEMO_SOURCE.id);
  const therapists = usesDemo ? [...data.therapists, DEMO_THERAPIST] : data.therapists;
  const all: Classified[] = [];
  for (const source of data.sources) {
    for (const appointment of data.appointments[source.id] ?? []) {
      if (appointment.declined) continue;
      all.push({ source, appointment, attribution: attribute(appointment, source, therapists, data.seriesChoices) });
    }
  }
  classifiedOf.set(data, all);
  return all;
}
