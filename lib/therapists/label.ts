import { t } from '../i18n/ui';
import type { Appointment } from '../model/appointment';
import type { Therapist } from '../model/therapist';
import { containsPhrase, nameWords, words } from './words';

/**
 * "Therapy with Dr Lee" for a session, naming the therapist once: a title that already names
 * them ("Session with Dr. Maria Alvarez (extra session)") is used as it is.
 */
export function sessionLabel(appointment: Pick<Appointment, 'title'>, therapist: Pick<Therapist, 'name'>): string {
  const name = nameWords(therapist.name);
  const title = words(appointment.title);
  if (!therapist.name.trim() || (name.length > 0 && containsPhrase(title, name.slice(-1)))) return appointment.title;
  return t('background_sessionLabel', { title: appointment.title, name: therapist.name });
}
