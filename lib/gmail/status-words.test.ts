import { describe, expect, it } from 'vitest';
import { pendingRequest } from '../model/request';
import { requestWords } from './status-words';

const T0 = Date.parse('2026-12-01T22:04:00Z');
const base = pendingRequest(
  {
    key: 'k',
    purpose: 'missed',
    draft: { to: 'dr.lee@clinic.example', subject: 's', body: 'b' },
    toName: 'Dr Lee',
    fromName: 'Sam',
  },
  'id',
  T0,
);

describe('what the page says about a Gmail send', () => {
  it.each([
    [{ status: 'pending' as const }, 'Sending to Dr Lee…', true],
    [{ status: 'sending' as const }, 'Sending to Dr Lee…', false],
    [{ status: 'sent' as const, sentAt: T0 }, 'Sent to Dr Lee at 2:04 PM — it is in your Gmail Sent folder.', false],
    [
      { status: 'failed' as const, error: 'Could not reach Gmail: check your connection.' },
      'Not sent to Dr Lee. Could not reach Gmail: check your connection.',
      false,
    ],
  ])('%o → %s (undo: %s)', (patch, text, undo) => {
    const words = requestWords({ ...base, ...patch }, 'America/Los_Angeles', 'en-US');
    expect(words.text).toBe(text);
    expect(words.undo).toBe(undo);
  });

  it('writes the time the client’s way', () => {
    expect(requestWords({ ...base, status: 'sent', sentAt: T0 }, 'Europe/London', 'en-GB').text).toContain(
      'at 22:04 —',
    );
  });
});
