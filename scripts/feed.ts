// The feed inspector (issue 3, item 6): what a user runs to see why a session does or does not
// show up. Same code as the extension: fetchFeed + parseFeed.
//
//   npm run feed -- <file-or-url> [--from ISO] [--to ISO] [--json]
//   npm run -s feed -- <file-or-url> --json | jq …   (-s: without npm's banner on stdout)
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Appointment } from '../lib/calendar/appointment';
import { fetchFeed, redactUrl } from '../lib/calendar/ics/fetch-feed';
import { toOccurrenceJson } from '../lib/calendar/ics/occurrence-json';
import { parseFeed, warningText } from '../lib/calendar/ics/parse-feed';
import { syncWindow } from '../lib/sources/sync-window';

export interface FeedArgs {
  input: string;
  from: number;
  to: number;
  json: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const USAGE = 'Usage: npm run feed -- <file-or-url> [--from ISO] [--to ISO] [--json]';

/** Reads the command line (without `node script`). Later flags (policy, issue 4) go here. */
export function parseArgs(argv: string[], now: number): FeedArgs {
  let input: string | null = null;
  let from: number | null = null;
  let to: number | null = null;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--from' || arg === '--to') {
      const value = argv[++i];
      const at = value === undefined ? Number.NaN : Date.parse(value);
      if (Number.isNaN(at)) throw new UsageError(`${arg} needs a date such as 2026-03-01 or 2026-03-01T09:00:00Z. ${USAGE}`);
      if (arg === '--from') from = at;
      else to = at;
    } else if (arg.startsWith('--')) throw new UsageError(`Unknown option ${arg}. ${USAGE}`);
    else if (input === null) input = arg;
    else throw new UsageError(`Only one feed at a time. ${USAGE}`);
  }
  if (input === null) throw new UsageError(USAGE);
  // Default: the extension's own window around now.
  const window = syncWindow(now);
  from ??= window.from;
  to ??= window.to;
  if (to <= from) throw new UsageError('--to must be after --from.');
  return { input, from, to, json };
}

/** One occurrence as a readable line. */
export function occurrenceLine(appointment: Appointment, timeZone: string): string {
  const format = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: '2-digit',
    ...(appointment.allDay ? {} : { hour: '2-digit', minute: '2-digit' }),
  });
  const when = appointment.allDay ? `${format.format(appointment.start)} (all day)` : format.formatRange(appointment.start, appointment.end);
  const marks = [appointment.status === 'confirmed' ? null : appointment.status.toUpperCase(), appointment.recurrenceId ? 'series' : null]
    .filter(Boolean)
    .join(', ');
  return `${when}  ${appointment.title}${marks ? `  [${marks}]` : ''}  · event zone ${appointment.timeZone}`;
}

async function readInput(input: string): Promise<string> {
  if (/^(https?|webcals?):\/\//i.test(input)) {
    const fetched = await fetchFeed(input, { etag: null, lastModified: null }, { fetch });
    if (fetched.kind !== 'ok') throw new Error(`${redactUrl(input)} answered “not modified” to a plain request.`);
    return fetched.text;
  }
  return readFile(input, 'utf8');
}

/** Runs the inspector; returns the exit code. */
export async function main(argv: string[], io: { out: (s: string) => void; err: (s: string) => void }, now: number): Promise<number> {
  try {
    const args = parseArgs(argv, now);
    const text = await readInput(args.input);
    const userTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const parsed = parseFeed(text, { sourceId: 'feed', from: args.from, to: args.to, userTimeZone });
    for (const warning of parsed.warnings) io.err(`warning: ${warningText(warning)}`);
    if (args.json) {
      io.out(JSON.stringify(parsed.appointments.map(toOccurrenceJson), null, 2));
    } else {
      const range = `${new Date(args.from).toISOString()} … ${new Date(args.to).toISOString()}`;
      io.out(`${parsed.calendarName ?? 'Calendar'}: ${parsed.appointments.length} occurrence(s) between ${range}, times in ${userTimeZone}`);
      for (const appointment of parsed.appointments) io.out(occurrenceLine(appointment, userTimeZone));
    }
    return 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT' ? 'No such file.' : error instanceof Error ? error.message : String(error);
    io.err(`feed: ${message.split('\n')[0]}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `npm run feed -- x.ics | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2), { out: (s) => console.log(s), err: (s) => console.error(s) }, Date.now());
}
