// Ingestion benchmark: a generated 5,000-event feed (10% weekly recurring, with a VTIMEZONE)
// into the extension's window. Compares a bare `ICAL.parse` of the same text with the whole
// pipeline (`parseFeed`, fetch excluded), and finds the worst single event: each event of the
// feed, and each of a set of rules that stall other engines, read alone.
//
//   npx tsx scripts/bench-ingest.ts          (add `node --expose-gc --import tsx` for memory)
import './lib/node-i18n';
import ICAL from 'ical.js';
import { pathToFileURL } from 'node:url';
import { parseFeed } from '../lib/calendar/ics/parse-feed';
import { syncWindow } from '../lib/sources/sync-window';
import { hardEventFeeds, singleEventFeeds, worstSingleEvent } from './bench-worst-event';
import { BERLIN_VTIMEZONE, localStamp } from './lib/ics-parts';

const DAY = 86_400_000;
const RUNS = 15;

/**
 * A Google-like export of a calendar used for years: 5,000 events spread from three years ago
 * to a year ahead, one in ten a weekly series (some endless, some with COUNT or UNTIL).
 */
export function generateFeed(now: number, events = 5000): string {
  let seed = 42;
  const random = (): number => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Session Keeper//bench//EN',
    'CALSCALE:GREGORIAN',
    'X-WR-CALNAME:Bench',
    'X-WR-TIMEZONE:Europe/Berlin',
    ...BERLIN_VTIMEZONE,
  ];
  const first = now - 3 * 365 * DAY;
  const span = 4 * 365 * DAY;
  for (let i = 0; i < events; i++) {
    const day = Math.floor((first + random() * span) / DAY) * DAY;
    const start = day + (8 + Math.floor(random() * 10)) * 3_600_000 + (random() < 0.5 ? 0 : 1_800_000);
    const end = start + (random() < 0.7 ? 50 : 90) * 60_000;
    lines.push(
      'BEGIN:VEVENT',
      `DTSTART;TZID=Europe/Berlin:${localStamp(start)}`,
      `DTEND;TZID=Europe/Berlin:${localStamp(end)}`,
      `DTSTAMP:${localStamp(now)}Z`,
      `UID:bench-${i}-${Math.floor(random() * 1e9).toString(36)}@example.com`,
      `CREATED:${localStamp(start - 30 * DAY)}Z`,
      `LAST-MODIFIED:${localStamp(start - 20 * DAY)}Z`,
      `DESCRIPTION:Session ${i} with notes\\, a comma and a link https://example.com/notes/${i}`,
      `LOCATION:Room ${i % 12}\\, Main Street 1`,
      'SEQUENCE:0',
      'STATUS:CONFIRMED',
      `SUMMARY:Therapy session ${i}`,
      'TRANSP:OPAQUE',
    );
    if (i % 10 === 0) {
      const kind = i % 30;
      lines.push(
        kind === 0
          ? 'RRULE:FREQ=WEEKLY;COUNT=30'
          : kind === 10
            ? `RRULE:FREQ=WEEKLY;UNTIL=${localStamp(start + 200 * DAY)}Z;BYDAY=MO,TH`
            : 'RRULE:FREQ=WEEKLY',
      );
    }
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'TRIGGER:-PT10M', 'END:VALARM', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Median wall time (ms) and largest heap growth (MB) of each task. The tasks take turns, run
 * after run, so that load from other processes weighs on them alike. `afterGc`: a full
 * collection before each run, for the heap growth (times then include re-growing the heap,
 * which weighs on many small allocations more than on a few large ones).
 */
function measure(
  tasks: Record<string, () => unknown>,
  runs = RUNS,
  afterGc = false,
): Record<string, { ms: number; cpuMs: number; heapMb: number }> {
  const times: Record<string, number[]> = {};
  const cpu: Record<string, number[]> = {};
  const heaps: Record<string, number> = {};
  for (const [name, run] of Object.entries(tasks)) {
    run(); // warm-up: JIT and ical.js's lazy tables
    times[name] = [];
    cpu[name] = [];
    heaps[name] = 0;
  }
  for (let i = 0; i < runs; i++) {
    for (const [name, run] of Object.entries(tasks)) {
      if (afterGc) collect();
      const before = process.memoryUsage().heapUsed;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      const kept = run();
      times[name]?.push(performance.now() - t0);
      const used = process.cpuUsage(cpu0);
      cpu[name]?.push((used.user + used.system) / 1000);
      heaps[name] = Math.max(heaps[name] ?? 0, process.memoryUsage().heapUsed - before);
      if (kept === undefined) throw new Error('unreachable');
    }
  }
  return Object.fromEntries(
    Object.keys(tasks).map((name) => [
      name,
      { ms: median(times[name] ?? []), cpuMs: median(cpu[name] ?? []), heapMb: (heaps[name] ?? 0) / 1_048_576 },
    ]),
  );
}

/** The naive pipeline: an ICAL.Event for every component, every series expanded. */
function naivePipeline(text: string, from: number, to: number): number {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  let count = 0;
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    if (!event.isRecurring()) {
      if (event.endDate.toJSDate().getTime() > from && event.startDate.toJSDate().getTime() < to) count++;
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const at = next.toJSDate().getTime();
      if (at >= to) break;
      if (at >= from) count++;
    }
  }
  return count;
}

