import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../model/settings';
import { sessionDataFrom } from '../sessions';
import { ADDON_THERAPIST, appointment } from '../../test/fixtures/sessions';
import type { Raw } from './io';
import { touchesSessionData } from './session-keys';

const source = { id: 'gcal', kind: 'google', name: 'Robin Client', calendarId: 'robin@gmail.com', therapistId: 't1' };

/** The keys `sessionDataFrom` looks at in `raw` (read, or asked whether they are there). */
function keysRead(raw: Raw): Set<string> {
  const read = new Set<string>();
  const recording = new Proxy(raw, {
    get: (target, key) => (typeof key === 'string' && read.add(key), Reflect.get(target, key)),
    has: (target, key) => (typeof key === 'string' && read.add(key), Reflect.has(target, key)),
  });
  sessionDataFrom(recording);
  return read;
}

describe('touchesSessionData', () => {
  const start = Date.UTC(2026, 0, 5, 15);
  const stored: Raw = {
    therapists: [ADDON_THERAPIST],
    settings: DEFAULT_SETTINGS,
    attendance: {},
    seriesChoices: {},
    sentRequests: {},
  };
  it.each<[string, Raw]>([
    [
      'a source’s own appointments',
      { sources: [source], 'appointments:gcal': [appointment(start)], 'appointments:gcal$': { v: 2 } },
    ],
    [
      'version 1’s shared appointments, before migration',
      { sources: [source], appointments: { gcal: [appointment(start)] } },
    ],
    ['the demo calendar', { sources: [], demoEnabled: true }],
  ])('covers every key the session data is read from: %s', (_, cache) => {
    const raw: Raw = { ...stored, ...cache };
    const read = keysRead(raw);
    // The reading did reach the appointments (a source that did not validate would not).
    expect([...read].some((key) => key.startsWith('appointments'))).toBe(true);
    for (const key of read) expect([key, touchesSessionData([key])]).toEqual([key, true]);
  });

  it.each([
    [['remindersSent'], false],
    [['remindersSent', 'remindersSent$', 'missedNotified', 'panelSession'], false],
    [['status:gcal', 'syncState:gcal'], false],
    [['googleAccount', 'practiceLog', 'customExercises', 'setAside:therapists'], false],
    [['status:gcal', 'syncState:gcal', 'appointments:gcal'], true],
    [['attendance'], true],
    [['settings$'], true],
    [['sentRequests'], true],
    [['seriesChoices', 'remindersSent'], true],
    [[], false],
  ])('%j changes what the calendar add-on shows: %s', (keys, expected) => {
    expect(touchesSessionData(keys)).toBe(expected);
  });
});
