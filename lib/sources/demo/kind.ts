import { defineKind } from '../kind';

/** The built-in sample sessions (lib/demo.ts), shown until the client adds a calendar of their own. */
export const demoKind = defineKind({
  fields: {},
  origins: () => [],
  describe: () => 'Sample sessions, shown until you add your own calendar.',
  // Its sessions are the demo therapist's.
  assignable: false,
});
