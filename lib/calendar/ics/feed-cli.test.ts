// The feed inspector (scripts/feed.ts) run as a user runs it: a real process on fixture files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from '../../../scripts/feed';

const ROOT = new URL('../../../', import.meta.url).pathname;

function feed(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/feed.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run feed', () => {
  it('prints the occurrences of a feed as JSON, sorted by start, exit 0', () => {
    const { code, out, err } = feed(
      'test/fixtures/ics/google.ics',
      '--from',
      '2026-03-01T00:00:00Z',
      '--to',
      '2026-05-01T00:00:00Z',
      '--json',
    );
    const golden = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/ics/google.json'), 'utf8')) as {
      occurrences: unknown[];
    };
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(
      golden.occurrences.map((o) => ({ ...(o as object), deadline: expect.any(String), state: expect.any(String) })),
    );
  }, 60_000);

  it('tells each occurrence its cancellation deadline and state under a policy', () => {
    // google.ics: Mon 2 Mar 2026 23:00 and (moved) Tue 10 Mar 23:00, Berlin time.
    const { code, out } = feed(
      'test/fixtures/ics/google.ics',
      '--from',
      '2026-03-01',
      '--to',
      '2026-03-12',
      '--json',
      '--notice',
      '1 business day by 17:00',
      '--tz',
      'Europe/Berlin',
      '--holidays',
      '2026-03-09',
      '--now',
      '2026-03-06T15:00:00Z',
    );
    expect(code).toBe(0);
    const rows = JSON.parse(out) as { start: string; deadline: string; state: string }[];
    expect(rows.map((r) => [r.start, r.deadline, r.state])).toEqual([
      // Friday 27 Feb 17:00 Berlin (UTC+1): passed, and the session has ended unchecked.
      ['2026-03-02T22:00:00.000Z', '2026-02-27T16:00:00.000Z', 'missed'],
      // Monday 9 Mar is a holiday: Friday 6 Mar 17:00 Berlin, one hour after --now.
      ['2026-03-10T22:00:00.000Z', '2026-03-06T16:00:00.000Z', 'upcoming'],
    ]);
  }, 60_000);

  it.each([['9999-12-30'], ['+275760-09-13']])(
    'reads every single event from the year 0 to %s, ends beyond the range included, exit 0',
    (to) => {
      const { code, out, err } = feed(
        'test/fixtures/ics/extremes/far-dates.ics',
        '--from',
        '0000-01-01',
        '--to',
        to,
        '--json',
        '--tz',
        'UTC',
      );
      expect(code).toBe(0);
      const rows = JSON.parse(out) as { uid: string; start: string; end: string }[];
      expect(rows.filter((r) => r.uid !== 'long').map((r) => [r.uid, r.start, r.end])).toEqual([
        ['early', '0050-03-01T10:00:00.000Z', '0050-03-01T11:00:00.000Z'],
        ['never', '2019-01-01T10:00:00.000Z', '2019-01-01T10:00:00.000Z'],
        ['mid', '2026-03-01T10:00:00.000Z', '2026-03-01T11:00:00.000Z'],
        ...(to.startsWith('+') ? [['late', '9999-12-31T10:00:00.000Z', '9999-12-31T10:00:00.000Z']] : []),
      ]);
      expect(rows.filter((r) => r.uid === 'long').map((r) => [r.start, r.end])).toEqual([
        ['2026-03-02T10:00:00.000Z', '2026-03-02T10:00:00.000Z'],
        ['2026-03-03T10:00:00.000Z', '2026-03-03T10:00:00.000Z'],
      ]);
      expect(err).toContain('warning: Line 7: The duration “P99999999W” ends after the year 9999');
      expect(err).toContain('warning: Line 12: The date “00500301T100000Z” is in the year 50; it was read as written.');
      expect(err).toContain('warning: Line 25: The repeat rule “FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30” can never occur');
      expect(err).toContain('warning: Line 27: This event ends after the year 9999; it is shown without its length.');
    },
    60_000,
  );

  it('reads a broken feed with warnings on stderr, exit 0', () => {
    const { code, out, err } = feed(
      'test/fixtures/ics/broken.ics',
      '--from',
      '2026-03-10',
      '--to',
      '2026-03-14',
      '--json',
    );
    expect(code).toBe(0);
    expect([...new Set((JSON.parse(out) as { uid: string }[]).map((o) => o.uid))]).toEqual([
      'secondly',
      'ok-1',
      'unknown-zone',
    ]);
    expect(err).toContain('warning: Line 9: Not an iCalendar line');
    expect(err).toContain('warning: Line 16: An event is not closed');
  }, 60_000);

  it('fails with a one-line reason when nothing could be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-'));
    writeFileSync(join(dir, 'login.ics'), '<!DOCTYPE html><html><body>Please sign in</body></html>');
    const { code, out, err } = feed(join(dir, 'login.ics'));
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toEqual([
      'feed: This address returned a web page, not a calendar. It may be a sign-in page: copy the calendar’s ICS (iCal) address instead.',
    ]);
  }, 60_000);
});

describe('parseArgs', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  it('defaults to the extension window around now and a 24-hour notice', () => {
    expect(parseArgs(['a.ics'], now, 'UTC')).toMatchObject({
      input: 'a.ics',
      from: now - 30 * 86_400_000,
      to: now + 120 * 86_400_000,
      json: false,
      now,
      timeZone: 'UTC',
      policy: { notice: { kind: 'hours', hours: 24 }, businessDays: [1, 2, 3, 4, 5], holidays: [], timeZone: 'UTC' },
    });
  });
  it('reads --from, --to and --json in any order', () => {
    expect(parseArgs(['--json', '--to', '2026-04-01', 'a.ics', '--from', '2026-03-01'], now)).toMatchObject({
      input: 'a.ics',
      from: Date.parse('2026-03-01'),
      to: Date.parse('2026-04-01'),
      json: true,
    });
  });
  it('reads the policy flags', () => {
    const args = parseArgs(
      [
        'a.ics',
        '--notice',
        '2 business days by 12:00',
        '--business-days',
        'mon-thu',
        '--holidays',
        '2026-12-24,2026-12-25',
        '--tz',
        'Europe/Berlin',
        '--now',
        '2026-03-01T00:00:00Z',
      ],
      now,
    );
    expect(args.now).toBe(Date.parse('2026-03-01T00:00:00Z'));
    expect(args.policy).toMatchObject({
      notice: { kind: 'business-days', days: 2, cutoff: '12:00' },
      businessDays: [1, 2, 3, 4],
      holidays: ['2026-12-24', '2026-12-25'],
      timeZone: 'Europe/Berlin',
    });
  });
  it.each([
    [[]],
    [['a.ics', '--from', 'soon']],
    [['a.ics', 'b.ics']],
    [['a.ics', '--policy']],
    [['a.ics', '--from', '2026-04-01', '--to', '2026-03-01']],
    [['a.ics', '--notice', 'soon']],
    [['a.ics', '--tz', 'Mars/Olympus']],
    [['a.ics', '--holidays', 'christmas']],
    [['a.ics', '--business-days', 'someday']],
  ])('rejects %j with usage words', (argv) => expect(() => parseArgs(argv, now)).toThrow(UsageError));
});
