import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionDataFrom } from '../sessions';
import { readAll } from './io';
import { chooseSeriesTherapist, forgetSeriesChoice } from './series-choices';

describe('series choices', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers a choice per series, "not a session" too, and forgets one without touching the others', async () => {
    await chooseSeriesTherapist('clinic', 'weekly@clinic', 'maria');
    await chooseSeriesTherapist('clinic', 'lunch@clinic', null);
    expect(sessionDataFrom(await readAll()).seriesChoices).toEqual({
      'clinic|weekly@clinic': 'maria',
      'clinic|lunch@clinic': null,
    });

    await chooseSeriesTherapist('clinic', 'weekly@clinic', 'ken');
    await forgetSeriesChoice('clinic', 'lunch@clinic');
    expect(sessionDataFrom(await readAll()).seriesChoices).toEqual({ 'clinic|weekly@clinic': 'ken' });
  });

  it('reads a damaged entry as no choice, and says so', async () => {
    await fakeBrowser.storage.local.set({ seriesChoices: { 'clinic|a': 'maria', 'clinic|b': 42 } });
    const data = sessionDataFrom(await readAll());
    expect(data.seriesChoices).toEqual({ 'clinic|a': 'maria' });
    expect(data.notes).toContain('One choice of therapist for a series could not be read and was set aside.');
  });
});
