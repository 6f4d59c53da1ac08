import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seed, stored } from '../../test/store';
import { DEFAULT_POLICY } from '../model/policy';
import { DEFAULT_SETTINGS } from '../model/settings';
import type { Therapist } from '../model/therapist';
import { checkIn, resolve, undoCheckIn, unresolve } from './attendance';
import { readAll } from './io';
import {
  attendanceItem,
  customExercisesItem,
  practiceLogItem,
  settingsItem,
  sourcesItem,
  therapistsItem,
} from './items';
import { addExercise, logPractice, removeExercise } from './practice';
import { updateSettings } from './settings';
import { addSource, removeSource, setSourceTherapist } from './sources';
import { addTherapist, editTherapist, removeTherapist } from './therapists';

const NOW = Date.UTC(2026, 11, 1, 12);
const therapist = (id: string, name = id): Therapist => ({
  id,
  name,
  email: `${id}@clinic.example`,
  portalUrl: '',
  policy: DEFAULT_POLICY,
  keywords: [],
  organizerEmails: [],
  focus: [],
  language: 'en',
});

beforeEach(() => fakeBrowser.reset());

describe('attendance', () => {
  it('50 check-ins and 50 follow-ups asked for at once all land', async () => {
    const keys = Array.from({ length: 50 }, (_, i) => `clinic|s${i}`);
    await Promise.all(keys.flatMap((k, i) => [checkIn(k, NOW + i), resolve(`${k}-missed`, 'sent', NOW + i)]));
    const attendance = await stored(attendanceItem);
    expect(Object.keys(attendance.checkIns).sort()).toEqual([...keys].sort());
    expect(Object.keys(attendance.resolutions)).toHaveLength(50);
  });

  it('a second check-in keeps the first time', async () => {
    await checkIn('k', NOW);
    await checkIn('k', NOW + 5000);
    expect((await stored(attendanceItem)).checkIns.k).toEqual({ at: NOW });
  });

  it('undo works within a minute, not after, and unconditionally without a time', async () => {
    await checkIn('k', NOW);
    expect(await undoCheckIn('k', NOW + 61_000)).toBe(false);
    expect(await undoCheckIn('k', NOW + 30_000)).toBe(true);
    expect((await stored(attendanceItem)).checkIns).toEqual({});
    await checkIn('k', NOW);
    expect(await undoCheckIn('k')).toBe(true);
    expect(await undoCheckIn('k')).toBe(false);
  });

  it('unresolve reopens one follow-up only', async () => {
    await resolve('a', 'sent', NOW);
    await resolve('b', 'attended', NOW);
    await unresolve('a');
    expect((await stored(attendanceItem)).resolutions).toEqual({ b: { kind: 'attended', at: NOW } });
  });

  it('a change that changes nothing writes nothing', async () => {
    await checkIn('k', NOW);
    const writes: string[][] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => writes.push(Object.keys(changes)));
    await checkIn('k', NOW + 1);
    await unresolve('none');
    expect(writes).toEqual([]);
  });

  it('a garbled record is kept aside whole before the first change replaces it', async () => {
    const garbled = { checkIns: { good: { at: NOW }, bad: 'yes' }, resolutions: [] };
    await fakeBrowser.storage.local.set({ attendance: garbled });
    await checkIn('new', NOW);
    const raw = await readAll();
    expect(raw['setAside:attendance']).toEqual(garbled);
    expect(Object.keys((await stored(attendanceItem)).checkIns).sort()).toEqual(['good', 'new']);
  });
});

describe('settings', () => {
  it('concurrent edits of different fields keep both', async () => {
    await Promise.all([
      updateSettings({ sendChannel: 'gmail' }),
      updateSettings({ clientName: 'Robin' }),
      updateSettings({ gridMarkers: false }),
    ]);
    expect(await stored(settingsItem)).toEqual({
      ...DEFAULT_SETTINGS,
      sendChannel: 'gmail',
      clientName: 'Robin',
      gridMarkers: false,
    });
  });

  it('a wrong value in a change falls back to the default, the rest is applied', async () => {
    const next = await updateSettings({ clientName: 'Robin', checkInBeforeMinutes: -3 } as never);
    expect(next).toMatchObject({ clientName: 'Robin', checkInBeforeMinutes: DEFAULT_SETTINGS.checkInBeforeMinutes });
  });
});

