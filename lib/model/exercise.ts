/** One phase of a paced-breathing pattern, e.g. "Breathe in" for 4 seconds. */
export interface BreathPhase {
  kind: 'in' | 'out' | 'hold';
  label: string;
  seconds: number;
}

/** A short evidence-based practice to do between sessions (DESIGN.md, "Care"). */
export interface Exercise {
  id: string;
  title: string;
  /** What it helps with, in one plain sentence. */
  helpsWith: string;
  /** Focus tags it suits (see `FOCUS_TAGS`). */
  tags: string[];
  steps: string[];
  /** Typical duration in minutes. */
  minutes: number;
  /** Where it comes from; every built-in exercise names one. User-added ones may not. */
  source: { name: string; url: string } | null;
  /** A safety note the client reads before starting. */
  caution?: string;
  /** Paced-breathing exercises get a guided timer. */
  breathing?: BreathPhase[];
  /** Added by the client (given by their therapist), not built in. */
  custom?: boolean;
}

/** A practice the client marked done. */
export interface PracticeEntry {
  exerciseId: string;
  at: number;
}
