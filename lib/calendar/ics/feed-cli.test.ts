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
    const { code, out, err } = feed('test/fixtures/ics/google.ics', '--from', '2026-03-01T00:00:00Z', '--to', '2026-05-01T00:00:00Z', '--json');
    const golden = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/ics/google.json'), 'utf8')) as { occurrences: unknown[] };
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(golden.occurrences);
  }, 60_000);

  it('reads a broken feed with warnings on stderr, exit 0', () => {
    const { code, out, err } = feed('test/fixtures/ics/broken.ics', '--from', '2026-03-10', '--to', '2026-03-14', '--json');
    expect(code).toBe(0);
    expect([...new Set((JSON.parse(out) as { uid: string }[]).map((o) => o.uid))]).toEqual(['secondly', 'ok-1', 'unknown-zone']);
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
  it('defaults to the extension window around now', () => {
    expect(parseArgs(['a.ics'], now)).toEqual({ input: 'a.ics', from: now - 30 * 86_400_000, to: now + 120 * 86_400_000, json: false });
  });
  it('reads --from, --to and --json in any order', () => {
    expect(parseArgs(['--json', '--to', '2026-04-01', 'a.ics', '--from', '2026-03-01'], now)).toEqual({
      input: 'a.ics', from: Date.parse('2026-03-01'), to: Date.parse('2026-04-01'), json: true,
    });
  });
  it.each([[[]], [['a.ics', '--from', 'soon']], [['a.ics', 'b.ics']], [['a.ics', '--policy']], [['a.ics', '--from', '2026-04-01', '--to', '2026-03-01']]])(
    'rejects %j with usage words',
    (argv) => expect(() => parseArgs(argv, now)).toThrow(UsageError),
  );
});
