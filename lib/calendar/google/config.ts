import { hostPermission } from '../../permissions/host-permission';

/** Where the Google source talks to, and as whom. Build-time configuration, never secrets. */
export interface GoogleConfig {
  /** OAuth client id; empty when the build has none (the options page explains how to set one). */
  clientId: string;
  /** OAuth 2.0 authorize endpoint (token flow). */
  authUrl: string;
  /** Calendar API v3 base, without a trailing slash. */
  apiUrl: string;
  /** Token revocation endpoint. */
  revokeUrl: string;
}

/**
 * Read-only scopes only (DESIGN.md, privacy): events and the calendar list.
 * https://developers.google.com/workspace/calendar/api/auth
 */
export const GOOGLE_SCOPES = [
  'https://www.googleapis.com/auth/calendar.events.readonly',
  'https://www.googleapis.com/auth/calendar.calendarlist.readonly',
] as const;

const GOOGLE_AUTH_ORIGIN = 'https://accounts.google.com';
const GOOGLE_REVOKE_URL = 'https://oauth2.googleapis.com/revoke';

/**
 * Completes the build-time values. Revocation goes to Google's endpoint, except when the
 * authorize URL points elsewhere (the local fake server in tests): then to `/revoke` there.
 */
export function googleConfig(raw: { clientId: string; authUrl: string; apiUrl: string }): GoogleConfig {
  const authOrigin = new URL(raw.authUrl).origin;
  return {
    clientId: raw.clientId.trim(),
    authUrl: raw.authUrl,
    apiUrl: raw.apiUrl.replace(/\/+$/, ''),
    revokeUrl: authOrigin === GOOGLE_AUTH_ORIGIN ? GOOGLE_REVOKE_URL : `${authOrigin}/revoke`,
  };
}

/** The configuration this build was made with (wxt.config.ts, `SK_GOOGLE_*`). */
export function buildTimeGoogleConfig(): GoogleConfig {
  return googleConfig({ clientId: __GOOGLE_CLIENT_ID__, authUrl: __GOOGLE_AUTH_URL__, apiUrl: __GOOGLE_API_URL__ });
}

/** Host permission patterns the extension asks for at Connect (optional host permissions). */
export function googleHostPermissions(config: GoogleConfig): string[] {
  return [...new Set([hostPermission(config.apiUrl), hostPermission(config.revokeUrl)])];
}
