import { plural, t } from '../i18n/ui';
import type { Money } from '../policy/policy';

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

/** 'Tue 15:00' in the given locale and zone ('Tue 3:00 PM' in en-US). */
export function formatDeadline(t: number, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone }).format(t);
}

/** A full date and time for the popup: 'Tue 1 Dec, 15:00' style, locale-aware. */
export function formatDateTime(t: number, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(t);
}

/** '$80', '€42.50', locale-aware; whole amounts without cents. */
export function formatMoney(m: Money, locale: string): string {
  const whole = Number.isInteger(m.amount);
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: m.currency,
      ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    }).format(m.amount);
  } catch {
    // An unknown currency code: still say the amount.
    return t('common_moneyUnknownCurrency', { amount: m.amount, currency: m.currency });
  }
}
