import { str } from '../../store/validate';

/** One Google calendar of the connected account. */
export const googleShape = { calendarId: str };
