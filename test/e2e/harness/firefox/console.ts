import type { Readable } from 'node:stream';

/** Firefox's own components that log through the console. */
const FIREFOX_OWN = ['RSLoader', 'ExperimentAPI'];

/**
 * What Firefox prints about errors in the extension's pages, its background and its content
 * script. With `devtools.console.stdout.content` the console of pages goes to the browser
 * process's output: `console.error: …` lines, and `JavaScript error: moz-extension://…` for
 * uncaught errors. The pages in these tests are all the extension's or the tests' own.
 */
export function isExtensionError(line: string): boolean {
  // Firefox's own components log errors when they cannot reach their (real) servers, which
  // these tests keep offline: Remote Settings and the experiments (Nimbus) client.
  if (FIREFOX_OWN.some((name) => line.startsWith(`console.error: ${name}:`))) return false;
  return /^console\.error: /.test(line) || (/moz-extension:\/\//.test(line) && /error/i.test(line));
}

/** Collects the error lines of the streams (stdout and stderr of the browser process). */
export class ConsoleErrors {
  readonly lines: string[] = [];

  watch(stream: Readable | null | undefined): void {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const text = rest + chunk.toString('utf8');
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (isExtensionError(line)) this.lines.push(line);
    });
  }
}
