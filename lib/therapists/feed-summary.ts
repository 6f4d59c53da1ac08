import { plural, t } from '../i18n/ui';
import type { Appointment } from '../model/appointment';
import type { Source } from '../sources/source';
import { seriesKey } from './attribute';
import { classify, type ClassifyInput } from './classify';
import type { Therapist } from '../model/therapist';

/** How many next occurrences each line of a summary lists. */
export const NEXT_SHOWN = 3;

/** A series (one UID) as the summary lists it: its next occurrence and how many it has. */
export interface SeriesLine {
  key: string;
  appointment: Appointment;
  count: number;
}

export interface FeedSummary {
  source: Source;
  /** Per therapist with sessions here, in the order of the therapist list. */
  therapists: { therapist: Therapist; count: number; next: SeriesLine[] }[];
  /** Series the client is asked about ("Which therapist is this?"), with who it might be. */
  unsure: (SeriesLine & { candidates: Therapist[] })[];
  /** Events that are no therapist's. */
  ignored: { count: number; next: SeriesLine[] };
}

/**
 * What each feed yielded, as the options page says it: "9 sessions with Dr. Alvarez, 3 with
 * Ken Okafor, 41 other events ignored", with the next few series of each (from `now` on;
 * when none are ahead, the latest). Counts are occurrences.
 */
export function feedSummaries(data: ClassifyInput, now: number): FeedSummary[] {
  const byId = new Map<string, FeedSummary>();
  const groups = new Map<string, Map<string, Appointment[]>>();
  const add = (group: string, appt: Appointment, sourceId: string) => addTo(groups, group, appt, sourceId);
  const candidatesOf = new Map<string, Therapist[]>();
  for (const source of data.sources)
    byId.set(source.id, { source, therapists: [], unsure: [], ignored: { count: 0, next: [] } });
  const owners = new Map<string, Therapist>();
  for (const { source, appointment, attribution } of classify(data)) {
    if (attribution.kind === 'session') {
      owners.set(attribution.therapist.id, attribution.therapist);
      add(`${source.id} t ${attribution.therapist.id}`, appointment, source.id);
    } else if (attribution.kind === 'unsure') {
      candidatesOf.set(seriesKey(source.id, appointment.uid), attribution.candidates);
      add(`${source.id} ?`, appointment, source.id);
    } else {
      add(`${source.id} -`, appointment, source.id);
    }
  }
  for (const summary of byId.values()) {
    const id = summary.source.id;
    const order = [...data.therapists, ...[...owners.values()].filter((t) => !data.therapists.includes(t))];
    for (const therapist of order) {
      const series = groups.get(`${id} t ${therapist.id}`);
      if (series) summary.therapists.push({ therapist, ...lines(series, now) });
    }
    const unsure = groups.get(`${id} ?`);
    if (unsure) {
      summary.unsure = lines(unsure, now, Infinity).next.map((line) => ({
        ...line,
        candidates: candidatesOf.get(line.key) ?? [],
      }));
    }
    const ignored = groups.get(`${id} -`);
    if (ignored) summary.ignored = lines(ignored, now);
  }
  return [...byId.values()];
}

function lines(
  series: Map<string, Appointment[]>,
  now: number,
  shown = NEXT_SHOWN,
): { count: number; next: SeriesLine[] } {
  let count = 0;
  const all: SeriesLine[] = [];
  for (const [key, occurrences] of series) {
    count += occurrences.length;
    const sorted = [...occurrences].sort((a, b) => a.start - b.start);
    const next = sorted.find((a) => a.end >= now) ?? (sorted.at(-1) as Appointment);
    all.push({ key, appointment: next, count: occurrences.length });
  }
  // Ahead first, soonest first; then past ones, latest first.
  const ahead = all.filter((l) => l.appointment.end >= now).sort((a, b) => a.appointment.start - b.appointment.start);
  const past = all.filter((l) => l.appointment.end < now).sort((a, b) => b.appointment.start - a.appointment.start);
  return { count, next: [...ahead, ...past].slice(0, shown) };
}

/**
 * The series to ask about now ("Which therapist is this?"): those still ahead or that ended
 * in the last two days, soonest first, over every feed. (The popup asks this on every open:
 * only the unsure series are grouped.)
 */
export function seriesToAsk(data: ClassifyInput, now: number): FeedSummary['unsure'] {
  const groups = new Map<string, Map<string, Appointment[]>>();
  const candidatesOf = new Map<string, Therapist[]>();
  for (const { source, appointment, attribution } of classify(data)) {
    if (attribution.kind !== 'unsure') continue;
    candidatesOf.set(seriesKey(source.id, appointment.uid), attribution.candidates);
    addTo(groups, source.id, appointment, source.id);
  }
  return [...groups.values()]
    .flatMap((series) => lines(series, now, Infinity).next)
    .map((line) => ({ ...line, candidates: candidatesOf.get(line.key) ?? [] }))
    .filter((l) => l.appointment.end >= now - 48 * 3_600_000)
    .sort((a, b) => a.appointment.start - b.appointment.start);
}

/** Adds one occurrence to its series in a group of series. */
function addTo(groups: Map<string, Map<string, Appointment[]>>, group: string, appt: Appointment, sourceId: string) {
  let series = groups.get(group);
  if (!series) groups.set(group, (series = new Map()));
  const key = seriesKey(sourceId, appt.uid);
  const occurrences = series.get(key);
  if (occurrences) occurrences.push(appt);
  else series.set(key, [appt]);
}

/** "9 sessions with Dr. Alvarez, 3 with Ken Okafor, 2 to check, 41 other events ignored". */
export function summaryText(summary: FeedSummary, locale: string): string {
  const parts = summary.therapists.map((g, i) => {
    const name = g.therapist.name || t('options_unnamedTherapistIn');
    return i === 0 ? plural('options_foundFirst', g.count, { name }) : t('options_foundMore', { count: g.count, name });
  });
  const unsure = summary.unsure.reduce((n, l) => n + l.count, 0);
  if (parts.length === 0) parts.push(t('options_foundNone'));
  if (unsure) parts.push(plural('options_foundUnsure', unsure));
  if (summary.ignored.count) parts.push(plural('options_foundIgnored', summary.ignored.count));
  return new Intl.ListFormat(locale, { style: 'short', type: 'unit' }).format(parts);
}
