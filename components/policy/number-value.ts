/** The number a number input holds, or `fallback` when it is empty, not a number or negative. */
export function numberValue(e: Event, fallback: number): number {
  const v = (e.currentTarget as HTMLInputElement).valueAsNumber;
  return Number.isFinite(v) && v >= 0 ? v : fallback;
}
