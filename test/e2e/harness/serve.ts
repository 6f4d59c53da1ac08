import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveOnLoopback, type LoopbackServer } from '../../../scripts/lib/serve';
import { track, untrack } from './lifecycle';

export type TestServer = LoopbackServer;

/** A real HTTP server on 127.0.0.1 for feeds and fake APIs; `closeAll` closes it. */
export async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<TestServer> {
  const server = await serveOnLoopback(handler);
  const test: TestServer = {
    ...server,
    close: () => {
      untrack(test);
      return server.close();
    },
  };
  return track(test);
}
