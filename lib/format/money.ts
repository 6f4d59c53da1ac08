import type { Money } from '../model/policy';
import { uiLocale } from '../i18n/ui';
import { numberFormat } from './intl';

/** '$80', '€42.50' in `locale`: whole amounts without cents; an unknown currency code still says the amount. */
export function formatMoney(money: Money, locale: string = uiLocale()): string {
  const whole = Number.isInteger(money.amount);
  try {
    return numberFormat(locale, {
      style: 'currency',
      currency: money.currency,
      ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
    }).format(money.amount);
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}
