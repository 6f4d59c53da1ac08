// How event titles and names are compared: as words, without case or accents, so that
// "Dr. Álvarez's session" contains "alvarez" and "therapy budget" does not contain "the".

/** Lower-case words of a text, accents folded ("Álvarez's" → "alvarez"). */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether `needle`'s words appear in `haystack`'s, next to each other and in order. */
export function containsPhrase(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Titles and letters after a name that say nothing about who it is. */
const HONORIFICS = new Set(
  'dr doctor mr mrs ms miss mx prof professor phd psyd edd md do ma ms msc msw mft lmft lcsw licsw lpc lpcc lmhc lcpc lp cpsych rp rsw'.split(
    ' ',
  ),
);

// A client has a handful of therapists; their names are split once, not once per event.
const nameCache = new Map<string, string[]>();

/** The words that identify a person ("Dr. Maria Alvarez, LCSW" → maria, alvarez). */
export function nameWords(name: string): string[] {
  let cached = nameCache.get(name);
  if (!cached) {
    if (nameCache.size > 100) nameCache.clear();
    nameCache.set(name, (cached = words(name).filter((w) => !HONORIFICS.has(w) && w.length > 1)));
  }
  return cached;
}

/**
 * Words that every therapy event may carry: a keyword made only of these tells no therapist
 * from another, and a title that has any other word ("Team meeting about therapy budget") is
 * not a session on their strength alone.
 */
const SESSION_WORDS = new Set(
  [
    'therapy therapie therapist session sessions appointment appt appointments counselling counseling counsellor counselor',
    'psychotherapy psychotherapist psychology psychologist psychiatry psychiatrist consultation consult',
    'telehealth teletherapy telemedicine visit',
  ]
    .join(' ')
    .split(' '),
);

/** Words a session title adds around those: kind, length, place, people. */
const SESSION_FILLER = new Set(
  [
    'with w and for the a an my our of at on via by',
    'weekly biweekly fortnightly monthly regular standard ongoing',
    'online video virtual remote phone call zoom in person office clinic',
    'individual couples couple family group child teen adult intake initial first follow up followup new client',
    'cbt dbt emdr act ifs',
    'min mins minute minutes hour hr h',
  ]
    .join(' ')
    .split(' '),
);

export function isSessionWordsOnly(keyword: string[]): boolean {
  return keyword.length > 0 && keyword.every((w) => SESSION_WORDS.has(w));
}

/**
 * Whether a title reads like a session and nothing else ("Weekly therapy (video)", "Therapy
 * with Dr Lee - 50 min"): every word is a session word, filler, a number, or one of `names`.
 */
export function looksLikeSession(title: string[], names: ReadonlySet<string>): boolean {
  return (
    title.some((w) => SESSION_WORDS.has(w)) &&
    title.every(
      (w) => SESSION_WORDS.has(w) || SESSION_FILLER.has(w) || HONORIFICS.has(w) || /^\d+$/.test(w) || names.has(w),
    )
  );
}
