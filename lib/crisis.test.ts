import { describe, expect, it } from 'vitest';
import { wordsOf } from '../test/catalogue-words';
import { CRISIS_REGIONS, crisisRegionName, crisisResources, regionOf } from './crisis';
import { REGIONS } from './crisis-lines';

const t = wordsOf('en');

/** Everything a user can tap, as "label → href". */
function links(region: string): string[] {
  const r = crisisResources(region, t);
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
    ['IE', ['Call 116 123 → tel:116123', 'Text 50808 → sms:50808', 'Emergency: call 112 → tel:112']],
    ['NZ', ['Call 1737 → tel:1737', 'Text 1737 → sms:1737', 'Emergency: call 111 → tel:111']],
    ['ES', ['Call 024 → tel:024', 'Emergency: call 112 → tel:112']],
    ['MX', ['Call 800 911 2000 → tel:8009112000', 'Emergency: call 911 → tel:911']],
    ['AR', ['Call 0800 999 0091 → tel:08009990091']],
    ['CO', ['Call 106 → tel:106', 'Emergency: call 123 → tel:123']],
    ['FR', ['Call 3114 → tel:3114', 'Emergency: call 112 → tel:112']],
    ['BE', ['Call 0800 32 123 → tel:080032123', 'Call 1813 → tel:1813', 'Emergency: call 112 → tel:112']],
    ['CH', ['Call 143 → tel:143', 'Emergency: call 112 → tel:112']],
    ['LI', ['Call 143 → tel:143', 'Emergency: call 112 → tel:112']],
    [
      'DE',
      [
        'Call 0800 111 0 111 → tel:08001110111',
        'Call 0800 111 0 222 → tel:08001110222',
        'Emergency: call 112 → tel:112',
      ],
    ],
    ['AT', ['Call 142 → tel:142', 'Emergency: call 112 → tel:112']],
    ['BR', ['Call 188 → tel:188', 'Emergency: call 192 → tel:192']],
    ['PT', ['Call 1411 → tel:1411', 'Emergency: call 112 → tel:112']],
    ['CL', ['Call *4141 → tel:*4141', 'Emergency: call 131 → tel:131']],
    ['PE', ['Call 113, option 5 → tel:113']],
    ['LU', ['Call 45 45 45 → tel:454545', 'Emergency: call 112 → tel:112']],
  ])('%s', (region, expected) => {
    expect(links(region)).toEqual(expected);
  });

  it.each(['', 'XX', 'JP'])('"%s": a general line and findahelpline.com', (region) => {
    const r = crisisResources(region, t);
    expect(r.region).toBeNull();
    expect(r.emergency?.href).toBe('tel:112');
    expect(r.lines.map((l) => l.url)).toEqual(['https://findahelpline.com']);
  });

  it('a region whose emergency number differs by province offers none rather than a guess', () => {
    expect(crisisResources('AR', t).emergency).toBeNull();
  });

  it.each(CRISIS_REGIONS.map((r) => r.code))('%s also points to findahelpline.com', (code) => {
    expect(crisisResources(code, t).lines.at(-1)?.url).toBe('https://findahelpline.com');
  });

  it('every link is tel: or sms: with digits only', () => {
    for (const { code } of CRISIS_REGIONS)
      for (const l of links(code)) expect(l).toMatch(/→ (tel|sms):\*?[0-9]+(\?body=\w+)?$/);
  });

  it.each(CRISIS_REGIONS.map((r) => r.code))('%s: every line has its words and a dated https source', (code) => {
    for (const l of crisisResources(code, t).lines) {
      expect(l.name).not.toBe('');
      expect(l.note).not.toBe('');
      expect(l.source.url).toMatch(/^https?:\/\/[^/]+\.[a-z]+\//);
      expect(l.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.each([
    ['es', 'ES', 'Línea 024 de atención a la conducta suicida', 'Llamar al 024', 'Emergencias: llama al 112'],
    ['fr', 'BE', 'Centre de Prévention du Suicide', 'Appeler le 0800 32 123', 'Urgences\u00a0: appelez le 112'],
    ['de', 'AT', 'TelefonSeelsorge', '142 anrufen', 'Notruf: 112 anrufen'],
    ['pt-BR', 'BR', 'CVV – Centro de Valorização da Vida', 'Ligar para 188', 'Emergência: ligue 192'],
    ['es', 'PE', 'Línea 113', 'Llamar al 113, opción 5', undefined],
  ] as const)('in %s, %s reads in that language', (locale, region, name, button, emergency) => {
    const r = crisisResources(region, wordsOf(locale));
    expect([r.lines[0]?.name, r.lines[0]?.contacts[0]?.label, r.emergency?.label]).toEqual([name, button, emergency]);
  });

  it('British English spells the counsellor its way', () => {
    expect(crisisResources('NZ', wordsOf('en-GB')).lines[0]?.note).toContain('trained counsellor');
    expect(crisisResources('NZ', t).lines[0]?.note).toContain('trained counselor');
  });

  it('every region of the table is offered in the picker, every picked region has an entry', () => {
    expect(CRISIS_REGIONS.map((r) => r.code).sort()).toEqual(Object.keys(REGIONS).sort());
  });
});

describe('regionOf', () => {
  it.each([
    ['us', 'US'],
    [' gb ', 'GB'],
    ['UK', 'GB'],
    ['en-GB', 'GB'],
    ['es-MX', 'MX'],
    ['pt_BR', 'BR'],
    ['fr-CA', 'CA'],
    ['de-AT', 'AT'],
    ['zz-', 'ZZ-'],
  ])('%s → %s', (typed, region) => {
    expect(regionOf(typed)).toBe(region);
  });

  it('a bare two-letter code is read as a region (ISO 3166), not as a language', () => {
    expect(crisisResources('es', t).region).toBe('ES');
  });
});

describe('crisisRegionName', () => {
  it.each([
    ['ES', 'en', 'Spain'],
    ['ES', 'es', 'España'],
    ['DE', 'fr', 'Allemagne'],
    ['BR', 'pt-BR', 'Brasil'],
    ['CH', 'de', 'Schweiz'],
  ])('%s in %s is %s', (code, locale, name) => {
    expect(crisisRegionName(code, locale)).toBe(name);
  });
});
