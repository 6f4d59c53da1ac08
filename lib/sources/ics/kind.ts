import { redactUrl } from '../../calendar/ics/fetch-feed';
import { hostPermission } from '../../permissions/host-permission';
import { str } from '../../store/validate';
import { defineKind } from '../kind';

/** An ICS or webcal feed, read from its address with the permission for that host only. */
export const icsKind = defineKind({
  fields: { url: str },
  origins: (source) => [hostPermission(source.url)],
  // The address may hold a secret token: shown without it.
  describe: (source) => redactUrl(source.url),
  assignable: true,
});
