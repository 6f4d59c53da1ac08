// The longest task running add-on code at the first render of a 500-chip month.
import type { ChromiumWithExtension as Extension } from '../lib/chromium';
import { serveCalendar } from '../lib/gcal-page';
import { FILLER, WITH, WITHOUT, ms, sessions, verdict } from './fixture';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: on a busy machine a task also waits for the CPU, which `dur` counts. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; stackTrace?: { url: string }[] } };
}

/** The longest main-thread tasks after navigation: all of them, and those running add-on code. */
export async function firstRender(ext: Extension): Promise<void> {
  const browser = ext.context.browser()!;
  const results: ReturnType<typeof longestTasks>[] = [];
  for (const origin of [WITHOUT, WITH, WITHOUT, WITH]) {
    const page = await ext.context.newPage();
    await serveCalendar(ext, { events: sessions.map((s) => s.page), filler: FILLER, churn: false }, [origin]);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(`${origin}/calendar/r`);
    await page.waitForTimeout(2_000);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    results.push(longestTasks(trace.traceEvents));
    await page.close();
  }
  const without = results.filter((_, i) => i % 2 === 0);
  const withAddon = results.filter((_, i) => i % 2 === 1);
  const worst = withAddon.reduce((a, b) => (b.addon > a.addon ? b : a));
  const worstCpu = Math.max(...withAddon.map((r) => r.addonCpu));
  console.log(`\nfirst render of a 500-chip month (2 runs each)`);
  console.log(
    `  longest task running add-on code: ${ms(worst.addon)} [${worst.what}] (target ≤ 16 ms: ${verdict(worst.addon <= 16)}); ` +
      `on the CPU (without waiting for it): ${ms(worstCpu)} ${verdict(worstCpu <= 16)}`,
  );
  console.log(
    `  longest task of the page: with the add-on ${withAddon.map((r) => ms(r.all)).join(', ')}; without ${without.map((r) => ms(r.all)).join(', ')}`,
  );
}

function longestTasks(events: TraceEvent[]): { all: number; addon: number; addonCpu: number; what: string } {
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  // Add-on code: script evaluation, timers, callbacks whose script is the extension's.
  const addonCode = onMain.filter((e) => {
    const data = e.args?.data;
    const url = data?.url ?? data?.stackTrace?.[0]?.url ?? '';
    return url.startsWith('chrome-extension://');
  });
  let all = 0;
  let longest: TraceEvent | null = null;
  let cpu = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    all = Math.max(all, task.dur!);
    const ours = addonCode.some((e) => e.tid === task.tid && e.pid === task.pid && e.ts >= task.ts && e.ts <= end);
    if (ours && task.dur! > (longest?.dur ?? 0)) longest = task;
    if (ours) cpu = Math.max(cpu, task.tdur ?? task.dur!);
  }
  // What the add-on's longest task spent its time on (the trace events inside it over 1 ms).
  const inside = longest
    ? onMain.filter(
        (e) =>
          e !== longest &&
          e.tid === longest.tid &&
          e.ts >= longest.ts &&
          e.ts < longest.ts + longest.dur! &&
          (e.dur ?? 0) > 1000,
      )
    : [];
  const what = inside
    .slice(0, 4)
    .map((e) => `${e.name} ${ms(e.dur! / 1000)}`)
    .join(', ');
  return { all: all / 1000, addon: (longest?.dur ?? 0) / 1000, addonCpu: cpu / 1000, what };
}