describe('therapists', () => {
  it('JSON Merge Patch edits of different fields sent at once keep both', async () => {
    await addTherapist(therapist('t1', 'Dr Lee'));
    await Promise.all([
      editTherapist('t1', { name: 'Dr Robin Lee' }),
      editTherapist('t1', { policy: { graceMinutes: 5 } }),
      editTherapist('t1', { focus: ['sleep'] }),
    ]);
    const [t] = await stored(therapistsItem);
    expect(t).toMatchObject({ name: 'Dr Robin Lee', focus: ['sleep'], policy: { ...DEFAULT_POLICY, graceMinutes: 5 } });
  });

  it('an edit that changes nothing writes nothing', async () => {
    await addTherapist(therapist('t1', 'Dr Lee'));
    const set = vi.spyOn(browser.storage.local, 'set');
    await editTherapist('t1', { name: 'Dr Lee' });
    expect(set).not.toHaveBeenCalled();
    await editTherapist('t1', { name: 'Dr Robin Lee' });
    expect(set).toHaveBeenCalledTimes(1);
    set.mockRestore();
  });

  it('null in a patch removes an optional field (RFC 7396)', async () => {
    await addTherapist({ ...therapist('t1'), missedTemplate: { subject: 's', body: 'b' } });
    await editTherapist('t1', { missedTemplate: null });
    expect((await stored(therapistsItem))[0]).not.toHaveProperty('missedTemplate');
  });

  it('a patch that would leave the therapist unreadable changes nothing; the id cannot be patched away', async () => {
    await addTherapist(therapist('t1', 'Dr Lee'));
    await editTherapist('t1', { policy: { notice: { kind: 'hours', hours: 'many' } } } as never);
    await editTherapist('t1', { id: 'other' });
    const [t] = await stored(therapistsItem);
    expect(t).toMatchObject({ id: 't1', policy: DEFAULT_POLICY });
  });

  it('adds and removes at once lose nothing; an incomplete therapist is refused in words', async () => {
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => addTherapist(therapist(id))));
    await Promise.all([removeTherapist('b'), addTherapist(therapist('e')), removeTherapist('d')]);
    expect((await stored(therapistsItem)).map((t) => t.id).sort()).toEqual(['a', 'c', 'e']);
    await expect(addTherapist({ name: 'No id' } as never)).rejects.toThrow('some details are missing');
  });
});

describe('sources and practice', () => {
  it('adds, removes and a therapist choice sent at once all land', async () => {
    const ics = (id: string) => ({
      id,
      kind: 'ics' as const,
      name: id,
      url: `https://x.example/${id}.ics`,
      therapistId: null,
    });
    await addSource(ics('a'));
    await Promise.all([addSource(ics('b')), addSource(ics('c')), setSourceTherapist('a', 't1'), removeSource('zzz')]);
    const all = await stored(sourcesItem);
    expect(all.map((s) => s.id).sort()).toEqual(['a', 'b', 'c']);
    expect(all.find((s) => s.id === 'a')?.therapistId).toBe('t1');
    await removeSource('b');
    expect((await stored(sourcesItem)).map((s) => s.id).sort()).toEqual(['a', 'c']);
  });

  it('30 practice entries logged at once are all kept; exercises add and remove by id', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => logPractice('breathing', NOW + i)));
    expect(await stored(practiceLogItem)).toHaveLength(30);
    const exercise = {
      id: 'mine',
      title: 'Walk',
      helpsWith: '',
      tags: [],
      steps: ['Walk'],
      minutes: 10,
      source: null,
      custom: true,
    };
    await Promise.all([addExercise(exercise), addExercise({ ...exercise, id: 'other' })]);
    await removeExercise('other');
    expect((await stored(customExercisesItem)).map((e) => e.id)).toEqual(['mine']);
    await expect(addExercise({ id: 'x' } as never)).rejects.toThrow('it needs a name');
  });

  it('owners work on top of a stored value of the wrong type', async () => {
    await seed(therapistsItem, 'not a list' as never);
    await addTherapist(therapist('t1'));
    expect((await stored(therapistsItem)).map((t) => t.id)).toEqual(['t1']);
  });
});
