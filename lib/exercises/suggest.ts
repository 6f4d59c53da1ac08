import type { Exercise } from './exercise';
import { FOCUS_TAGS } from './library';
import { DAY } from '../time/units';

/** A therapist's focus words as canonical tags: "Depression" → "low mood". Unknown words stay. */
export function canonicalFocus(focus: readonly string[]): string[] {
  const tags = new Set<string>();
  for (const word of focus) {
    const w = word.trim().toLowerCase();
    if (!w) continue;
    const tag = Object.entries(FOCUS_TAGS).find(([canonical, words]) => canonical === w || words.includes(w))?.[0];
    tags.add(tag ?? w);
  }
  return [...tags];
}

/**
 * The rotation for the client's day: suggestions change once a day, at local midnight in
 * `timeZone`, and stay the same all day long.
 */
export function rotationFor(now: number, timeZone = 'UTC'): number {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Math.floor(Date.UTC(part('year'), part('month') - 1, part('day')) / DAY);
}

/** Takes `count` items from `pool` starting at `offset`, wrapping around, without repeats. */
function window<T>(pool: readonly T[], offset: number, count: number): T[] {
  const n = pool.length;
  const out: T[] = [];
  for (let i = 0; i < Math.min(count, n); i++) out.push(pool[(((offset + i) % n) + n) % n]!);
  return out;
}

/**
 * Chooses `count` exercises for a therapist's focus. Exercises that share a
 * tag with the focus come first, best matches first; `rotation` moves the window through them
 * a page at a time, so over a few days every match gets its turn at the top. When fewer match
 * than `count` (or the focus is empty) the rest come from the whole library, also rotating.
 */
export function suggestExercises(
  library: readonly Exercise[],
  focus: readonly string[],
  rotation: number,
  count = 3,
): Exercise[] {
  const wanted = new Set(canonicalFocus(focus));
  const score = (e: Exercise) => e.tags.filter((t) => wanted.has(t)).length;
  const matching = library
    .map((exercise, index) => ({ exercise, index, score: score(exercise) }))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((m) => m.exercise);
  const chosen = window(matching, rotation * count, count);
  if (chosen.length >= count) return chosen;
  const others = library.filter((e) => !chosen.includes(e));
  return [...chosen, ...window(others, rotation * count, count - chosen.length)];
}
