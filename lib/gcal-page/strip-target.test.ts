import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixtures/gcal/page';
import { encodeEventId } from './event-id';
import { session } from './session.fixture';
import { stripTarget } from './strip-target';

const start = Date.UTC(2026, 11, 1, 15);
const series = session({ uid: 's', sourceId: 'google', start, recurrenceId: new Date(start).toISOString(), googleEventId: '7h1hs0k3ab_20261201T150000Z' });
const other = session({ uid: 'o', sourceId: 'google', start: start + 86_400_000, googleEventId: 'p8s6ka0f3m' });
const sessions = [series, other];
const options = { locale: 'en-US', timeZone: 'UTC' };
const load = () => parseHTML(`<!doctype html><html><body>${readFixture('event-popup.html')}</body></html>`).document;

describe('stripTarget', () => {
  it('targets the popup of a session', () => {
    const doc = load();
    const target = stripTarget(doc, sessions, options, null);
    expect(target?.session).toBe(series);
    expect(target?.dialog).toBe(doc.querySelector('[role="dialog"]'));
  });

  it('follows the popup when Google reuses it for another event', () => {
    const doc = load();
    const first = stripTarget(doc, sessions, options, null);
    doc.querySelector('#xDetDlg')!.setAttribute('data-eventid', encodeEventId('p8s6ka0f3m', 'robin.client@m'));
    expect(stripTarget(doc, sessions, options, first)?.session).toBe(other);
    doc.querySelector('#xDetDlg')!.setAttribute('data-eventid', encodeEventId('lunch4x8q2', 'robin.client@m'));
    expect(stripTarget(doc, sessions, options, first)).toBeNull();
  });

  it('keeps its session (with its fresh state) while the details are re-rendered', () => {
    const doc = load();
    const first = stripTarget(doc, sessions, options, null)!;
    const details = doc.querySelector('#xDetDlg')!;
    details.remove();
    const checkedIn = { ...series, info: { ...series.info, state: 'attended' as const } };
    expect(stripTarget(doc, [checkedIn, other], options, first)?.session).toBe(checkedIn);
    // A fresh popup (another dialog element) does not inherit it.
    expect(stripTarget(load(), [], options, first)).toBeNull();
  });

  it('is gone when the popup closes', () => {
    const doc = load();
    const first = stripTarget(doc, sessions, options, null);
    doc.querySelector('[role="dialog"]')!.remove();
    expect(stripTarget(doc, sessions, options, first)).toBeNull();
  });
});