export async function benchIngest(): Promise<Record<string, string | number>> {
  const now = Date.now();
  const text = generateFeed(now);
  const options = { sourceId: 'bench', ...syncWindow(now), userTimeZone: 'Europe/Berlin' };
  const both = { bare: () => ICAL.parse(text), pipeline: () => parseFeed(text, options) };
  const { bare, pipeline } = measure(both);
  const { bare: bareGc, pipeline: pipelineGc } = measure(both, RUNS, true);
  const { naive } = measure({ naive: () => naivePipeline(text, options.from, options.to) }, 3);
  if (!bare || !pipeline || !naive || !bareGc || !pipelineGc) throw new Error('unreachable');
  const { appointments, warnings } = parseFeed(text, options);
  const worstOfFeed = worstSingleEvent(singleEventFeeds(text), options);
  const worstHard = worstSingleEvent(hardEventFeeds(now), options);
  const round = (n: number): number => Math.round(n * 10) / 10;
  const figures: Record<string, string | number> = {
    'ingest: feed size (KB)': Math.round(text.length / 1024),
    'ingest: appointments in window': appointments.length,
    'ingest: warnings': warnings.length,
    'ingest: bare ICAL.parse (ms, median)': round(bare.ms),
    'ingest: whole pipeline (ms, median)': round(pipeline.ms),
    'ingest: pipeline / bare parse': Math.round((pipeline.ms / bare.ms) * 100) / 100,
    // CPU time is steadier than wall time on a busy machine (it does not count waiting for a core).
    'ingest: bare ICAL.parse (CPU ms, median)': round(bare.cpuMs),
    'ingest: whole pipeline (CPU ms, median)': round(pipeline.cpuMs),
    'ingest: pipeline / bare parse (CPU)': Math.round((pipeline.cpuMs / bare.cpuMs) * 100) / 100,
    'ingest: pipeline / bare parse (CPU, each run after a full GC)':
      Math.round((pipelineGc.cpuMs / bareGc.cpuMs) * 100) / 100,
    'ingest: naive pipeline (ms, median of 3)': round(naive.ms),
    'ingest: naive / bare parse': Math.round((naive.ms / bare.ms) * 100) / 100,
    'ingest: peak heap, bare parse (MB)': round(bareGc.heapMb),
    'ingest: peak heap, pipeline (MB)': round(pipelineGc.heapMb),
    'ingest: worst single event of the feed (ms, read alone)': `${worstOfFeed.ms.toFixed(2)} (${worstOfFeed.what})`,
    'ingest: worst single event of the hard rules (ms, read alone, target ≤ 50)': `${worstHard.ms.toFixed(1)} (${worstHard.what})`,
    'ingest: heap measured with gc':
      typeof (globalThis as { gc?: unknown }).gc === 'function' ? 'yes' : 'no (run node --expose-gc)',
  };
  for (const [name, value] of Object.entries(figures)) console.log(`${name}: ${value}`);
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await benchIngest();
}
