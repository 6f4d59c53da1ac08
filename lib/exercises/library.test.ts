import { describe, expect, it } from 'vitest';
import { EXERCISES, FOCUS_TAGS } from './library';

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
});
