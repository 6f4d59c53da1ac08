import type { CDPSession, Page } from 'playwright-core';
import type { WriteName } from '../../lib/store/writes';

type Outcome = { ok: true; value: unknown } | { ok: false; error: string } | undefined;

/**
 * Sends a `write` message from an extension page, as the page's own `write()` does
 * (lib/store/client.ts), at the wall-clock instant `at` so that writes from several pages
 * leave at the same moment. Throws the background's words when the change failed.
 */
export async function writeFrom(page: Page, name: WriteName, args: unknown[], at = Date.now()): Promise<unknown> {
  const outcome = (await page.evaluate(
    async ({ message, at }) => {
      await new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())));
      return chrome.runtime.sendMessage(message);
    },
    { message: { type: 'write', data: { name, args } }, at },
  )) as Outcome;
  if (!outcome?.ok) throw new Error(`${name} failed: ${outcome ? outcome.error : 'no answer'}`);
  return outcome.value;
}

/**
 * The calendar add-on's own world on a page (the content script's isolated context): what is
 * evaluated there runs with the add-on's `chrome.runtime`, as its code does.
 */
export class AddonWorld {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly contextId: number,
  ) {}

  /** Waits for the content script of `extensionId` to run on `page` (start listening before `goto`). */
  static async attach(page: Page, extensionId: string, timeout = 10_000): Promise<{ ready: Promise<AddonWorld> }> {
    const cdp = await page.context().newCDPSession(page);
    const ready = new Promise<AddonWorld>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The calendar add-on did not run on the page.')), timeout);
      cdp.on('Runtime.executionContextCreated', ({ context }) => {
        const aux = context.auxData as { type?: string } | undefined;
        if (aux?.type === 'isolated' && context.origin === `chrome-extension://${extensionId}`) {
          clearTimeout(timer);
          resolve(new AddonWorld(cdp, context.id));
        }
      });
    });
    await cdp.send('Runtime.enable');
    return { ready };
  }

  /** Sends a `write` message from the add-on at `at`, as `write('checkIn', …)` there does. */
  async write(name: WriteName, args: unknown[], at = Date.now()): Promise<unknown> {
    const message = JSON.stringify({ type: 'write', data: { name, args } });
    const { result, exceptionDetails } = await this.cdp.send('Runtime.evaluate', {
      contextId: this.contextId,
      awaitPromise: true,
      returnByValue: true,
      expression: `(async () => { await new Promise((r) => setTimeout(r, Math.max(0, ${at} - Date.now()))); return chrome.runtime.sendMessage(${message}); })()`,
    });
    if (exceptionDetails) throw new Error(`The add-on could not send ${name}: ${exceptionDetails.text}`);
    const outcome = result.value as Outcome;
    if (!outcome?.ok) throw new Error(`${name} failed: ${outcome ? outcome.error : 'no answer'}`);
    return outcome.value;
  }
}

const stamp = (t: number) =>
  new Date(t)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** A feed of `count` one-hour events, one every `everyMinutes` from `from`, titled `title`. */
export function manyEvents(count: number, from: number, everyMinutes: number, title = 'Busy'): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Session Keeper tests//EN'];
  for (let i = 0; i < count; i++) {
    const start = from + i * everyMinutes * 60_000;
    lines.push(
      'BEGIN:VEVENT',
      `UID:e${i}@big`,
      `DTSTAMP:${stamp(from)}`,
      `DTSTART:${stamp(start)}`,
      `DTEND:${stamp(start + 3_600_000)}`,
      `SUMMARY:${title} ${i}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}

/** `bytes` of junk between BEGIN/END:VCALENDAR (binary-looking text, no events). */
export function junkFeed(bytes: number): string {
  const chunk = Array.from({ length: 1024 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('');
  const body: string[] = [];
  for (let n = 0; n < bytes; n += 1026) body.push(chunk);
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${body.join('\r\n')}\r\nEND:VCALENDAR\r\n`;
}
