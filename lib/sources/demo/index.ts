import { syncDemo } from '../../demo';
import { defineSource } from '../descriptor';

/** The demo's sessions are made up around `now` at each sync; nothing is kept between syncs. */
export const demoSource = defineSource<'demo', unknown>({ state: null, sync: syncDemo });
