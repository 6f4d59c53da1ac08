import { sessionValue } from '../../store/session-area';
import { nullable, num, object, str } from '../../store/validate';
import type { GoogleToken } from './oauth';

/** The Google access token: in session storage, gone when the browser closes (DESIGN.md, privacy). */
export const googleToken = sessionValue<GoogleToken | null>(
  'googleToken',
  nullable(object<GoogleToken>({ accessToken: str, expiresAt: num })),
  null,
);
