import { FIND_A_HELPLINE, REGIONS, type ContactSpec, type LineSpec } from './crisis-lines';
import type { Translator } from './i18n/translator';

/** The UI's catalogue (`uiTranslator()`), or any other. */
type Words = Pick<Translator, 't'>;

/** A way to reach a crisis line: a `tel:` or `sms:` link with its words. */
export interface CrisisContact {
  kind: 'call' | 'text';
  /** What the link says, e.g. "Call 988" or "Text SHOUT to 85258". */
  label: string;
  href: string;
}

export interface CrisisLine {
  name: string;
  /** One short sentence: who answers and when. */
  note: string;
  contacts: CrisisContact[];
  url?: string;
  /** The page that confirmed the numbers, and the day it was read. */
  source: { url: string; checked: string };
}

export interface CrisisResources {
  /** The region these are for, or null when the region has no entry of its own. */
  region: string | null;
  /** Emergency services number, when known. */
  emergency: CrisisContact | null;
  lines: CrisisLine[];
}

/** The digits of a number for a URI: RFC 3966 allows `*`, and visual separators are dropped. */
const digits = (number: string) => number.replace(/[\s().-]/g, '');

function contact(c: ContactSpec, w: Words): CrisisContact {
  const number = c.number;
  if (c.kind === 'call')
    return {
      kind: 'call',
      label: c.option ? w.t('crisis_callOption', { number, option: c.option }) : w.t('crisis_call', { number }),
      href: `tel:${digits(number)}`,
    };
  return {
    kind: 'text',
    label: c.keyword ? w.t('crisis_textKeyword', { keyword: c.keyword, number }) : w.t('crisis_text', { number }),
    // RFC 5724: `body` pre-fills the message for lines that start on a word.
    href: `sms:${digits(number)}${c.keyword ? `?body=${encodeURIComponent(c.keyword)}` : ''}`,
  };
}

function line(spec: LineSpec, w: Words): CrisisLine {
  return {
    name: w.t(spec.name),
    note: w.t(spec.note),
    contacts: spec.contacts.map((c) => contact(c, w)),
    ...(spec.url ? { url: spec.url } : {}),
    source: spec.source,
  };
}

const emergency = (number: string, w: Words): CrisisContact => ({
  kind: 'call',
  label: w.t('crisis_emergencyCall', { number }),
  href: `tel:${digits(number)}`,
});

/** Region codes people type that mean one of ours. */
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB', USA: 'US', 'EN-GB': 'GB', NI: 'GB' };

/** The region a typed code or language tag means: "uk" → GB, "es-MX" → MX, "pt_BR" → BR. */
export function regionOf(typed: string): string {
  const code = typed.trim().toUpperCase().replace(/_/g, '-');
  const alias = ALIASES[code];
  if (alias) return alias;
  if (!code.includes('-')) return code;
  try {
    return new Intl.Locale(code).region ?? code;
  } catch {
    return code;
  }
}

/** The regions with their own entry, for the settings picker (names: `crisisRegionName`). */
export const CRISIS_REGIONS: readonly { code: string; name: string }[] = Object.keys(REGIONS).map((code) => ({
  code,
  name: crisisRegionName(code, 'en'),
}));

/** A region's name in `locale` ("Spain", "España", "Espagne"), by CLDR through `Intl.DisplayNames`. */
export function crisisRegionName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale, 'en'], { type: 'region' }).of(code) ?? code;
}

/**
 * Crisis resources for the user's region, always shown in the side panel, in the UI's words.
 * Elsewhere: 112, which reaches emergency services from mobile phones in most countries, and
 * Find A Helpline, which lists free lines for every country. Find A Helpline ends every list.
 */
export function crisisResources(region: string, w: Words): CrisisResources {
  const key = regionOf(region);
  const entry = REGIONS[key];
  const fallback = line(FIND_A_HELPLINE, w);
  if (!entry) return { region: null, emergency: emergency('112', w), lines: [fallback] };
  return {
    region: key,
    emergency: entry.emergency ? emergency(entry.emergency, w) : null,
    lines: [...entry.lines.map((l) => line(l, w)), fallback],
  };
}
