// Time zones of a feed. A TZID is resolved as an IANA name, a Windows name, a path-like name
// or an Outlook display name; only a name that is none of these uses the feed's own VTIMEZONE
// (why: FeedZones). Nothing is ever left silently floating.
import { findIana } from 'windows-iana';
import { intlZone, wallToUtc, type Zone } from '../../time/wall-clock';
import { allZones, knownZone } from '../../time/zone';
import { readVtimezone, type ZoneDefinition } from './vtimezone';

export const UTC_ZONE: Zone = { id: 'UTC', toUtc: (local) => local };

/**
 * Resolves a TZID that has no VTIMEZONE: an IANA name (`Europe/Berlin`), a Windows name
 * (`W. Europe Standard Time`, via the CLDR map in windows-iana), a path-like name
 * (`/Europe/Stockholm`, `/mozilla.org/20050126_1/Europe/Berlin`), or an Outlook display
 * name (`(UTC+01:00) Amsterdam, Berlin, Bern`) by its first city. Null when none fits.
 */
export function resolveZoneName(tzid: string): string | null {
  const name = tzid.trim().replace(/^"|"$/g, '');
  const direct = knownZone(name);
  if (direct) return direct;
  const windows = findIana(name)[0];
  if (windows) return knownZone(windows) ?? windows;
  const segments = name.split('/').filter((s) => s.length > 0);
  for (let take = Math.min(3, segments.length); take >= 2; take--) {
    const candidate = knownZone(segments.slice(-take).join('/'));
    if (candidate) return candidate;
  }
  const cities = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[,;]/)
    .map((c) => c.trim().replace(/\s+/g, '_'));
  if (cities.some((c) => c.length > 2)) {
    for (const city of cities) {
      const zone = allZones().find((z) => z.toLowerCase().endsWith(`/${city.toLowerCase()}`));
      if (zone) return zone;
    }
  }
  return null;
}

/**
 * VTIMEZONE text → its definition. A feed is read again at every sync with the same
 * VTIMEZONEs: reading them once saves the work on each read.
 */
const definitions = new Map<string, ZoneDefinition | null>();

function definition(text: string): ZoneDefinition | null {
  let known = definitions.get(text);
  if (known === undefined) {
    known = readVtimezone(text);
    if (definitions.size > 100) definitions.clear();
    definitions.set(text, known);
  }
  return known;
}

/** The TZID of a VTIMEZONE text that cannot be read as a whole, for its fallback. */
function tzidOf(text: string): string | null {
  return /^TZID[^:]*:(.*)$/m.exec(text)?.[1]?.trim() || null;
}

/** What a TZID resolved to: `known: false` when the feed's zone could not be understood. */
export interface ZoneLookup {
  zone: Zone;
  known: boolean;
}

/**
 * The zones of one feed. VTIMEZONEs are registered before any time is read (STYLE.md: times
 * built before their zone is known silently become floating).
 */
export class FeedZones {
  readonly #defined = new Map<string, Zone>();
  readonly #resolved = new Map<string, ZoneLookup>();
  /** For floating times and dates: X-WR-TIMEZONE, else the user's zone. */
  readonly floating: Zone;

  /**
   * Which wins, a VTIMEZONE or the IANA zone of the same name: the IANA zone, whenever the
   * TZID (or the definition's X-LIC-LOCATION) names one, by its IANA, Windows or path-like
   * name. A feed's VTIMEZONE is a snapshot its producer wrote — often only the rule of the
   * year it was written, from 1601 or 1970 on (Outlook, Exchange), or rules that have since
   * changed (Europe/Moscow 2011, 2014) — while the IANA database holds the zone's whole history
   * and its future changes, and a TZID is an identifier of that zone (RFC 5545 §3.2.19; RFC
   * 7809 lets a feed omit the definition for that reason). The feed's own definition is used
   * for names that are no zone (`Customized Time Zone`). A definition that cannot be read
   * falls back to its name's IANA zone, else to UTC; `onBroken` hears of it either way.
   */
  constructor(options: {
    timeZones: { text: string; line: number }[];
    calendarZone: string | null;
    userTimeZone: string;
    onBroken: (line: number, tzid: string | null, fallback: string) => void;
  }) {
    const user = knownZone(options.userTimeZone) ?? 'UTC';
    const calendar = options.calendarZone ? resolveZoneName(options.calendarZone) : null;
    this.floating = zoneFor(calendar ?? user);
    for (const { text, line } of options.timeZones) {
      const defined = definition(text);
      if (!defined) {
        const tzid = tzidOf(text);
        const name = tzid ? resolveZoneName(tzid) : null;
        options.onBroken(line, tzid, name ?? 'UTC');
        if (tzid) this.#defined.set(tzid, name ? zoneFor(name) : UTC_ZONE);
        continue;
      }
      const { tzid, location, offset } = defined;
      const iana = resolveZoneName(tzid) ?? (location ? resolveZoneName(location) : null);
      this.#defined.set(
        tzid,
        iana ? zoneFor(iana) : { id: this.floating.id, toUtc: (local) => wallToUtc(local, offset) },
      );
    }
  }

  /** The zone of a TZID parameter. */
  get(tzid: string): ZoneLookup {
    let lookup = this.#resolved.get(tzid);
    if (!lookup) {
      const defined = this.#defined.get(tzid) ?? this.#defined.get(tzid.replace(/^"|"$/g, ''));
      const name = defined ? null : resolveZoneName(tzid);
      lookup = defined
        ? { zone: defined, known: true }
        : name
          ? { zone: zoneFor(name), known: true }
          : { zone: this.floating, known: false };
      this.#resolved.set(tzid, lookup);
    }
    return lookup;
  }
}

const zones = new Map<string, Zone>();

/** One shared Intl-backed zone per name, so its offset cache serves every feed. */
export function zoneFor(id: string): Zone {
  if (id === 'UTC' || id === 'Etc/UTC') return UTC_ZONE;
  let zone = zones.get(id);
  if (!zone) {
    zone = intlZone(id);
    zones.set(id, zone);
  }
  return zone;
}
