import { t } from '../../i18n/ui';

/**
 * Errors of the Google source. Each message is plain words for the user: the sync
 * orchestrator stores it as the source's status as is.
 */

/** The words of `GoogleSignInRequiredError`: the options page looks for them on a source's status. */
export function signInAgainWords(): string {
  return t('errors_googleSignInRequired');
}

/** Signing in needs the user: the silent token flow failed (DESIGN.md, tokens). */
export class GoogleSignInRequiredError extends Error {
  override name = 'GoogleSignInRequiredError';
  constructor(readonly detail?: string) {
    super(signInAgainWords());
  }
}

/** The user closed or refused the Google sign-in window. */
export class GoogleSignInCancelledError extends Error {
  override name = 'GoogleSignInCancelledError';
  constructor(readonly detail?: string) {
    super(t('errors_googleSignInCancelled'));
  }
}

/** An HTTP error from the Calendar API, with Google's status and first error reason. */
export class GoogleApiError extends Error {
  override name = 'GoogleApiError';
  constructor(
    message: string,
    readonly status: number,
    readonly reason: string | null,
  ) {
    super(message);
  }
}

/** The request never got an answer (offline, DNS, connection refused). */
export class GoogleNetworkError extends Error {
  override name = 'GoogleNetworkError';
  constructor(readonly detail: string) {
    super(t('errors_googleUnreachable'));
  }
}
