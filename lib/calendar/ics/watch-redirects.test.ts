import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { webRequestRedirects } from './watch-redirects';

type Listener = (details: never) => void;

/** A webRequest event that delivers what the test fires to the listeners added. */
function event() {
  const listeners = new Set<Listener>();
  return {
    addListener: (l: Listener) => void listeners.add(l),
    removeListener: (l: Listener) => void listeners.delete(l),
    hasListener: (l: Listener) => listeners.has(l),
    fire: (details: object) => listeners.forEach((l) => l(details as never)),
    count: () => listeners.size,
  };
}

const api = fakeBrowser.webRequest as unknown as Record<string, unknown>;
const original = { ...api };
afterEach(() => Object.assign(api, original));

function install() {
  const events = { onBeforeRedirect: event(), onErrorOccurred: event(), onCompleted: event() };
  Object.assign(api, events);
  return events;
}

const FEED = 'https://cal.example.com/feed.ics';

describe('webRequestRedirects', () => {
  it('stands aside where webRequest is only a stub', () => {
    expect(webRequestRedirects()).toBeUndefined();
  });

  it('follows the one request for the address, from no tab, through its redirects', async () => {
    const events = install();
    const watch = webRequestRedirects()!(FEED);
    // A tab loading the same address is the user's browsing, not this fetch.
    events.onBeforeRedirect.fire({ requestId: 't', tabId: 4, url: FEED, redirectUrl: 'https://elsewhere.example/' });
    events.onBeforeRedirect.fire({ requestId: '7', tabId: -1, url: FEED, redirectUrl: 'https://cal.example.com/v2.ics' });
    events.onBeforeRedirect.fire({ requestId: '8', tabId: -1, url: 'https://other.example/x', redirectUrl: 'https://other.example/y' });
    events.onBeforeRedirect.fire({ requestId: '7', tabId: -1, url: 'https://cal.example.com/v2.ics', redirectUrl: 'https://feeds.other.net/v2.ics' });
    events.onErrorOccurred.fire({ requestId: '7', tabId: -1, url: 'https://feeds.other.net/v2.ics', error: 'net::ERR_FAILED' });
    expect(await watch.trail(10_000)).toEqual({ hops: ['https://cal.example.com/v2.ics', 'https://feeds.other.net/v2.ics'], failure: null });
    watch.stop();
    expect([events.onBeforeRedirect.count(), events.onErrorOccurred.count(), events.onCompleted.count()]).toEqual([0, 0, 0]);
  });

  it.each([
    ['net::ERR_TOO_MANY_REDIRECTS', 'too-many'],
    ['NS_ERROR_REDIRECT_LOOP', 'too-many'],
    ['net::ERR_UNSAFE_REDIRECT', 'unsafe-scheme'],
    ['net::ERR_CONNECTION_REFUSED', null],
  ])('reads the browser’s %s as %s', async (error, failure) => {
    const events = install();
    const watch = webRequestRedirects()!(FEED);
    events.onErrorOccurred.fire({ requestId: '1', tabId: -1, url: FEED, error });
    expect((await watch.trail(10_000)).failure).toBe(failure);
    watch.stop();
  });

  it('waits for the browser’s report when it comes after the fetch, but not forever', async () => {
    const events = install();
    const watch = webRequestRedirects()!(FEED);
    const trail = watch.trail(10_000);
    events.onBeforeRedirect.fire({ requestId: '1', tabId: -1, url: FEED, redirectUrl: FEED });
    events.onErrorOccurred.fire({ requestId: '1', tabId: -1, url: FEED, error: 'net::ERR_TOO_MANY_REDIRECTS' });
    expect(await trail).toEqual({ hops: [FEED], failure: 'too-many' });
    const silent = webRequestRedirects()!(FEED);
    expect(await silent.trail(20)).toEqual({ hops: [], failure: null });
    watch.stop();
    silent.stop();
  });
});
