import { describe, expect, it } from 'vitest';
import { CRISIS_REGIONS, crisisResources } from './crisis';

/** Everything a user can tap, as "label → href". */
function links(region: string): string[] {
  const r = crisisResources(region);
  return [...r.lines.flatMap((l) => l.contacts), ...(r.emergency ? [r.emergency] : [])].map(
    (c) => `${c.label} → ${c.href}`,
  );
}

describe('crisisResources', () => {
  it.each([
    ['US', ['Call 988 → tel:988', 'Text 988 → sms:988', 'Emergency: call 911 → tel:911']],
    ['us', ['Call 988 → tel:988', 'Text 988 → sms:988', 'Emergency: call 911 → tel:911']],
    [
      'GB',
      ['Call 116 123 → tel:116123', 'Text SHOUT to 85258 → sms:85258?body=SHOUT', 'Emergency: call 999 → tel:999'],
    ],
    [
      'UK',
      ['Call 116 123 → tel:116123', 'Text SHOUT to 85258 → sms:85258?body=SHOUT', 'Emergency: call 999 → tel:999'],
    ],
    ['CA', ['Call 988 → tel:988', 'Text 988 → sms:988', 'Emergency: call 911 → tel:911']],
    ['AU', ['Call 13 11 14 → tel:131114', 'Text 0477 13 11 14 → sms:0477131114', 'Emergency: call 000 → tel:000']],
    [
      'IE',
      ['Call 116 123 → tel:116123', 'Text HELLO to 50808 → sms:50808?body=HELLO', 'Emergency: call 112 → tel:112'],
    ],
    ['NZ', ['Call 1737 → tel:1737', 'Text 1737 → sms:1737', 'Emergency: call 111 → tel:111']],
  ])('%s', (region, expected) => {
    expect(links(region)).toEqual(expected);
  });

  it.each(['FR', '', 'XX'])('"%s": a general line and findahelpline.com', (region) => {
    const r = crisisResources(region);
    expect(r.region).toBeNull();
    expect(r.emergency?.href).toBe('tel:112');
    expect(r.lines.map((l) => l.url)).toEqual(['https://findahelpline.com']);
  });

  it.each(CRISIS_REGIONS.map((r) => r.code))('%s also points to findahelpline.com', (code) => {
    expect(crisisResources(code).lines.at(-1)?.url).toBe('https://findahelpline.com');
  });

  it('every link is tel: or sms:', () => {
    for (const { code } of CRISIS_REGIONS) for (const l of links(code)) expect(l).toMatch(/→ (tel|sms):[0-9]+/);
  });
});
