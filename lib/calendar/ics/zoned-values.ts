// A DATE/DATE-TIME placed in the feed's zones (RFC 5545 §3.3.5: UTC, TZID or floating).
import type { ContentLine } from './content-line';
import type { Zone } from '../../time/wall-clock';
import { parseDuration, parseWallTime, type WallTime, type ZonedTime } from './date-values';
import { UTC_ZONE, type FeedZones } from './time-zones';

/** Why a time could not be placed exactly, for a warning. */
export interface ZoneProblem {
  tzid: string;
}

/**
 * Places a DATE/DATE-TIME of a property in its zone: `Z` → UTC; `TZID` → the feed's zone
 * (problem reported when unknown); floating and dates → the feed's floating zone.
 */
export function zoneOf(wall: WallTime, property: ContentLine, zones: FeedZones, problems: ZoneProblem[]): Zone {
  if (wall.utc) return UTC_ZONE;
  const tzid = property.params.TZID;
  if (tzid && !wall.date) {
    const lookup = zones.get(tzid);
    if (!lookup.known) problems.push({ tzid });
    return lookup.zone;
  }
  return zones.floating;
}

/** Reads a list value (EXDATE, RDATE): dates, date-times or periods (`start/end`, `start/PT1H`). */
export function parseTimeList(
  property: ContentLine,
  zones: FeedZones,
  problems: ZoneProblem[],
): { time: ZonedTime; end: number | null }[] | null {
  const out: { time: ZonedTime; end: number | null }[] = [];
  for (const item of property.value.split(',')) {
    if (item.trim() === '') continue;
    const [startText = '', endText] = item.split('/');
    const wall = parseWallTime(startText);
    if (!wall) return null;
    const zone = zoneOf(wall, property, zones, problems);
    const at = zone.toUtc(wall.local);
    let end: number | null = null;
    if (endText !== undefined) {
      const duration = parseDuration(endText);
      const endWall = duration === null ? parseWallTime(endText) : null;
      if (duration !== null) end = zone.toUtc(wall.local + duration);
      else if (endWall) end = zoneOf(endWall, property, zones, problems).toUtc(endWall.local);
      else return null;
    }
    out.push({ time: { ...wall, zone, at }, end });
  }
  return out;
}
