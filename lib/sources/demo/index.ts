import { syncDemo } from '../../demo';
import { defineSourceKind } from '../descriptor';

/** The built-in sample sessions, shown until the client adds a calendar of their own. */
export const demoSource = defineSourceKind<'demo', unknown>({
  label: 'Demo calendar',
  state: null,
  sync: syncDemo,
  origins: () => [],
  describe: () => 'Sample sessions, shown until you add your own calendar.',
  assignable: false,
});
