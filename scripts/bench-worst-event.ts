// The worst single event of the ingest benchmark: each event of a feed read alone, and each of a
// set of rules that stall other engines (ical.js spends minutes and gigabytes on the first four).
import './lib/node-i18n';
import { parseFeed } from '../lib/calendar/ics/parse-feed';
import { BERLIN_VTIMEZONE, localStamp } from './lib/ics-parts';

const DAY = 86_400_000;

/** Rules that stall ical.js (a `next()` for minutes, gigabytes) or cost the most work to expand. */
export const HARD_RULES = [
  'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
  'FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30',
  'FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30',
  'FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=30',
  'FREQ=SECONDLY',
  'FREQ=SECONDLY;COUNT=900000000',
  'FREQ=SECONDLY;INTERVAL=7;BYMINUTE=1,31',
  'FREQ=MINUTELY;INTERVAL=13;BYHOUR=3;BYSECOND=1,2,3',
  'FREQ=YEARLY;BYWEEKNO=-1,1,20;BYDAY=MO,TU,WE,TH,FR,SA,SU;BYSETPOS=1,-1;BYHOUR=0,6,12,18;BYMINUTE=0,15,30,45',
  'FREQ=DAILY;BYMONTHDAY=29;BYMONTH=2;COUNT=500',
  'FREQ=YEARLY;BYYEARDAY=366;BYDAY=MO',
];

/** Each VEVENT of a feed as a feed of its own (the calendar's header and time zones kept). */
export function singleEventFeeds(text: string): { feed: string; first: string }[] {
  const head = text.slice(0, text.indexOf('BEGIN:VEVENT'));
  return [...text.matchAll(/BEGIN:VEVENT\r\n[\s\S]*?END:VEVENT\r\n/g)].map((m) => ({
    feed: `${head}${m[0]}END:VCALENDAR\r\n`,
    first: /RRULE:[^\r]*/.exec(m[0])?.[0] ?? /UID:[^\r]*/.exec(m[0])?.[0] ?? '',
  }));
}

/** The slowest single event (best of 3 reads of each of the 20 slowest): its time and what it is. */
export function worstSingleEvent(
  feeds: { feed: string; first: string }[],
  options: Parameters<typeof parseFeed>[1],
): { ms: number; what: string } {
  const time = (feed: string): number => {
    const t0 = performance.now();
    parseFeed(feed, options);
    return performance.now() - t0;
  };
  const once = feeds
    .map((f) => ({ ...f, ms: time(f.feed) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 20);
  const best = once
    .map((f) => ({ what: f.first, ms: Math.min(f.ms, time(f.feed), time(f.feed)) }))
    .sort((a, b) => b.ms - a.ms);
  return best[0] ?? { ms: Number.NaN, what: '' };
}

export function hardEventFeeds(now: number): { feed: string; first: string }[] {
  const start = localStamp(now - 7 * 365 * DAY);
  return HARD_RULES.map((rule) => ({
    first: `RRULE:${rule}`,
    feed: [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      ...BERLIN_VTIMEZONE,
      'BEGIN:VEVENT',
      'UID:hard',
      'SUMMARY:Hard rule',
      `DTSTART;TZID=Europe/Berlin:${start}`,
      'DURATION:PT50M',
      `RRULE:${rule}`,
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n'),
  }));
}
