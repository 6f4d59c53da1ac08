import type { Validator } from '../store/validate';

/** What every source has, whatever its kind. */
export interface SourceBase {
  id: string;
  name: string;
  /** Every event here is a session with this therapist (id), or null: match by rules. */
  therapistId: string | null;
  /**
   * When the user added it (epoch ms). Sessions that ended before then are not the client's
   * to check in for: they are neither missed nor part of the attendance history.
   */
  addedAt?: number;
}

/** A stored source of a kind whose own fields are read by `F`. */
export type SourceWith<F> = SourceBase & { [P in keyof F]: F[P] extends Validator<infer T> ? T : never };

/**
 * What every context knows about a kind of source: its stored shape, how the list of calendars
 * describes a source, the permissions it needs. Light on purpose (every page and the calendar
 * add-on read sources); what syncs it is its descriptor (descriptor.ts), which only the
 * background bundles.
 */
export interface Kind<F, S = SourceWith<F>> {
  /** The fields a source of this kind stores beyond `SourceBase`, each with its schema. */
  fields: F;
  /**
   * The host permissions (match patterns) a source of this kind needs: asked in the click that
   * adds it, given back when it is removed and no other source needs them (DESIGN.md, privacy).
   */
  origins(source: S): string[];
  /** What the list of calendars says under a source's name, or null. */
  describe(source: S): string | null;
  /** Whether the client may say "every event is a session with …" of it. */
  assignable: boolean;
}

export function defineKind<F extends Record<string, Validator<unknown>>>(kind: Kind<F>): Kind<F> {
  return kind;
}
