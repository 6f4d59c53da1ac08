// The feed inspector: what a user runs to see why a session
// does or does not show up, and exactly when it must be cancelled. Same code as the extension:
// fetchFeed + parseFeed, cancellationDeadline + appointmentState.
//
//   npm run feed -- <file-or-url> [--from ISO] [--to ISO] [--json]
//     [--notice 24h | 48h | "1 business day by 17:00"] [--business-days mon-fri]
//     [--holidays 2026-12-24,2026-12-25] [--tz Europe/Berlin] [--now ISO]
//   npm run -s feed -- <file-or-url> --json | jq …   (-s: without npm's banner on stdout)
import './lib/node-i18n';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Appointment } from '../lib/model/appointment';
import { fetchFeed, redactUrl } from '../lib/calendar/ics/fetch-feed';
import { toOccurrenceJson } from '../lib/calendar/ics/occurrence-json';
import { parseFeed, warningText } from '../lib/calendar/ics/parse-feed';
import { cancellationDeadline } from '../lib/policy/deadline';
import { DEFAULT_POLICY, type Policy } from '../lib/model/policy';
import { parseBusinessDays, parseNotice } from '../lib/policy/presets';
import type { AppointmentState } from '../lib/model/session-view';
import { appointmentState } from '../lib/policy/state';
import { DEFAULT_SETTINGS } from '../lib/model/settings';
import { syncWindow } from '../lib/sources/sync-window';
import { userTimeZone as currentZone } from '../lib/time/user-zone';

export interface FeedArgs {
  input: string;
  from: number;
  to: number;
  json: boolean;
  /** The moment states are given for. */
  now: number;
  /** The zone times are shown in, floating times are read in, and the policy is written in. */
  timeZone: string;
  policy: Policy;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

const USAGE =
  'Usage: npm run feed -- <file-or-url> [--from ISO] [--to ISO] [--json] [--notice 24h|48h|"1 business day by 17:00"] ' +
  '[--business-days mon-fri] [--holidays 2026-12-24,2026-12-25] [--tz Europe/Berlin] [--now ISO]';

function instant(flag: string, value: string | undefined): number {
  const at = value === undefined ? Number.NaN : Date.parse(value);
  if (Number.isNaN(at))
    throw new UsageError(`${flag} needs a date such as 2026-03-01 or 2026-03-01T09:00:00Z. ${USAGE}`);
  return at;
}

function zone(value: string | undefined): string {
  try {
    if (!value) throw new RangeError('no zone');
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    throw new UsageError(`--tz needs a time zone such as Europe/Berlin or America/New_York, not "${value ?? ''}".`);
  }
}

/** Reads the command line (without `node script`). */
export function parseArgs(argv: string[], clock: number, userTimeZone = currentZone()): FeedArgs {
  let input: string | null = null;
  let from: number | null = null;
  let to: number | null = null;
  let json = false;
  let now = clock;
  let timeZone = userTimeZone;
  const policy: Policy = { ...DEFAULT_POLICY };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--from') from = instant(arg, argv[++i]);
    else if (arg === '--to') to = instant(arg, argv[++i]);
    else if (arg === '--now') now = instant(arg, argv[++i]);
    else if (arg === '--tz') timeZone = zone(argv[++i]);
    else if (arg === '--notice') {
      const notice = parseNotice(argv[++i] ?? '');
      if (!notice) throw new UsageError(`--notice needs "24h", "48h" or "1 business day by 17:00". ${USAGE}`);
      policy.notice = notice;
    } else if (arg === '--business-days') {
      const days = parseBusinessDays(argv[++i] ?? '');
      if (!days) throw new UsageError(`--business-days needs days such as mon-fri or mon,tue,thu. ${USAGE}`);
      policy.businessDays = days;
    } else if (arg === '--holidays') {
      const dates = (argv[++i] ?? '').split(',').map((d) => d.trim());
      if (!dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)))
        throw new UsageError(`--holidays needs dates such as 2026-12-24,2026-12-25.`);
      policy.holidays = dates;
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
  return { input, from, to, json, now, timeZone, policy: { ...policy, timeZone } };
}

/** What the inspector adds to each occurrence: when to cancel by, and its state at `--now`. */
export function withDeadline(appointment: Appointment, args: FeedArgs): { deadline: number; state: AppointmentState } {
  const info = appointmentState(appointment, args.policy, { checkIns: {}, resolutions: {} }, args.now, {
    checkInBeforeMinutes: DEFAULT_SETTINGS.checkInBeforeMinutes,
    userTimeZone: args.timeZone,
  });
  return { deadline: cancellationDeadline(appointment.start, args.policy, args.timeZone), state: info.state };
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
  const when = appointment.allDay
    ? `${format.format(appointment.start)} (all day)`
    : format.formatRange(appointment.start, appointment.end);
  const marks = [
    appointment.status === 'confirmed' ? null : appointment.status.toUpperCase(),
    appointment.recurrenceId ? 'series' : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${when}  ${appointment.title}${marks ? `  [${marks}]` : ''}  · event zone ${appointment.timeZone}`;
}

function shortTime(t: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(t);
}

async function readInput(input: string, now: number, timeZone: string): Promise<string> {
  if (/^(https?|webcals?):\/\//i.test(input)) {
    const fetched = await fetchFeed(input, { etag: null, lastModified: null }, { fetch, now, timeZone });
    if (fetched.kind !== 'ok') throw new Error(`${redactUrl(input)} answered “not modified” to a plain request.`);
    return fetched.text;
  }
  return readFile(input, 'utf8');
}

/** Runs the inspector; returns the exit code. */
export async function main(
  argv: string[],
  io: { out: (s: string) => void; err: (s: string) => void },
  now: number,
): Promise<number> {
  try {
    const args = parseArgs(argv, now);
    const text = await readInput(args.input, args.now, args.timeZone);
    const userTimeZone = args.timeZone;
    const parsed = parseFeed(text, { sourceId: 'feed', from: args.from, to: args.to, userTimeZone });
    for (const warning of parsed.warnings) io.err(`warning: ${warningText(warning)}`);
    if (args.json) {
      const rows = parsed.appointments.map((a) => {
        const { deadline, state } = withDeadline(a, args);
        return { ...toOccurrenceJson(a), deadline: new Date(deadline).toISOString(), state };
      });
      io.out(JSON.stringify(rows, null, 2));
    } else {
      const range = `${new Date(args.from).toISOString()} … ${new Date(args.to).toISOString()}`;
      io.out(
        `${parsed.calendarName ?? 'Calendar'}: ${parsed.appointments.length} occurrence(s) between ${range}, times in ${userTimeZone}`,
      );
      for (const appointment of parsed.appointments) {
        const { deadline, state } = withDeadline(appointment, args);
        io.out(
          `${occurrenceLine(appointment, userTimeZone)}  · cancel by ${shortTime(deadline, userTimeZone)} · ${state}`,
        );
      }
    }
    return 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'No such file.' : error instanceof Error ? error.message : String(error);
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
  process.exitCode = await main(
    process.argv.slice(2),
    { out: (s) => console.log(s), err: (s) => console.error(s) },
    Date.now(),
  );
}
