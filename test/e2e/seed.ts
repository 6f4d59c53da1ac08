import type { IncomingMessage } from 'node:http';
import { DEFAULT_POLICY } from '../../lib/model/policy';
import type { Settings } from '../../lib/model/settings';
import type { Source } from '../../lib/sources/source';
import type { Therapist } from '../../lib/model/therapist';
import { serve, type Extension, type TestServer } from './harness';
import { icsFeed, type TestEvent } from './ics';

/** 24 h notice, $80 fee, 15 minutes' grace. */
export const POLICY = { ...DEFAULT_POLICY, fee: { amount: 80, currency: 'USD' } };

/** Serves `events` as an iCalendar feed (any path); `events` may be a function of the request. */
export function serveFeed(events: TestEvent[] | ((req: IncomingMessage) => string)): Promise<TestServer> {
  return serve((req, res) => {
    res.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8' });
    res.end(typeof events === 'function' ? events(req) : icsFeed(events));
  });
}

/** What seeding needs: the neutral `Extension`, or Chromium's own (granted loopback at install). */
type Seedable = Pick<Extension, 'store' | 'stored' | 'send'> & Partial<Pick<Extension, 'allowTestServers'>>;

export interface Seed {
  /** The feed's address: every event in it is a session with the therapist. */
  feedUrl: string;
  therapist?: Partial<Pick<Therapist, 'name' | 'email' | 'focus'>>;
  /** Merged into the stored settings. */
  settings?: Partial<Settings>;
}

/**
 * Stores a therapist (`t-lee`, Dr Lee, `POLICY`) and an ICS source (`clinic`) straight into
 * storage, as the options page would (with the host permission it asks for), then syncs and resolves when the sync is done.
 */
export async function seedFeed(ext: Seedable, seed: Seed): Promise<void> {
  const therapist: Therapist = {
    id: 't-lee',
    name: 'Dr Lee',
    email: 'lee@clinic.example',
    portalUrl: '',
    policy: POLICY,
    keywords: [],
    organizerEmails: [],
    focus: [],
    language: 'en',
    ...seed.therapist,
  };
  const sources: Source[] = [
    { id: 'clinic', name: 'Clinic', kind: 'ics', url: seed.feedUrl, therapistId: therapist.id },
  ];
  const settings = seed.settings && { ...(await ext.stored<Settings>('settings')), ...seed.settings };
  await ext.allowTestServers?.();
  await ext.store({ therapists: [therapist], sources, ...(settings ? { settings } : {}) });
  await ext.send('syncNow', {});
}
