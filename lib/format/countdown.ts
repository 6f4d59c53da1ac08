// How long until (or since) something, in words (the catalogue's).
import { plural, t } from '../i18n/ui';
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
  if (!c) return t('background_badgeUnderMinute');
  const key =
    c.unit === DAY ? 'background_badgeDays' : c.unit === HOUR ? 'background_badgeHours' : 'background_badgeMinutes';
  return t(key, { count: c.count });
}

/** The badge's countdown in words, same granularity: '3 days', '5 h', '45 min'. */
export function coarseCountdown(ms: number): string {
  const c = countdownUnit(ms);
  if (!c) return t('common_durationUnderMinute');
  if (c.unit === DAY) return plural('background_coarseDays', c.count);
  return c.unit === HOUR
    ? t('common_durationHours', { hours: c.count })
    : t('common_durationMinutes', { minutes: c.count });
}

/**
 * For the popup: '2 days 3 h', '5 h 12 min', '12 min', 'less than a minute'. Hours and minutes
 * are written 'h' and 'min' everywhere (badge tooltip, popup, reminders); only days are a word.
 */
export function longCountdown(ms: number): string {
  if (ms < MINUTE) return t('common_durationUnderMinute');
  if (ms >= DAY) {
    const days = Math.floor(ms / DAY);
    const hours = Math.floor((ms % DAY) / HOUR);
    const d = plural('common_durationDays', days);
    return hours === 0 ? d : t('common_durationDaysHours', { days: d, hours });
  }
  const hours = Math.floor(ms / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  return hours === 0 ? t('common_durationMinutes', { minutes }) : t('common_durationHoursMinutes', { hours, minutes });
}

/** "just now", "5 min ago", "3 h ago", "2 days ago": how long ago a sync happened. */
export function ago(then: number, now: number): string {
  const minutes = Math.floor((now - then) / MINUTE);
  if (minutes < 1) return t('common_agoNow');
  if (minutes < 60) return t('common_agoMinutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('common_agoHours', { count: hours });
  return plural('common_agoDays', Math.floor(hours / 24));
}
