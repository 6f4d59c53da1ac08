// Keeps other processes on a shared machine from preempting the measured pages.
import { readFileSync, readdirSync } from 'node:fs';
import { setPriority } from 'node:os';

// Nice −15: the renderers run before ordinary work (nice 0) but below the kernel's own.
const PRIORITY = -15;

/**
 * Raises the scheduling priority of every thread of this browser's renderers (those started
 * with `profileDir`), so that a renderer mid-frame is rarely descheduled: each preemption
 * refills its caches afterwards, which counts as CPU time and varies with the machine's load.
 * All pages get the same priority, so the comparison stays fair. Linux only (it reads /proc);
 * needs the right to raise priorities. Returns a note when it could not, or null.
 */
export function raiseRendererPriority(profileDir: string): string | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((pid) => /^\d+$/.test(pid) && isRenderer(pid, profileDir));
  } catch {
    return 'renderer priority unchanged (no /proc): figures are noisier';
  }
  try {
    for (const pid of pids) for (const tid of readdirSync(`/proc/${pid}/task`)) setPriority(Number(tid), PRIORITY);
    return null;
  } catch (error) {
    return `renderer priority unchanged (${(error as NodeJS.ErrnoException).code ?? 'refused'}): figures are noisier`;
  }
}

function isRenderer(pid: string, profileDir: string): boolean {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return args.includes('--type=renderer') && args.some((a) => a.includes(profileDir));
  } catch {
    // The process ended meanwhile.
    return false;
  }
}
