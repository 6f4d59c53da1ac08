import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { appointment, therapist } from './policy/fixtures';
import { sharedSessionFeed } from './sessions';
import type { Source } from './sources/source';
import { appointmentsItem, sourcesItem, therapistsItem } from './storage';

const NOW = Date.now();
const feed: Source = { id: 'feed', kind: 'ics', name: 'Feed', url: 'https://x.example/a.ics', therapistId: 't1' };

beforeEach(async () => {
  fakeBrowser.reset();
  await sourcesItem.setValue([feed]);
  await therapistsItem.setValue([therapist()]);
});

describe('sharedSessionFeed', () => {
  it('tells every feature of a change after one read, with the new sessions', async () => {
    const shared = sharedSessionFeed();
    const heard = [vi.fn(), vi.fn(), vi.fn()];
    heard.forEach((listener) => shared.watch(listener));
    await vi.waitFor(() => heard.forEach((listener) => expect(listener).toHaveBeenCalledTimes(1)));
    expect(await shared.sessions(NOW)).toEqual([]);

    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    await appointmentsItem.setValue({ feed: [appointment(NOW + 48 * 3_600_000)] });
    await vi.waitFor(() => heard.forEach((listener) => expect(listener).toHaveBeenCalledTimes(2)));
    expect(reads).toHaveBeenCalledTimes(1);
    expect((await shared.sessions(NOW)).map((s) => s.info.state)).toEqual(['upcoming']);
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('answers before anything watches, from a first read', async () => {
    await appointmentsItem.setValue({ feed: [appointment(NOW + 48 * 3_600_000)] });
    expect((await sharedSessionFeed().sessions(NOW)).map((s) => s.therapist.id)).toEqual(['t1']);
  });
});
