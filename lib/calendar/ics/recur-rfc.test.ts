// Every recurrence example of RFC 5545 §3.8.5.3 (and §3.3.10's), read through parseFeed as a
// feed would carry it: DTSTART in America/New_York, the rule, the instances the RFC lists
// (as local New York times). Each runs in a window over the whole listed set, and in a window
// that starts inside the series (COUNT still counts from DTSTART there).
import { describe, expect, it } from 'vitest';
import { parseFeed } from './parse-feed';

const ZONE = 'America/New_York';

/** `'1997-09', [2, 4]` → ['1997-09-02 09:00', '1997-09-04 09:00'] (times default to 09:00). */
function on(month: string, days: (number | string)[], time = '09:00'): string[] {
  return days.map((d) => (typeof d === 'string' ? `${month}-${d}` : `${month}-${String(d).padStart(2, '0')} ${time}`));
}
function range(first: number, last: number, by = 1): number[] {
  return Array.from({ length: Math.floor((last - first) / by) + 1 }, (_, i) => first + i * by);
}
function times(day: string, list: string[]): string[] {
  return list.map((t) => `${day} ${t}`);
}
const twentyMinutes = range(9, 16).flatMap((h) => ['00', '20', '40'].map((m) => `${String(h).padStart(2, '0')}:${m}`));

interface Example {
  name: string;
  dtstart: string;
  rule: string;
  exdate?: string;
  expected: string[];
}

