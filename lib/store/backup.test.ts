import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seed, stored } from '../../test/store';
import { DEFAULT_POLICY } from '../model/policy';
import { DEFAULT_SETTINGS } from '../model/settings';
import type { Therapist } from '../model/therapist';
import { makeBackup, previewRestore, readBackup, restoreBackup } from './backup';
import { readAll } from './io';
import {
  attendanceItem,
  customExercisesItem,
  practiceLogItem,
  sentRequestsItem,
  settingsItem,
  sourcesItem,
  therapistsItem,
} from './items';

const NOW = Date.UTC(2026, 11, 1, 12);
const therapist = (id: string, name: string): Therapist => ({
  id,
  name,
  email: '',
  portalUrl: '',
  policy: DEFAULT_POLICY,
  keywords: [],
  organizerEmails: [],
  focus: [],
  language: 'en',
});

beforeEach(() => fakeBrowser.reset());

async function backupOf(fill: () => Promise<void>): Promise<string> {
  await fill();
  const text = JSON.stringify(makeBackup(await readAll(), NOW));
  fakeBrowser.reset();
  return text;
}

describe('reading a backup file', () => {
  it.each<[string, string, string]>([
    ['not JSON', 'BEGIN:VCALENDAR', 'This file is not a Session Keeper backup (it is not JSON). Nothing was changed.'],
    [
      'JSON of another app',
      JSON.stringify({ app: 'other', format: 1, items: {} }),
      'This file is not a Session Keeper backup. Nothing was changed.',
    ],
    ['JSON null', 'null', 'This file is not a Session Keeper backup. Nothing was changed.'],
    [
      'ours without items',
      JSON.stringify({ app: 'session-keeper', format: 1 }),
      'This file is not a Session Keeper backup. Nothing was changed.',
    ],
    [
      'a newer format',
      JSON.stringify({ app: 'session-keeper', format: 2, items: {} }),
      'This backup was made by a newer Session Keeper. Update the extension, then try again.',
    ],
  ])('%s is refused in words', (_name, text, words) => {
    expect(() => readBackup(text)).toThrow(words);
  });

  it('a bad file changes nothing stored', async () => {
    await seed(therapistsItem, [therapist('t1', 'Dr Lee')]);
    const before = await readAll();
    await expect(restoreBackup('{"app":"session-keeper","format":9,"items":{}}')).rejects.toThrow(
      'newer Session Keeper',
    );
    expect(await readAll()).toEqual(before);
  });

  it('holds what the client entered, never calendar addresses', async () => {
    await seed(sourcesItem, [
      { id: 's', kind: 'ics', name: 'S', url: 'https://x.example/secret-token.ics', therapistId: null },
    ]);
    await seed(therapistsItem, [therapist('t1', 'Dr Lee')]);
    const text = JSON.stringify(makeBackup(await readAll(), NOW));
    expect(text).toContain('Dr Lee');
    expect(text).not.toContain('secret-token');
  });

  it('entries in the file that cannot be read are named and the rest restored', () => {
    const file = readBackup(
      JSON.stringify({
        app: 'session-keeper',
        format: 1,
        exportedAt: NOW,
        items: { therapists: { v: 1, value: [therapist('t1', 'Dr Lee'), { name: 'no id' }] } },
      }),
    );
    expect(file.therapists.map((t) => t.id)).toEqual(['t1']);
    expect(file.notes).toEqual(['One therapist could not be read and was set aside.']);
    expect(file.settings).toBeNull();
  });
});

