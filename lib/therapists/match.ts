import type { Appointment } from '../calendar/appointment';
import type { Source } from '../sources/source';
import type { Therapist } from './therapist';

/**
 * Whose session an appointment is, or null when it is not a therapy session: a source
 * marked "every event here is a session" names its therapist; otherwise the first
 * therapist whose title keyword or organizer email matches.
 */
export function matchTherapist(appt: Appointment, source: Source, therapists: Therapist[]): Therapist | null {
  if (source.therapistId) {
    const own = therapists.find((t) => t.id === source.therapistId);
    if (own) return own;
  }
  const title = appt.title.toLocaleLowerCase();
  const organizer = appt.organizerEmail?.toLowerCase();
  return (
    therapists.find(
      (t) =>
        t.keywords.some((k) => k.trim() && title.includes(k.trim().toLocaleLowerCase())) ||
        (organizer !== undefined && t.organizerEmails.some((e) => e.trim().toLowerCase() === organizer)),
    ) ?? null
  );
}
