// Where a feed request was redirected, seen through `webRequest`. An extension's fetch cannot
// tell: with `redirect: 'follow'` a redirect to a host without permission, a loop and a
// redirect to file: all reject as the same TypeError, and `redirect: 'manual'` gives an
// opaque-redirect response without its Location (Fetch §2.2.6, checked in Chromium). The
// `webRequest` events of the extension's own requests (tab -1) carry both; they are delivered
// only for hosts the extension may read, which a feed's host is.
// https://developer.chrome.com/docs/extensions/reference/api/webRequest
import { browser } from 'wxt/browser';
import type { RedirectTrail } from './redirect-words';

export interface RedirectWatch {
  /** What has been seen, once the browser has reported how the request ended (or after `waitMs`). */
  trail(waitMs: number): Promise<RedirectTrail>;
  stop(): void;
}

/** Starts watching the requests for `url`; the caller fetches, then reads the trail and stops. */
export type WatchRedirects = (url: string) => RedirectWatch;

interface RequestDetails {
  requestId: string;
  url: string;
  tabId: number;
}

/** The watcher for this context, or undefined where `webRequest` is not available. */
export function webRequestRedirects(): WatchRedirects | undefined {
  const api = (browser as { webRequest?: typeof chrome.webRequest }).webRequest;
  if (!api?.onBeforeRedirect || !api.onErrorOccurred || !api.onCompleted) return undefined;
  try {
    // An API that is only a stub (WXT's fake browser in unit tests) throws on every call.
    api.onBeforeRedirect.hasListener(() => {});
  } catch {
    return undefined;
  }
  return (url) => {
    let requestId: string | null = null;
    const hops: string[] = [];
    let failure: RedirectTrail['failure'] = null;
    let ended = () => {};
    const end = new Promise<void>((resolve) => (ended = resolve));
    // The first event for the address (from no tab) names the request; a redirect keeps its id.
    const ours = (details: RequestDetails): boolean => {
      if (details.tabId !== -1) return false;
      if (requestId === null && details.url === url) requestId = details.requestId;
      return details.requestId === requestId;
    };
    const onRedirect = (details: chrome.webRequest.OnBeforeRedirectDetails) => {
      if (ours(details)) hops.push(details.redirectUrl);
    };
    const onError = (details: chrome.webRequest.OnErrorOccurredDetails) => {
      if (!ours(details)) return;
      // Chromium's net error names; Firefox's NS_ERROR_REDIRECT_LOOP.
      if (/TOO_MANY_REDIRECTS|REDIRECT_LOOP/.test(details.error)) failure = 'too-many';
      else if (/UNSAFE_REDIRECT/.test(details.error)) failure = 'unsafe-scheme';
      ended();
    };
    const onCompleted = (details: chrome.webRequest.OnCompletedDetails) => {
      if (ours(details)) ended();
    };
    const filter = { urls: ['<all_urls>'] };
    api.onBeforeRedirect.addListener(onRedirect, filter);
    api.onErrorOccurred.addListener(onError, filter);
    api.onCompleted.addListener(onCompleted, filter);
    return {
      async trail(waitMs) {
        // The events travel apart from the fetch's own answer and may arrive just after it.
        let timer: ReturnType<typeof setTimeout> | undefined;
        await Promise.race([end, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
        clearTimeout(timer);
        return { hops: [...hops], failure };
      },
      stop() {
        api.onBeforeRedirect.removeListener(onRedirect);
        api.onErrorOccurred.removeListener(onError);
        api.onCompleted.removeListener(onCompleted);
      },
    };
  };
}
