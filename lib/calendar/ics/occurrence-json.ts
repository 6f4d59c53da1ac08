import type { Appointment } from '../appointment';

/** One occurrence as the feed inspector prints it. Instants in ISO 8601 UTC. */
export interface OccurrenceJson {
  uid: string;
  recurrenceId: string | null;
  title: string;
  start: string;
  end: string;
  allDay: boolean;
  status: Appointment['status'];
  timeZone: string;
}

export function toOccurrenceJson(appointment: Appointment): OccurrenceJson {
  return {
    uid: appointment.uid,
    recurrenceId: appointment.recurrenceId,
    title: appointment.title,
    start: new Date(appointment.start).toISOString(),
    end: new Date(appointment.end).toISOString(),
    allDay: appointment.allDay,
    status: appointment.status,
    timeZone: appointment.timeZone,
  };
}