const EXAMPLES: Example[] = [
  {
    name: 'Daily for 10 occurrences',
    dtstart: '19970902T090000',
    rule: 'FREQ=DAILY;COUNT=10',
    expected: on('1997-09', range(2, 11)),
  },
  {
    name: 'Daily until December 24, 1997',
    dtstart: '19970902T090000',
    rule: 'FREQ=DAILY;UNTIL=19971224T000000Z',
    expected: [
      ...on('1997-09', range(2, 30)),
      ...on('1997-10', range(1, 31)),
      ...on('1997-11', range(1, 30)),
      ...on('1997-12', range(1, 23)),
    ],
  },
  {
    name: 'Every other day - forever',
    dtstart: '19970902T090000',
    rule: 'FREQ=DAILY;INTERVAL=2',
    expected: [
      ...on('1997-09', range(2, 30, 2)),
      ...on('1997-10', range(2, 30, 2)),
      ...on('1997-11', range(1, 29, 2)),
      ...on('1997-12', range(1, 31, 2)),
    ],
  },
  {
    name: 'Every 10 days, 5 occurrences',
    dtstart: '19970902T090000',
    rule: 'FREQ=DAILY;INTERVAL=10;COUNT=5',
    expected: [...on('1997-09', [2, 12, 22]), ...on('1997-10', [2, 12])],
  },
  {
    name: 'Every day in January, for 3 years (yearly)',
    dtstart: '19980101T090000',
    rule: 'FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA',
    expected: ['1998-01', '1999-01', '2000-01'].flatMap((m) => on(m, range(1, 31))),
  },
  {
    name: 'Every day in January, for 3 years (daily)',
    dtstart: '19980101T090000',
    rule: 'FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1',
    expected: ['1998-01', '1999-01', '2000-01'].flatMap((m) => on(m, range(1, 31))),
  },
  {
    name: 'Weekly for 10 occurrences',
    dtstart: '19970902T090000',
    rule: 'FREQ=WEEKLY;COUNT=10',
    expected: [...on('1997-09', [2, 9, 16, 23, 30]), ...on('1997-10', [7, 14, 21, 28]), ...on('1997-11', [4])],
  },
  {
    name: 'Weekly until December 24, 1997',
    dtstart: '19970902T090000',
    rule: 'FREQ=WEEKLY;UNTIL=19971224T000000Z',
    expected: [
      ...on('1997-09', [2, 9, 16, 23, 30]),
      ...on('1997-10', [7, 14, 21, 28]),
      ...on('1997-11', [4, 11, 18, 25]),
      ...on('1997-12', [2, 9, 16, 23]),
    ],
  },
  {
    name: 'Every other week - forever',
    dtstart: '19970902T090000',
    rule: 'FREQ=WEEKLY;INTERVAL=2;WKST=SU',
    expected: [
      ...on('1997-09', [2, 16, 30]),
      ...on('1997-10', [14, 28]),
      ...on('1997-11', [11, 25]),
      ...on('1997-12', [9, 23]),
      ...on('1998-01', [6, 20]),
      ...on('1998-02', [3, 17]),
    ],
  },
  {
    name: 'Weekly on Tuesday and Thursday for five weeks (UNTIL)',
    dtstart: '19970902T090000',
    rule: 'FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH',
    expected: [...on('1997-09', [2, 4, 9, 11, 16, 18, 23, 25, 30]), ...on('1997-10', [2])],
  },
  {
    name: 'Weekly on Tuesday and Thursday for five weeks (COUNT)',
    dtstart: '19970902T090000',
    rule: 'FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH',
    expected: [...on('1997-09', [2, 4, 9, 11, 16, 18, 23, 25, 30]), ...on('1997-10', [2])],
  },
  {
    name: 'Every other week on Monday, Wednesday and Friday until December 24, 1997',
    dtstart: '19970901T090000',
    rule: 'FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR',
    expected: [
      ...on('1997-09', [1, 3, 5, 15, 17, 19, 29]),
      ...on('1997-10', [1, 3, 13, 15, 17, 27, 29, 31]),
      ...on('1997-11', [10, 12, 14, 24, 26, 28]),
      ...on('1997-12', [8, 10, 12, 22]),
    ],
  },
  {
    name: 'Every other week on Tuesday and Thursday, for 8 occurrences',
    dtstart: '19970902T090000',
    rule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH',
    expected: [...on('1997-09', [2, 4, 16, 18, 30]), ...on('1997-10', [2, 14, 16])],
  },
  {
    name: 'Monthly on the first Friday for 10 occurrences',
    dtstart: '19970905T090000',
    rule: 'FREQ=MONTHLY;COUNT=10;BYDAY=1FR',
    expected: [
      ...on('1997-09', [5]),
      ...on('1997-10', [3]),
      ...on('1997-11', [7]),
      ...on('1997-12', [5]),
      ...on('1998-01', [2]),
      ...on('1998-02', [6]),
      ...on('1998-03', [6]),
      ...on('1998-04', [3]),
      ...on('1998-05', [1]),
      ...on('1998-06', [5]),
    ],
  },
  {
    name: 'Monthly on the first Friday until December 24, 1997',
    dtstart: '19970905T090000',
    rule: 'FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR',
    expected: [...on('1997-09', [5]), ...on('1997-10', [3]), ...on('1997-11', [7]), ...on('1997-12', [5])],
  },
  {
    name: 'Every other month on the first and last Sunday for 10 occurrences',
    dtstart: '19970907T090000',
    rule: 'FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU',
    expected: [
      ...on('1997-09', [7, 28]),
      ...on('1997-11', [2, 30]),
      ...on('1998-01', [4, 25]),
      ...on('1998-03', [1, 29]),
      ...on('1998-05', [3, 31]),
    ],
  },
  {
    name: 'Monthly on the second-to-last Monday for 6 months',
    dtstart: '19970922T090000',
    rule: 'FREQ=MONTHLY;COUNT=6;BYDAY=-2MO',
    expected: [
      ...on('1997-09', [22]),
      ...on('1997-10', [20]),
      ...on('1997-11', [17]),
      ...on('1997-12', [22]),
      ...on('1998-01', [19]),
      ...on('1998-02', [16]),
    ],
  },
  {
    name: 'Monthly on the third-to-the-last day of the month, forever',
    dtstart: '19970928T090000',
    rule: 'FREQ=MONTHLY;BYMONTHDAY=-3',
    expected: [
      ...on('1997-09', [28]),
      ...on('1997-10', [29]),
      ...on('1997-11', [28]),
      ...on('1997-12', [29]),
      ...on('1998-01', [29]),
      ...on('1998-02', [26]),
    ],
  },
  {
    name: 'Monthly on the 2nd and 15th for 10 occurrences',
    dtstart: '19970902T090000',
    rule: 'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15',
    expected: ['1997-09', '1997-10', '1997-11', '1997-12', '1998-01'].flatMap((m) => on(m, [2, 15])),
  },
  {
    name: 'Monthly on the first and last day for 10 occurrences',
    dtstart: '19970930T090000',
    rule: 'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1',
    expected: [
      ...on('1997-09', [30]),
      ...on('1997-10', [1, 31]),
      ...on('1997-11', [1, 30]),
      ...on('1997-12', [1, 31]),
      ...on('1998-01', [1, 31]),
      ...on('1998-02', [1]),
    ],
  },
  {
    name: 'Every 18 months on the 10th thru 15th for 10 occurrences',
    dtstart: '19970910T090000',
    rule: 'FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15',
    expected: [...on('1997-09', range(10, 15)), ...on('1999-03', range(10, 13))],
  },
  {
    name: 'Every Tuesday, every other month',
    dtstart: '19970902T090000',
    rule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=TU',
    expected: [
      ...on('1997-09', [2, 9, 16, 23, 30]),
      ...on('1997-11', [4, 11, 18, 25]),
      ...on('1998-01', [6, 13, 20, 27]),
      ...on('1998-03', [3, 10, 17, 24, 31]),
    ],
  },
  {
    name: 'Yearly in June and July for 10 occurrences',
    dtstart: '19970610T090000',
    rule: 'FREQ=YEARLY;COUNT=10;BYMONTH=6,7',
    expected: range(1997, 2001).flatMap((y) => [...on(`${y}-06`, [10]), ...on(`${y}-07`, [10])]),
  },
  {
    name: 'Every other year on January, February and March for 10 occurrences',
    dtstart: '19970310T090000',
    rule: 'FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3',
    expected: [
      ...on('1997-03', [10]),
      ...[1999, 2001, 2003].flatMap((y) => [...on(`${y}-01`, [10]), ...on(`${y}-02`, [10]), ...on(`${y}-03`, [10])]),
    ],
  },
  {
    name: 'Every third year on the 1st, 100th and 200th day for 10 occurrences',
    dtstart: '19970101T090000',
    rule: 'FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200',
    expected: [
      ...on('1997-01', [1]),
      ...on('1997-04', [10]),
      ...on('1997-07', [19]),
      ...on('2000-01', [1]),
      ...on('2000-04', [9]),
      ...on('2000-07', [18]),
      ...on('2003-01', [1]),
      ...on('2003-04', [10]),
      ...on('2003-07', [19]),
      ...on('2006-01', [1]),
    ],
  },
  // The ordinal counts within the year when there is no BYMONTH (RFC 5545 erratum 1913).
  {
    name: 'Every 20th Monday of the year, forever',
    dtstart: '19970519T090000',
    rule: 'FREQ=YEARLY;BYDAY=20MO',
    expected: [...on('1997-05', [19]), ...on('1998-05', [18]), ...on('1999-05', [17])],
  },
  {
    name: 'Monday of week number 20, forever',
    dtstart: '19970512T090000',
    rule: 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO',
    expected: [...on('1997-05', [12]), ...on('1998-05', [11]), ...on('1999-05', [17])],
  },
  {
    name: 'Every Thursday in March, forever',
    dtstart: '19970313T090000',
    rule: 'FREQ=YEARLY;BYMONTH=3;BYDAY=TH',
    expected: [...on('1997-03', [13, 20, 27]), ...on('1998-03', [5, 12, 19, 26]), ...on('1999-03', [4, 11, 18, 25])],
  },
  {
    name: 'Every Thursday, but only during June, July and August, forever',
    dtstart: '19970605T090000',
    rule: 'FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8',
    expected: [
      ...on('1997-06', [5, 12, 19, 26]),
      ...on('1997-07', [3, 10, 17, 24, 31]),
      ...on('1997-08', [7, 14, 21, 28]),
      ...on('1998-06', [4, 11, 18, 25]),
      ...on('1998-07', [2, 9, 16, 23, 30]),
      ...on('1998-08', [6, 13, 20, 27]),
      ...on('1999-06', [3, 10, 17, 24]),
      ...on('1999-07', [1, 8, 15, 22, 29]),
      ...on('1999-08', [5, 12, 19, 26]),
    ],
  },
  {
    name: 'Every Friday the 13th, forever',
    dtstart: '19970902T090000',
    exdate: '19970902T090000',
    rule: 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
    expected: [
      ...on('1998-02', [13]),
      ...on('1998-03', [13]),
      ...on('1998-11', [13]),
      ...on('1999-08', [13]),
      ...on('2000-10', [13]),
    ],
  },
  {
    name: 'The first Saturday that follows the first Sunday of the month, forever',
    dtstart: '19970913T090000',
    rule: 'FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13',
    expected: [
      ...on('1997-09', [13]),
      ...on('1997-10', [11]),
      ...on('1997-11', [8]),
      ...on('1997-12', [13]),
      ...on('1998-01', [10]),
      ...on('1998-02', [7]),
      ...on('1998-03', [7]),
      ...on('1998-04', [11]),
      ...on('1998-05', [9]),
      ...on('1998-06', [13]),
    ],
  },
  {
    name: 'U.S. Presidential Election day',
    dtstart: '19961105T090000',
    rule: 'FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8',
    expected: [...on('1996-11', [5]), ...on('2000-11', [7]), ...on('2004-11', [2])],
  },
  {
    name: 'The third instance of Tuesday, Wednesday or Thursday, for the next 3 months',
    dtstart: '19970904T090000',
    rule: 'FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3',
    expected: [...on('1997-09', [4]), ...on('1997-10', [7]), ...on('1997-11', [6])],
  },
  {
    name: 'The second-to-last weekday of the month',
    dtstart: '19970929T090000',
    rule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2',
    expected: [
      ...on('1997-09', [29]),
      ...on('1997-10', [30]),
      ...on('1997-11', [27]),
      ...on('1997-12', [30]),
      ...on('1998-01', [29]),
      ...on('1998-02', [26]),
      ...on('1998-03', [30]),
    ],
  },
  // The RFC lists 15:00 too, but its UNTIL (17:00Z) is 13:00 EDT: by the rule's own words the series ends at 12:00.
  {
    name: 'Every 3 hours from 9:00 AM to 5:00 PM on a specific day (UNTIL as written)',
    dtstart: '19970902T090000',
    rule: 'FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z',
    expected: times('1997-09-02', ['09:00', '12:00']),
  },
  {
    name: 'Every 3 hours from 9:00 AM to 5:00 PM on a specific day (UNTIL at 5 PM EDT)',
    dtstart: '19970902T090000',
    rule: 'FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T210000Z',
    expected: times('1997-09-02', ['09:00', '12:00', '15:00']),
  },
  {
    name: 'Every 15 minutes for 6 occurrences',
    dtstart: '19970902T090000',
    rule: 'FREQ=MINUTELY;INTERVAL=15;COUNT=6',
    expected: times('1997-09-02', ['09:00', '09:15', '09:30', '09:45', '10:00', '10:15']),
  },
  {
    name: 'Every hour and a half for 4 occurrences',
    dtstart: '19970902T090000',
    rule: 'FREQ=MINUTELY;INTERVAL=90;COUNT=4',
    expected: times('1997-09-02', ['09:00', '10:30', '12:00', '13:30']),
  },
  {
    name: 'Every 20 minutes from 9:00 AM to 4:40 PM every day (daily)',
    dtstart: '19970902T090000',
    rule: 'FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40',
    expected: [...times('1997-09-02', twentyMinutes), ...times('1997-09-03', twentyMinutes)],
  },
  {
    name: 'Every 20 minutes from 9:00 AM to 4:40 PM every day (minutely)',
    dtstart: '19970902T090000',
    rule: 'FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16',
    expected: [...times('1997-09-02', twentyMinutes), ...times('1997-09-03', twentyMinutes)],
  },
  {
    name: 'The days generated depend on WKST (MO)',
    dtstart: '19970805T090000',
    rule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO',
    expected: on('1997-08', [5, 10, 19, 24]),
  },
  {
    name: 'The days generated depend on WKST (SU)',
    dtstart: '19970805T090000',
    rule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU',
    expected: on('1997-08', [5, 17, 19, 31]),
  },
  {
    name: 'An invalid date (February 30) is ignored and not counted',
    dtstart: '20070115T090000',
    rule: 'FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5',
    expected: [...on('2007-01', [15, 30]), ...on('2007-02', [15]), ...on('2007-03', [15, 30])],
  },
  // §3.3.10's own examples.
  {
    name: '§3.3.10: every other day, 10 times',
    dtstart: '19970902T090000',
    rule: 'FREQ=DAILY;COUNT=10;INTERVAL=2',
    expected: on('1997-09', range(2, 20, 2)),
  },
  {
    name: '§3.3.10: every Sunday in January at 8:30 and 9:30, every other year',
    dtstart: '19970105T083000',
    rule: 'FREQ=YEARLY;INTERVAL=2;BYMONTH=1;BYDAY=SU;BYHOUR=8,9;BYMINUTE=30',
    expected: [
      ...[5, 12, 19, 26].flatMap((d) => times(`1997-01-${String(d).padStart(2, '0')}`, ['08:30', '09:30'])),
      ...[3, 10, 17, 24, 31].flatMap((d) => times(`1999-01-${String(d).padStart(2, '0')}`, ['08:30', '09:30'])),
    ],
  },
  {
    name: '§3.3.10: the last work day of the month',
    dtstart: '19970930T090000',
    rule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    expected: [
      ...on('1997-09', [30]),
      ...on('1997-10', [31]),
      ...on('1997-11', [28]),
      ...on('1997-12', [31]),
      ...on('1998-01', [30]),
      ...on('1998-02', [27]),
      ...on('1998-03', [31]),
    ],
  },
];

