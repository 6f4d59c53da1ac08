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
}

export interface CrisisResources {
  /** The region these are for, or null when the region has no entry of its own. */
  region: string | null;
  /** Emergency services number, when known. */
  emergency: CrisisContact | null;
  lines: CrisisLine[];
}

const call = (number: string, label = number): CrisisContact => ({
  kind: 'call',
  label: `Call ${label}`,
  href: `tel:${number.replace(/\s+/g, '')}`,
});

/** `sms:` with a pre-filled word (RFC 5724 `body`), for lines that start on a keyword. */
const text = (number: string, keyword?: string, label = number): CrisisContact => ({
  kind: 'text',
  label: keyword ? `Text ${keyword} to ${label}` : `Text ${label}`,
  href: `sms:${number.replace(/\s+/g, '')}${keyword ? `?body=${encodeURIComponent(keyword)}` : ''}`,
});

const emergency = (number: string): CrisisContact => ({
  kind: 'call',
  label: `Emergency: call ${number}`,
  href: `tel:${number}`,
});

const FIND_A_HELPLINE: CrisisLine = {
  name: 'Find A Helpline',
  note: 'Free, confidential helplines in your country, checked and up to date.',
  contacts: [],
  url: 'https://findahelpline.com',
};

const SAMARITANS: CrisisLine = {
  name: 'Samaritans',
  note: 'Free, any time, day or night.',
  contacts: [call('116 123')],
  url: 'https://www.samaritans.org',
};

const BY_REGION: Readonly<Record<string, Omit<CrisisResources, 'region'>>> = {
  US: {
    emergency: emergency('911'),
    lines: [
      {
        name: '988 Suicide & Crisis Lifeline',
        note: 'Call or text, any time. Free and confidential.',
        contacts: [call('988'), text('988')],
        url: 'https://988lifeline.org',
      },
    ],
  },
  CA: {
    emergency: emergency('911'),
    lines: [
      {
        name: '9-8-8 Suicide Crisis Helpline',
        note: 'Call or text, any time, in English or French.',
        contacts: [call('988'), text('988')],
        url: 'https://988.ca',
      },
    ],
  },
  GB: {
    emergency: emergency('999'),
    lines: [
      SAMARITANS,
      {
        name: 'Shout',
        note: 'Text support, any time.',
        contacts: [text('85258', 'SHOUT')],
        url: 'https://giveusashout.org',
      },
    ],
  },
  IE: {
    emergency: emergency('112'),
    lines: [
      { ...SAMARITANS, url: 'https://www.samaritans.org/ireland/' },
      {
        name: '50808',
        note: 'Text support, any time.',
        contacts: [text('50808', 'HELLO')],
        url: 'https://text50808.ie',
      },
    ],
  },
  AU: {
    emergency: emergency('000'),
    lines: [
      {
        name: 'Lifeline',
        note: 'Call or text, any time.',
        contacts: [call('13 11 14'), text('0477 13 11 14', undefined, '0477 13 11 14')],
        url: 'https://www.lifeline.org.au',
      },
    ],
  },
  NZ: {
    emergency: emergency('111'),
    lines: [
      {
        name: 'Need to talk? 1737',
        note: 'Call or text 1737 to talk with a trained counsellor, any time.',
        contacts: [call('1737'), text('1737')],
        url: 'https://1737.org.nz',
      },
    ],
  },
};

/** Region codes people type that mean one of ours. */
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB', USA: 'US', 'EN-GB': 'GB', NI: 'GB' };

/** The regions with their own entry, for the settings picker. */
export const CRISIS_REGIONS: readonly { code: string; name: string }[] = [
  { code: 'US', name: 'United States' },
  { code: 'CA', name: 'Canada' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'IE', name: 'Ireland' },
  { code: 'AU', name: 'Australia' },
  { code: 'NZ', name: 'New Zealand' },
];

/**
 * Crisis resources for the user's region, always shown in the side panel.
 * Elsewhere: 112, which reaches emergency services from mobile phones in most countries, and
 * Find A Helpline, which lists free lines for every country.
 */
export function crisisResources(region: string): CrisisResources {
  const code = region.trim().toUpperCase();
  const key = ALIASES[code] ?? code;
  const entry = BY_REGION[key];
  if (entry) return { region: key, emergency: entry.emergency, lines: [...entry.lines, FIND_A_HELPLINE] };
  return { region: null, emergency: emergency('112'), lines: [FIND_A_HELPLINE] };
}
