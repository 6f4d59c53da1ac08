import { str } from '../../store/validate';

/** An ICS or webcal feed: read from its address. */
export const icsShape = { url: str };
