// Golden fixtures: feeds as Google, Outlook/Exchange, Apple and Thunderbird
// write them, one per quirk family, each beside the occurrences a person should see
// (test/fixtures/ics/<name>.json, written by reasoning about the feed, not from the output).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toOccurrenceJson, type OccurrenceJson } from './occurrence-json';
import { parseFeed, type FeedWarning } from './parse-feed';

const DIR = new URL('../../../test/fixtures/ics/', import.meta.url);

interface Golden {
  window: { from: string; to: string };
  userTimeZone: string;
  maxOccurrences?: number;
  calendarName: string | null;
  occurrences: OccurrenceJson[];
  details?: {
    uid: string;
    recurrenceId: string | null;
    organizerEmail: string | null;
    videoUrl: string | null;
    description: string | null;
    location: string | null;
  }[];
  warnings: FeedWarning[];
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.ics'))
  .map((f) => f.slice(0, -4));

describe.each(fixtures)('%s.ics', (name) => {
  const golden = JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8')) as Golden;
  const parsed = parseFeed(readFileSync(new URL(`${name}.ics`, DIR), 'utf8'), {
    sourceId: 'golden',
    from: Date.parse(golden.window.from),
    to: Date.parse(golden.window.to),
    userTimeZone: golden.userTimeZone,
    ...(golden.maxOccurrences ? { maxOccurrences: golden.maxOccurrences } : {}),
  });

  it('yields the expected occurrences', () => {
    expect(parsed.appointments.map(toOccurrenceJson)).toEqual(golden.occurrences);
  });

  it('reports exactly the expected warnings, with their lines', () => {
    expect(parsed.warnings).toEqual(golden.warnings);
  });

  it('reads the calendar name and the details', () => {
    expect(parsed.calendarName).toBe(golden.calendarName);
    for (const detail of golden.details ?? []) {
      const found = parsed.appointments.find((a) => a.uid === detail.uid && a.recurrenceId === detail.recurrenceId);
      expect(found, `${detail.uid} ${detail.recurrenceId}`).toBeDefined();
      expect({
        organizerEmail: found?.organizerEmail ?? null,
        videoUrl: found?.videoUrl ?? null,
        description: found?.description ?? null,
        location: found?.location ?? null,
      }).toEqual({
        organizerEmail: detail.organizerEmail,
        videoUrl: detail.videoUrl,
        description: detail.description,
        location: detail.location,
      });
    }
  });
});
