// Instant → wall-clock reading in a Zone that only knows wall → instant (wall-clock.ts), by
// fixed-point steps: three suffice, since offsets change by at most a few hours at a time.
import type { Zone } from './wall-clock';

export function wallOf(zone: Zone, at: number): number {
  let local = at;
  for (let i = 0; i < 3; i++) {
    const error = at - zone.toUtc(local);
    if (error === 0) return local;
    local += error;
  }
  return local;
}
