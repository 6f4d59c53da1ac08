import { describe, expect, it } from 'vitest';
import type { Exercise } from '../model/exercise';
import { wordsOf } from '../../test/catalogue-words';
import { builtInExercises } from './library';
import { canonicalFocus, rotationFor, suggestExercises } from './suggest';

const EXERCISES = builtInExercises(wordsOf('en'));

const ids = (list: Exercise[]) => list.map((e) => e.id);

describe('canonicalFocus', () => {
  it.each([
    [['Depression'], ['low mood']],
    [
      [' Anxiety ', 'anxious', 'Insomnia'],
      ['anxiety', 'sleep'],
    ],
    [
      ['Overthinking', 'panic attacks'],
      ['worry', 'panic'],
    ],
    [['', 'Chess'], ['chess']],
  ])('%j → %j', (focus, expected) => {
    expect(canonicalFocus(focus)).toEqual(expected);
  });
});

describe('suggestExercises', () => {
  it.each<[string, string[], (e: Exercise) => boolean]>([
    ['anxiety', ['anxiety'], (e) => e.tags.includes('anxiety')],
    ['low mood (as "depression")', ['Depression'], (e) => e.tags.includes('low mood')],
    ['sleep', ['sleep'], (e) => e.tags.includes('sleep')],
    ['relationships', ['relationships'], (e) => e.tags.includes('relationships')],
  ])('chooses three that fit %s', (_name, focus, fits) => {
    for (let rotation = 0; rotation < 7; rotation++) {
      const chosen = suggestExercises(EXERCISES, focus, rotation);
      expect(chosen).toHaveLength(3);
      expect(new Set(ids(chosen)).size).toBe(3);
      expect(chosen.every(fits)).toBe(true);
    }
  });

  it('best matches first: two focus tags beat one', () => {
    const [first] = suggestExercises(EXERCISES, ['worry', 'sleep'], 0);
    expect(first?.tags).toEqual(expect.arrayContaining(['worry', 'sleep']));
  });

  it('rotates: a different first suggestion on the next day, and every match gets a turn', () => {
    const focus = ['anxiety'];
    const matching = EXERCISES.filter((e) => e.tags.includes('anxiety')).map((e) => e.id);
    const days = [0, 1, 2, 3, 4, 5].map((r) => ids(suggestExercises(EXERCISES, focus, r)));
    expect(days[1]![0]).not.toBe(days[0]![0]);
    expect(new Set(days.flat())).toEqual(new Set(matching));
  });

  it('is a pure function of its inputs', () => {
    expect(ids(suggestExercises(EXERCISES, ['stress'], 12))).toEqual(ids(suggestExercises(EXERCISES, ['stress'], 12)));
  });

  it.each<[string, string[]]>([
    ['no focus', []],
    ['an unknown focus', ['chess']],
  ])('%s: three from the whole library, rotating', (_name, focus) => {
    const a = ids(suggestExercises(EXERCISES, focus, 0));
    const b = ids(suggestExercises(EXERCISES, focus, 1));
    expect(a).toHaveLength(3);
    expect(b).toHaveLength(3);
    expect(a).not.toEqual(b);
  });

  it('tops up with other exercises when fewer than three match', () => {
    const chosen = suggestExercises(EXERCISES, ['trauma'], 0);
    expect(chosen).toHaveLength(3);
    expect(chosen[0]?.tags).toContain('trauma');
    expect(new Set(ids(chosen)).size).toBe(3);
  });

  it('handles a tiny library', () => {
    expect(suggestExercises(EXERCISES.slice(0, 2), [], 5)).toHaveLength(2);
    expect(suggestExercises([], ['anxiety'], 0)).toEqual([]);
  });
});

describe('rotationFor', () => {
  it.each<[string, number, number, string, boolean]>([
    ['same UTC day', Date.UTC(2026, 2, 3, 0, 0), Date.UTC(2026, 2, 3, 23, 59), 'UTC', true],
    ['next day', Date.UTC(2026, 2, 3, 12, 0), Date.UTC(2026, 2, 4, 12, 0), 'UTC', false],
    [
      'one local evening in New York spans UTC midnight',
      Date.UTC(2026, 2, 3, 23, 0),
      Date.UTC(2026, 2, 4, 3, 0),
      'America/New_York',
      true,
    ],
    [
      'local midnight in Sydney changes it',
      Date.UTC(2026, 2, 3, 12, 59),
      Date.UTC(2026, 2, 3, 13, 1),
      'Australia/Sydney',
      false,
    ],
  ])('%s', (_name, a, b, zone, same) => {
    expect(rotationFor(a, zone) === rotationFor(b, zone)).toBe(same);
  });

  it('counts consecutive days', () => {
    expect(
      rotationFor(Date.UTC(2026, 2, 4, 10), 'Europe/Berlin') - rotationFor(Date.UTC(2026, 2, 3, 10), 'Europe/Berlin'),
    ).toBe(1);
  });
});