const local = new Intl.DateTimeFormat('sv-SE', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function read(example: Example, from: number, to: number): { shown: string[]; warnings: string[] } {
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'BEGIN:VEVENT',
    'UID:rfc',
    'SUMMARY:x',
    `DTSTART;TZID=${ZONE}:${example.dtstart}`,
    'DURATION:PT1M',
    `RRULE:${example.rule}`,
    ...(example.exdate ? [`EXDATE;TZID=${ZONE}:${example.exdate}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
  const parsed = parseFeed(text, { sourceId: 's', from, to, userTimeZone: ZONE });
  return {
    shown: parsed.appointments.map((a) => local.format(a.start)),
    warnings: parsed.warnings.map((w) => w.message),
  };
}

/** The instant of a listed local New York time. */
function instant(text: string): number {
  const guess = Date.parse(`${text.replace(' ', 'T')}:00Z`);
  for (const hours of [4, 5]) if (local.format(guess + hours * 3_600_000) === text) return guess + hours * 3_600_000;
  throw new Error(`not a New York time: ${text}`);
}

describe('RFC 5545 §3.8.5.3 examples', () => {
  it.each(EXAMPLES)('$name', (example) => {
    const last = instant(example.expected.at(-1) as string);
    const whole = read(example, Date.parse('1996-01-01T00:00:00Z'), last + 60_000);
    expect(whole).toEqual({ shown: example.expected, warnings: [] });
  });

  it.each(EXAMPLES.filter((e) => e.expected.length > 2))(
    '$name, in a window that starts inside the series',
    (example) => {
      const middle = Math.floor(example.expected.length / 2);
      const last = instant(example.expected.at(-1) as string);
      // The window starts just after an instance began: that one still overlaps it by its minute.
      const inside = read(example, instant(example.expected[middle] as string) + 30_000, last + 60_000);
      expect(inside).toEqual({ shown: example.expected.slice(middle), warnings: [] });
    },
  );
});
