import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../../test/fixtures/gcal/page';
import { EVENT_CHIP, findEventDialog, isDirectChild, readPageEvent } from './dialog';
import { encodeEventId } from './event-id';
import { pageEvent } from './match';

// The fixtures are snapshots of Google Calendar's markup (test/fixtures/gcal).
const page = (...fixtures: string[]) =>
  parseHTML(`<!doctype html><html><body>${fixtures.map(readFixture).join('')}</body></html>`).document;

describe('findEventDialog', () => {
  it('finds the event popup and reads its event', () => {
    const dialog = findEventDialog(page('event-popup.html'));
    expect(dialog?.getAttribute('aria-label')).toBe('Event details');
    const event = pageEvent(readPageEvent(dialog!)!);
    expect(event?.id).toEqual({
      eventId: '7h1hs0k3ab_20261201T150000Z',
      baseId: '7h1hs0k3ab',
      instanceStart: Date.UTC(2026, 11, 1, 15),
      calendarId: 'robin.client@gmail.com',
    });
    expect(event?.title).toBe('Therapy with Dr Robin Lee');
    expect(event?.when).toBe('Tuesday, December 1 ⋅ 3:00 – 3:50pm');
  });

  it('leaves the quick-create popup alone, though it has the same hooks', () => {
    const doc = page('quick-create.html');
    expect(doc.querySelector('[role="dialog"][data-chips-dialog="true"] #xDetDlg[data-eventid]')).not.toBeNull();
    expect(findEventDialog(doc)).toBeNull();
  });

  it('ignores a hidden popup', () => {
    const doc = page('event-popup.html');
    doc.querySelector('[role="dialog"]')!.setAttribute('aria-hidden', 'true');
    expect(findEventDialog(doc)).toBeNull();
  });

  it('takes the event popup when quick-create is also in the page', () => {
    const dialog = findEventDialog(page('quick-create.html', 'event-popup.html'));
    expect(dialog?.getAttribute('aria-label')).toBe('Event details');
  });

  it('has no event while the details section is being re-rendered', () => {
    const doc = page('event-popup.html');
    doc.querySelector('#xDetDlg')!.remove();
    const dialog = findEventDialog(doc)!;
    expect(dialog).not.toBeNull();
    expect(readPageEvent(dialog)).toBeNull();
  });
});

describe('chips', () => {
  it('reads a chip’s event and its label', () => {
    const chip = page('chip.html').querySelector(EVENT_CHIP)!;
    const event = pageEvent(readPageEvent(chip)!);
    expect(event?.id.eventId).toBe('7h1hs0k3ab_20261201T150000Z');
    expect(event?.texts[0]).toMatch(/^3pm to 3:50pm, Therapy with Dr Robin Lee,/);
  });

  it('reads nothing from a chip with a foreign id', () => {
    const doc = page('chip.html');
    const chip = doc.querySelector(EVENT_CHIP)!;
    chip.setAttribute('data-eventid', 'tasks_7h1hs0k3ab!');
    expect(pageEvent(readPageEvent(chip)!)).toBeNull();
    chip.setAttribute('data-eventid', encodeEventId('abc123', 'x@m'));
    expect(pageEvent(readPageEvent(chip)!)?.id.eventId).toBe('abc123');
    chip.removeAttribute('data-eventid');
    expect(readPageEvent(chip)).toBeNull();
  });
});

it('tells a direct child of the dialog from a nested element', () => {
  const doc = page('event-popup.html');
  const dialog = findEventDialog(doc)!;
  const host = doc.createElement('session-keeper-strip');
  dialog.append(host);
  expect(isDirectChild(host, dialog)).toBe(true);
  doc.querySelector('#xDetDlg')!.append(host);
  expect(isDirectChild(host, dialog)).toBe(false);
});