describe('restoring', () => {
  it('sent requests travel in the backup; one still in its undo window never does', async () => {
    const request = (id: string, status: 'sent' | 'pending') => ({
      id,
      key: 'feed|s1',
      purpose: 'reschedule' as const,
      to: 'lee@example.org',
      toName: 'Dr Lee',
      subject: 'Moving our session',
      body: status === 'sent' ? '' : 'Hi',
      fromName: 'Robin',
      replyTo: null,
      createdAt: NOW,
      sendAt: NOW + 10_000,
      status,
      sentAt: status === 'sent' ? NOW + 10_000 : null,
      error: null,
      failure: null,
      sessionStart: NOW + 86_400_000,
    });
    const text = await backupOf(() =>
      seed(sentRequestsItem, { a: request('a', 'sent'), b: request('b', 'pending') }).then(() => undefined),
    );
    expect(previewRestore(await readAll(), readBackup(text))).toEqual(['1 message sent from Gmail added']);
    await restoreBackup(text);
    expect(Object.keys(await stored(sentRequestsItem))).toEqual(['a']);
  });

  it('round trip: a backup restored into empty storage brings everything back', async () => {
    const text = await backupOf(async () => {
      await seed(therapistsItem, [therapist('t1', 'Dr Lee')]);
      await seed(settingsItem, { ...DEFAULT_SETTINGS, clientName: 'Robin', sendChannel: 'gmail' });
      await seed(attendanceItem, { checkIns: { a: { at: 1 } }, resolutions: { b: { kind: 'sent', at: 2 } } });
      await seed(practiceLogItem, [{ exerciseId: 'breathing', at: 3 }]);
      await seed(customExercisesItem, [
        { id: 'mine', title: 'Walk', helpsWith: '', tags: [], steps: [], minutes: 5, source: null },
      ]);
    });
    expect(await stored(therapistsItem)).toEqual([]);
    await restoreBackup(text);
    expect((await stored(therapistsItem)).map((t) => t.name)).toEqual(['Dr Lee']);
    expect(await stored(settingsItem)).toMatchObject({ clientName: 'Robin', sendChannel: 'gmail' });
    expect(await stored(attendanceItem)).toEqual({
      checkIns: { a: { at: 1 } },
      resolutions: { b: { kind: 'sent', at: 2 } },
    });
    expect(await stored(practiceLogItem)).toEqual([{ exerciseId: 'breathing', at: 3 }]);
    expect((await stored(customExercisesItem)).map((e) => e.id)).toEqual(['mine']);
  });

  it('merging keeps everything here: check-ins here win, practice is added once, others’ therapists stay', async () => {
    const text = await backupOf(async () => {
      await seed(therapistsItem, [therapist('t1', 'Dr Lee (file)'), therapist('t2', 'Dr Kim')]);
      await seed(attendanceItem, { checkIns: { shared: { at: 100 }, old: { at: 50 } }, resolutions: {} });
      await seed(practiceLogItem, [
        { exerciseId: 'b', at: 1 },
        { exerciseId: 'b', at: 2 },
      ]);
    });
    await seed(therapistsItem, [therapist('t1', 'Dr Lee'), therapist('t3', 'Dr Park')]);
    await seed(attendanceItem, {
      checkIns: { shared: { at: 200 }, here: { at: 300 } },
      resolutions: { r: { kind: 'attended', at: 1 } },
    });
    await seed(practiceLogItem, [
      { exerciseId: 'b', at: 2 },
      { exerciseId: 'c', at: 9 },
    ]);

    expect(previewRestore(await readAll(), readBackup(text))).toEqual([
      '1 therapist added',
      '1 therapist updated from the file',
      '1 check-in added',
      '1 practice entry added',
    ]);
    await restoreBackup(text);
    expect((await stored(therapistsItem)).map((t) => `${t.id}:${t.name}`).sort()).toEqual([
      't1:Dr Lee (file)',
      't2:Dr Kim',
      't3:Dr Park',
    ]);
    expect(await stored(attendanceItem)).toEqual({
      checkIns: { shared: { at: 200 }, old: { at: 50 }, here: { at: 300 } },
      resolutions: { r: { kind: 'attended', at: 1 } },
    });
    expect(await stored(practiceLogItem)).toEqual([
      { exerciseId: 'b', at: 1 },
      { exerciseId: 'b', at: 2 },
      { exerciseId: 'c', at: 9 },
    ]);
  });

  it('the preview says so when nothing would change, and when settings would', async () => {
    await seed(therapistsItem, [therapist('t1', 'Dr Lee')]);
    const same = JSON.stringify(makeBackup(await readAll(), NOW));
    expect(previewRestore(await readAll(), readBackup(same))).toEqual([
      'Nothing would change: everything in this file is already here.',
    ]);
    await seed(settingsItem, { ...DEFAULT_SETTINGS, clientName: 'Robin' });
    const withSettings = JSON.stringify(makeBackup(await readAll(), NOW));
    await seed(settingsItem, DEFAULT_SETTINGS);
    expect(previewRestore(await readAll(), readBackup(withSettings))).toEqual([
      'Your settings are replaced by the file’s',
    ]);
  });
});
