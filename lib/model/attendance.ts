/** The client's confirmation that they attended (or are attending) an occurrence. */
export interface CheckIn {
  at: number;
}

/** How a missed session was closed. */
export type ResolutionKind = 'sent' | 'attended' | 'therapist-cancelled' | 'rescheduled';

export interface Resolution {
  kind: ResolutionKind;
  at: number;
}

/** Everything the client recorded, keyed by `Appointment.key`. */
export interface Attendance {
  checkIns: Record<string, CheckIn>;
  resolutions: Record<string, Resolution>;
}
