import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { seed } from '../test/store';
import { appointment, therapist } from '../test/fixtures/sessions';
import { ownSessionFeed } from './sessions';
import type { Source } from './sources/source';
import { appointmentsFamily, sourcesItem, therapistsItem } from './store/items';

const NOW = Date.now();
const feed: Source = { id: 'feed', kind: 'ics', name: 'Feed', url: 'https://x.example/a.ics', therapistId: 't1' };

beforeEach(async () => {
  fakeBrowser.reset();
  await seed(sourcesItem, [feed]);
  await seed(therapistsItem, [therapist()]);
});

describe('the background session feed', () => {
  it('tells every feature of a change after one read, with the new sessions', async () => {
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    const heard = [vi.fn(), vi.fn(), vi.fn()];
    const stops = heard.map((listener) => ownSessionFeed.watch(listener));
    await vi.waitFor(() => heard.forEach((listener) => expect(listener).toHaveBeenCalledTimes(1)));
    expect(await ownSessionFeed.sessions(NOW)).toEqual([]);

    await seed(appointmentsFamily.of('feed'), [appointment(NOW + 48 * 3_600_000)]);
    await vi.waitFor(() => heard.forEach((listener) => expect(listener).toHaveBeenCalledTimes(2)));
    expect((await ownSessionFeed.sessions(NOW)).map((s) => s.info.state)).toEqual(['upcoming']);
    // One read when the first feature watched; every change since came with its new value.
    expect(reads).toHaveBeenCalledTimes(1);
    stops.forEach((stop) => stop());
  });

  it('answers before anything watches, from a first read', async () => {
    await seed(appointmentsFamily.of('feed'), [appointment(NOW + 48 * 3_600_000)]);
    expect((await ownSessionFeed.sessions(NOW)).map((s) => s.therapist.id)).toEqual(['t1']);
  });
});
