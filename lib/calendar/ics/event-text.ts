// What an event says besides its times: the organizer's email and the
// video link (DESIGN.md: calendar-provided text is shown as text, never as HTML).
import { findLinks } from '../telehealth';

/** The first video platform link in these texts, in order; null when none (lib/calendar/telehealth.ts). */
export function findVideoUrl(texts: (string | null | undefined)[]): string | null {
  return findLinks(texts).videoUrl;
}

/** `mailto:Dr.Lee@Example.com` → `dr.lee@example.com`; null when there is no address. */
export function organizerEmail(value: string | null): string | null {
  if (!value) return null;
  const email = value.trim().replace(/^mailto:/i, '').trim().toLowerCase();
  return email.includes('@') ? email : null;
}
