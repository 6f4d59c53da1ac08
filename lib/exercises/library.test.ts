import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../test/catalogue-words';
import { LOCALES } from '../i18n/locales';
import { builtInExercises, FOCUS_TAGS } from './library';
import { canonicalFocus } from './suggest';

const EXERCISES = builtInExercises(wordsOf('en'));

describe('the exercise library', () => {
  it('has at least ten exercises with unique ids', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(EXERCISES.map((e) => e.id)).size).toBe(EXERCISES.length);
  });

  it.each(EXERCISES.map((e) => [e.id, e] as const))('%s is complete and names its source', (_id, e) => {
    expect(e.title).not.toBe('');
    expect(e.helpsWith).toMatch(/\.$/);
    expect(e.steps.length).toBeGreaterThanOrEqual(3);
    expect(e.minutes).toBeGreaterThan(0);
    expect(e.source?.name).toBeTruthy();
    expect(e.source?.url).toMatch(/^https:\/\//);
    expect(e.tags.length).toBeGreaterThan(0);
    for (const tag of e.tags) expect(Object.keys(FOCUS_TAGS)).toContain(tag);
  });

  it.each([
    ['relaxed-breathing', /NHS/],
    ['thought-record', /Therapist Aid/],
    ['behavioural-activation', /CCI/],
    ['dbt-stop', /DBT/],
    ['progressive-muscle-relaxation', /Anxiety Canada/],
    ['three-good-things', /Greater Good/],
    ['values-bulls-eye', /ACT/],
  ])('%s cites %s', (id, source) => {
    expect(EXERCISES.find((e) => e.id === id)?.source?.name).toMatch(source);
  });

  it('TIPP carries its medical caution', () => {
    expect(EXERCISES.find((e) => e.id === 'dbt-tipp')?.caution).toMatch(/heart/);
  });

  it('breathing exercises have a pattern for the guided timer', () => {
    for (const id of ['relaxed-breathing', 'box-breathing']) {
      const phases = EXERCISES.find((e) => e.id === id)?.breathing ?? [];
      expect(phases.length).toBeGreaterThanOrEqual(2);
      for (const p of phases) expect(p.seconds).toBeGreaterThan(0);
    }
  });

  it.each(LOCALES)('in %s every exercise has all its words, and they differ from the others', (locale) => {
    const all = builtInExercises(wordsOf(locale));
    const texts = all.flatMap((e) => [e.title, e.helpsWith, ...e.steps, e.source?.name ?? '', e.caution ?? '']);
    expect(texts.filter((t) => t === '')).toHaveLength(1 * all.filter((e) => !e.caution).length);
    const steps = all.flatMap((e) => e.steps);
    expect(new Set(steps).size).toBe(steps.length);
  });

  it.each([
    ['es', 'relaxed-breathing', 'Respiración relajada', 'Inhala'],
    ['fr', 'box-breathing', 'Respiration carrée', 'Inspirez'],
    ['de', 'dbt-tipp', 'TIPP-Skill', 'Einatmen'],
    ['pt-BR', 'relaxed-breathing', 'Respiração relaxada', 'Inspire'],
  ] as const)('%s: %s reads "%s", its timer says "%s"', (locale, id, title, breatheIn) => {
    const e = builtInExercises(wordsOf(locale)).find((x) => x.id === id);
    expect(e?.title).toBe(title);
    expect(e?.breathing?.[0]?.label).toBe(breatheIn);
  });

  it('British English spells the centre its way, US English its own', () => {
    const step = (locale: 'en' | 'en-GB') =>
      builtInExercises(wordsOf(locale)).find((e) => e.id === 'values-bulls-eye')?.steps[2];
    expect(step('en-GB')).toContain('the centre means fully');
    expect(step('en')).toContain('the center means fully');
  });

  it('links to English pages say so in other languages', () => {
    const source = (locale: 'es' | 'de') => builtInExercises(wordsOf(locale)).find((e) => e.id === 'wind-down')?.source;
    expect(source('es')?.name).toBe('NHS Every Mind Matters — Sleep problems (en inglés)');
    expect(source('de')?.name).toMatch(/\(auf Englisch\)$/);
  });
});

describe('focus words', () => {
  it.each([
    [
      ['Depresión', 'insomnio'],
      ['low mood', 'sleep'],
    ],
    [
      ['Angst', 'Schlafstörungen'],
      ['anxiety', 'sleep'],
    ],
    [
      ['anxiété', 'estime de soi'],
      ['anxiety', 'self-esteem'],
    ],
    [
      ['ansiedade', 'Luto'],
      ['anxiety', 'low mood'],
    ],
  ])('%j → %j', (words, tags) => {
    expect(canonicalFocus(words)).toEqual(tags);
  });

  it('no word means two tags', () => {
    const words = Object.values(FOCUS_TAGS).flat();
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });
});
