// How long until (or since) something, in words. Hours and minutes are written 'h' and 'min'
// everywhere (badge tooltip, popup, reminders); only days are a word.
import { DAY, HOUR, MINUTE } from '../time/units';

/**
 * The unit a countdown of `ms` is shown in and how many whole units are left (rounded down:
 * a deadline must never look further away than it is). Null under a minute.
 */
export function countdownUnit(ms: number): { unit: number; count: number } | null {
  const unit = ms >= DAY ? DAY : ms >= HOUR ? HOUR : ms >= MINUTE ? MINUTE : null;
  return unit === null ? null : { unit, count: Math.floor(ms / unit) };
}

/** For the badge: '3d', '5h', '45m', '<1m'. */
export function shortCountdown(ms: number): string {
  const c = countdownUnit(ms);
  if (!c) return '<1m';
  return `${c.count}${c.unit === DAY ? 'd' : c.unit === HOUR ? 'h' : 'm'}`;
}

/** The badge's countdown in words, same granularity: '3 days', '5 h', '45 min'. */
export function coarseCountdown(ms: number): string {
  const c = countdownUnit(ms);
  if (!c) return 'less than a minute';
  if (c.unit === DAY) return c.count === 1 ? '1 day' : `${c.count} days`;
  return `${c.count} ${c.unit === HOUR ? 'h' : 'min'}`;
}

/**
 * For the popup: '2 days 3 h', '5 h 12 min', '12 min', 'less than a minute'. Hours and minutes
 * are written 'h' and 'min' everywhere (badge tooltip, popup, reminders); only days are a word.
 */
export function longCountdown(ms: number): string {
  if (ms < MINUTE) return 'less than a minute';
  if (ms >= DAY) {
    const days = Math.floor(ms / DAY);
    const hours = Math.floor((ms % DAY) / HOUR);
    const d = days === 1 ? '1 day' : `${days} days`;
    return hours === 0 ? d : `${d} ${hours} h`;
  }
  const hours = Math.floor(ms / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  return hours === 0 ? `${minutes} min` : `${hours} h ${minutes} min`;
}

/** "just now", "5 min ago", "3 h ago", "2 days ago": how long ago a sync happened. */
export function ago(then: number, now: number): string {
  const minutes = Math.floor((now - then) / MINUTE);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
