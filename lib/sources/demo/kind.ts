import { t } from '../../i18n/ui';
import { defineKind } from '../kind';

/** The built-in sample sessions (lib/demo.ts), shown until the client adds a calendar of their own. */
export const demoKind = defineKind({
  fields: {},
  origins: () => [],
  describe: () => t('options_demoDescribe'),
  // Its sessions are the demo therapist's.
  assignable: false,
});
