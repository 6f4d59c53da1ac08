// Time zones of a feed (issue 3, item 2): the feed's own VTIMEZONE definitions first; a TZID
// without one is resolved as an IANA name, a Windows name, or a path-like name; nothing is
// ever left silently floating.
import ICAL from 'ical.js';
import { findIana } from 'windows-iana';
import { intlZone, wallToUtc, type Zone } from '../../time/wall-clock';


export const UTC_ZONE: Zone = { id: 'UTC', toUtc: (local) => local };

/** The canonical IANA name when the runtime knows `name`, else null. */
const canonical = new Map<string, string | null>();

export function ianaName(name: string): string | null {
  if (!name || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return null;
  let known = canonical.get(name);
  if (known === undefined) {
    try {
      known = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      known = null;
    }
    canonical.set(name, known);
  }
  return known;
}

let knownZones: string[] | null = null;

/**
 * Resolves a TZID that has no VTIMEZONE: an IANA name (`Europe/Berlin`), a Windows name
 * (`W. Europe Standard Time`, via the CLDR map in windows-iana), a path-like name
 * (`/Europe/Stockholm`, `/mozilla.org/20050126_1/Europe/Berlin`), or an Outlook display
 * name (`(UTC+01:00) Amsterdam, Berlin, Bern`) by its first city. Null when none fits.
 */
export function resolveZoneName(tzid: string): string | null {
  const name = tzid.trim().replace(/^"|"$/g, '');
  const direct = ianaName(name);
  if (direct) return direct;
  const windows = findIana(name)[0];
  if (windows) return ianaName(windows) ?? windows;
  const segments = name.split('/').filter((s) => s.length > 0);
  for (let take = Math.min(3, segments.length); take >= 2; take--) {
    const candidate = ianaName(segments.slice(-take).join('/'));
    if (candidate) return candidate;
  }
  const cities = name.replace(/\([^)]*\)/g, ' ').split(/[,;]/).map((c) => c.trim().replace(/\s+/g, '_'));
  if (cities.some((c) => c.length > 2)) {
    knownZones ??= Intl.supportedValuesOf('timeZone');
    for (const city of cities) {
      const zone = knownZones.find((z) => z.toLowerCase().endsWith(`/${city.toLowerCase()}`));
      if (zone) return zone;
    }
  }
  return null;
}

/** One entry of `ICAL.Timezone#changes`: a transition, its moment given in UTC fields. */
interface TzChange {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Seconds. */
  utcOffset: number;
  prevUtcOffset: number;
}

/**
 * A zone defined by the feed's VTIMEZONE. ical.js expands the definition into transitions
 * (its STANDARD/DAYLIGHT rules); we look offsets up in that table by binary search, which is
 * far cheaper than `Timezone#utcOffset` per time.
 */
function definedOffsets(timezone: ICAL.Timezone): (utc: number) => number {
  let coveredUntil = -Infinity;
  let moments: number[] = [];
  let offsets: number[] = [];
  let initial = 0;
  const cover = (year: number): void => {
    timezone._ensureCoverage(year);
    const changes = (timezone.changes as TzChange[]).filter((c) => Number.isFinite(c.utcOffset));
    moments = changes.map((c) => Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second));
    offsets = changes.map((c) => c.utcOffset * 1000);
    initial = (changes[0]?.prevUtcOffset ?? 0) * 1000;
    // ical.js expands at least five years past the year asked for.
    coveredUntil = Date.UTC(year + 4, 0, 1);
  };
  const offset = (utc: number): number => {
    if (utc > coveredUntil) cover(new Date(utc).getUTCFullYear() + 1);
    let low = 0;
    let high = moments.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((moments[mid] as number) <= utc) low = mid + 1;
      else high = mid;
    }
    return low === 0 ? initial : (offsets[low - 1] as number);
  };
  return offset;
}

interface Definition {
  tzid: string;
  location: string | null;
  offset: (utc: number) => number;
}

/**
 * VTIMEZONE text → its definition. A feed is read again at every sync with the same
 * VTIMEZONEs: expanding them once saves ical.js's work on each read.
 */
const definitions = new Map<string, Definition | null>();

function definition(text: string): Definition | null {
  let known = definitions.get(text);
  if (known === undefined) {
    known = null;
    try {
      const component = new ICAL.Component(ICAL.parse(text) as unknown[]);
      const tzid = component.getFirstPropertyValue('tzid');
      const location = component.getFirstPropertyValue('x-lic-location');
      if (typeof tzid === 'string' && tzid) {
        known = {
          tzid,
          location: typeof location === 'string' ? location : null,
          offset: definedOffsets(new ICAL.Timezone({ component, tzid })),
        };
      }
    } catch {
      known = null;
    }
    if (definitions.size > 100) definitions.clear();
    definitions.set(text, known);
  }
  return known;
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

  /** `onBroken` hears of each VTIMEZONE that cannot be read (its TZID then resolves by name). */
  constructor(options: {
    timeZones: { text: string; line: number }[];
    calendarZone: string | null;
    userTimeZone: string;
    onBroken: (line: number) => void;
  }) {
    const user = ianaName(options.userTimeZone) ?? 'UTC';
    const calendar = options.calendarZone ? resolveZoneName(options.calendarZone) : null;
    this.floating = zoneFor(calendar ?? user);
    for (const { text, line } of options.timeZones) {
      const defined = definition(text);
      if (!defined) {
        options.onBroken(line);
        continue;
      }
      const { tzid, location, offset } = defined;
      const id = resolveZoneName(tzid) ?? (location ? resolveZoneName(location) : null) ?? this.floating.id;
      this.#defined.set(tzid, { id, toUtc: (local) => wallToUtc(local, offset) });
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
