// The statistics of the churn benchmark: a median of paired ratios and how far to trust it.
import { median, pct } from './fixture';

/** A median and its 95 % confidence interval (a percentile bootstrap over the pairs). */
export interface Estimate {
  median: number;
  low: number;
  high: number;
}

const RESAMPLES = 2_000;

/**
 * The median of `ratios - 1` (each a pair measured side by side) with a bootstrap interval:
 * resampling the pairs shows how much the median would move on another run of the same length.
 * Seeded, so that a run's figures do not depend on the draw.
 */
export function pairedEstimate(ratios: number[]): Estimate {
  const changes = ratios.map((r) => r - 1);
  let seed = 0x2545f491;
  // mulberry32: a small, well-mixed PRNG; enough to pick indices.
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const medians = Array.from({ length: RESAMPLES }, () =>
    median(changes.map(() => changes[Math.floor(random() * changes.length)]!)),
  ).sort((a, b) => a - b);
  return {
    median: median(changes),
    low: medians[Math.floor(RESAMPLES * 0.025)]!,
    high: medians[Math.floor(RESAMPLES * 0.975)]!,
  };
}

export const interval = (e: Estimate) => `${signed(e.median)} [95 % CI ${signed(e.low)} … ${signed(e.high)}]`;

const signed = (x: number) => (x >= 0 ? `+${pct(x)}` : `−${pct(-x)}`);

/**
 * Met only when the whole interval is within the target, not met when all of it is above;
 * otherwise this run cannot tell (the machine was too noisy for its length) and says so.
 */
export function judge(e: Estimate, target: number): string {
  if (e.high <= target) return `≤ ${pct(target)}: met`;
  if (e.low > target) return `≤ ${pct(target)}: NOT MET`;
  return `≤ ${pct(target)}: cannot tell at this resolution`;
}
