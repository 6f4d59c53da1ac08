import { describe, expect, it } from 'vitest';
import { MAX_REDIRECTS, redirectProblem, type RedirectTrail } from './redirect-words';

const FEED = 'https://cal.example.com/private-0a1b2c3d4e5f6/basic.ics';
const trail = (hops: string[], failure: RedirectTrail['failure'] = null): RedirectTrail => ({ hops, failure });

describe('redirectProblem', () => {
  it.each<[string, RedirectTrail]>([
    ['no redirect', trail([])],
    ['another path on the same host', trail(['https://cal.example.com/v2/basic.ics'])],
    ['a relative Location', trail(['/v2/basic.ics'])],
    ['another query', trail(['https://cal.example.com/basic.ics?v=2'])],
    ['another port of the same host (host permissions ignore the port)', trail(['https://cal.example.com:8443/basic.ics'])],
    ['a few hops that end somewhere new', trail(['/a', '/b', '/c'])],
  ])('follows %s', (_name, t) => expect(redirectProblem(FEED, t)).toBeNull());

  it('follows http → https on the same host', () => {
    expect(redirectProblem('http://cal.example.com/basic.ics', trail(['https://cal.example.com/basic.ics']))).toBeNull();
  });

  it.each<[string, RedirectTrail, RegExp]>([
    [
      'another host',
      trail(['https://feeds.other.net/x/calendar.ics']),
      /^cal\.example\.com sends this calendar on to feeds\.other\.net, and Session Keeper has permission to read only cal\.example\.com\. .*ask to read feeds\.other\.net\.$/,
    ],
    ['another host after a hop on this one', trail(['/moved', 'https://www.example.com/basic.ics']), /on to www\.example\.com,/],
    ['a loop back to the start', trail([FEED]), /keeps sending Session Keeper from one address to another .*\(a redirect loop\)/],
    ['a loop between two addresses', trail(['/a', '/b', '/a']), /\(a redirect loop\)/],
    ['more hops than the Fetch limit', trail(Array.from({ length: MAX_REDIRECTS + 1 }, (_, i) => `/hop-${i}`)), /\(a redirect loop\)/],
    ['the browser’s too-many-redirects error', trail(['/a'], 'too-many'), /\(a redirect loop\)/],
    ['a file: address', trail(['file:///etc/passwd']), /^cal\.example\.com sends this calendar on to a file: address, which Session Keeper does not open/],
    ['a data: address', trail(['data:text/calendar,BEGIN:VCALENDAR']), /on to a data: address/],
    ['a refused scheme the browser does not name', trail([], 'unsafe-scheme'), /on to an address that is not on the web \(such as file: or data:\)/],
    ['an https → http downgrade', trail(['http://cal.example.com/basic.ics']), /from a secure \(https\) address on to an insecure \(http\) one/],
    ['a redirect the browser hides', trail([], 'unseen'), /sends this calendar on to another address, which Session Keeper could not follow/],
  ])('explains %s', (_name, t, words) => {
    const problem = redirectProblem(FEED, t);
    expect(problem).toMatch(words);
    // Feed addresses hold secret tokens: hosts only.
    expect(problem).not.toMatch(/private-|basic\.ics|calendar\.ics|passwd/);
    expect(problem).not.toMatch(/internet connection/);
  });
});
