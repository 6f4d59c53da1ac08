// Which renderer process runs a page, and keeping a pair of pages on one CPU.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

const BUSY_MS = 300;

/**
 * The renderer process of `page` (Linux: read from /proc), or null where that cannot be told.
 * Chromium keeps a spare renderer that the next page takes, so the process that appeared when
 * a page opened is not always its own. Instead the page keeps its main thread busy for a
 * moment, and of the renderers not `taken` by pages already found (call this as each page
 * opens, while the others are idle), the one whose main thread spent the most is the one.
 */
export async function rendererOf(page: Page, profileDir: string, taken: ReadonlySet<number>): Promise<number | null> {
  const before = mainThreadTimes(profileDir);
  await page.evaluate((ms) => {
    const until = performance.now() + ms;
    while (performance.now() < until);
  }, BUSY_MS);
  let best: [number, number] | null = null;
  for (const [pid, ticks] of mainThreadTimes(profileDir)) {
    const spent = ticks - (before.get(pid) ?? ticks);
    if (!taken.has(pid) && (!best || spent > best[1])) best = [pid, spent];
  }
  return best && best[1] > 0 ? best[0] : null;
}

/** Keeps every thread of `pid` on `cpu`; false where `taskset` (util-linux) is missing. */
export function pin(pid: number, cpu: number): boolean {
  try {
    execFileSync('taskset', ['--all-tasks', '--cpu-list', '--pid', String(cpu), String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Main-thread CPU time (clock ticks) of each renderer of the browser on `profileDir`. */
function mainThreadTimes(profileDir: string): Map<number, number> {
  const times = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return times;
  }
  for (const pid of pids) {
    try {
      // Chromium rewrites its command line as one string (its process title): split on spaces too.
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
      if (!args.includes('--type=renderer') || !args.includes(`--user-data-dir=${profileDir}`)) continue;
      // proc(5): after the command name in parentheses, utime and stime are fields 14 and 15.
      const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      times.set(Number(pid), Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended meanwhile.
    }
  }
  return times;
}
