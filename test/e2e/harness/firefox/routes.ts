import type { Browser } from 'puppeteer-core';
import type { Fulfil } from '../types';
import { bidi } from './chrome-scope';

interface BlockedRequest {
  isBlocked?: boolean;
  intercepts?: string[];
  request: { request: string; url: string };
}

/**
 * Answers requests whose URL starts with a prefix, in every tab (those the extension opens
 * too), through WebDriver BiDi's network interception: `network.addIntercept` per host, then
 * `network.provideResponse` or `network.continueRequest` for each blocked request.
 */
export class FirefoxRoutes {
  readonly #routes: { prefix: string; fulfil: Fulfil }[] = [];
  readonly #intercepts = new Set<string>();
  #listening = false;

  constructor(private readonly firefox: Browser) {}

  async add(prefix: string, fulfil: Fulfil): Promise<void> {
    const connection = bidi(this.firefox);
    this.#routes.unshift({ prefix, fulfil });
    if (!this.#listening) {
      this.#listening = true;
      connection.on('network.beforeRequestSent', (event) => void this.#answer(event as BlockedRequest));
      await connection.send('session.subscribe', { events: ['network.beforeRequestSent'] });
    }
    const url = new URL(prefix);
    const { result } = await connection.send('network.addIntercept', {
      phases: ['beforeRequestSent'],
      urlPatterns: [{ type: 'pattern', protocol: url.protocol.slice(0, -1), hostname: url.hostname }],
    });
    this.#intercepts.add((result as { intercept: string }).intercept);
  }

  async #answer(event: BlockedRequest): Promise<void> {
    if (!event.isBlocked || !event.intercepts?.some((id) => this.#intercepts.has(id))) return;
    const connection = bidi(this.firefox);
    const { request, url } = event.request;
    const route = this.#routes.find((r) => url.startsWith(r.prefix));
    if (!route) {
      await connection.send('network.continueRequest', { request }).catch(() => {});
      return;
    }
    await connection
      .send('network.provideResponse', {
        request,
        statusCode: route.fulfil.status ?? 200,
        reasonPhrase: 'OK',
        headers: [{ name: 'content-type', value: { type: 'string', value: route.fulfil.contentType } }],
        body: { type: 'string', value: route.fulfil.body },
      })
      .catch(() => {});
  }
}
