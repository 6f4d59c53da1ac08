import { plural, t } from '../i18n/ui';

/** "just now", "5 min ago", "3 h ago", "2 days ago": how long ago a sync happened. */
export function ago(then: number, now: number): string {
  const minutes = Math.floor((now - then) / 60_000);
  if (minutes < 1) return t('common_agoNow');
  if (minutes < 60) return t('common_agoMinutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('common_agoHours', { count: hours });
  return plural('common_agoDays', Math.floor(hours / 24));
}
