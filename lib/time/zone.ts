// Time zone names the runtime's tz database knows (ECMA-402: `Intl.DateTimeFormat` throws a
// RangeError for an unknown `timeZone`), looked up once per name.

const canonical = new Map<string, string | null>();

/** The canonical IANA name when the runtime knows `name` ("Europe/Berlin", "UTC"), else null. */
export function knownZone(name: string | null | undefined): string | null {
  if (!name || !/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return null;
  let known = canonical.get(name);
  if (known === undefined) {
    try {
      known = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      known = null;
    }
    canonical.set(name, known);
  }
  return known;
}

let zones: string[] | null = null;

/** Every IANA zone the runtime knows (empty where `Intl.supportedValuesOf` is missing). */
export function allZones(): string[] {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones;
}
