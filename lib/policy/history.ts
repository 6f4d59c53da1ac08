import { plural, t } from '../i18n/ui';
import type { SessionView } from '../model/session-view';

export type Outcome = 'attended' | 'missed' | 'cancelled';

export interface HistoryEntry {
  session: SessionView;
  outcome: Outcome;
}

export interface AttendanceHistory {
  /** Past sessions, newest first. */
  entries: HistoryEntry[];
  /** Over the last `of` sessions that took place (cancelled ones do not count). */
  consistency: { attended: number; of: number } | null;
  /** A kind sentence about it, or null when there is no history yet. */
  summary: string | null;
}

/** How many of the latest sessions the consistency figure looks at. */
export const CONSISTENCY_WINDOW = 8;

/**
 * What happened to past sessions. A missed session later marked attended
 * counts as attended; one the therapist cancelled counts as cancelled; one followed up with a
 * message stays missed (the message is what matters, not the count).
 */
export function attendanceHistory(sessions: SessionView[], now: number): AttendanceHistory {
  const entries: HistoryEntry[] = [];
  for (const session of sessions) {
    const outcome = outcomeOf(session, now);
    if (outcome) entries.push({ session, outcome });
  }
  entries.sort((a, b) => b.session.appointment.start - a.session.appointment.start);
  const held = entries.filter((e) => e.outcome !== 'cancelled').slice(0, CONSISTENCY_WINDOW);
  if (!held.length) return { entries, consistency: null, summary: null };
  const attended = held.filter((e) => e.outcome === 'attended').length;
  return { entries, consistency: { attended, of: held.length }, summary: summaryOf(attended, held.length) };
}

function outcomeOf({ appointment, info }: SessionView, now: number): Outcome | null {
  if (info.state === 'cancelled') return appointment.start <= now ? 'cancelled' : null;
  if (info.state === 'attended') return appointment.start <= now ? 'attended' : null;
  if (info.state === 'missed') return 'missed';
  if (info.state === 'resolved') {
    return info.resolvedAs === 'attended'
      ? 'attended'
      : info.resolvedAs === 'therapist-cancelled'
        ? 'cancelled'
        : 'missed';
  }
  return null;
}

function summaryOf(attended: number, of: number): string {
  if (attended === of) return of === 1 ? t('common_historyAllOne') : plural('common_historyAll', of);
  if (attended === 0) return t(of === 1 ? 'common_historyNoneOne' : 'common_historyNone');
  return plural('common_historySome', of, { attended });
}
