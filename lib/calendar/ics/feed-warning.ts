import { t } from '../../i18n/ui';

/** Something in a feed that could not be read; the rest of the feed was kept. */
export interface FeedWarning {
  /** 1-based line of the feed text, or null when it concerns the whole feed. */
  line: number | null;
  /** A sentence for the user. */
  message: string;
}

/** "Line 42: …", as the source's status and the feed inspector show it. */
export function warningText(warning: FeedWarning): string {
  return warning.line === null
    ? warning.message
    : t('errors_warningAtLine', { line: String(warning.line), message: warning.message });
}
