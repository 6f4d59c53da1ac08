import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { pseudo, PSEUDO_CLOSE, PSEUDO_OPEN } from '../../../lib/i18n/source';
import { TMP } from './lifecycle';

// The pseudo-locale check: English replaced by marked pseudo text, so that any text a page
// shows outside the markers was not looked up in the catalogue.

/** A copy of the built extension whose English catalogue is pseudo text (as `SK_PSEUDO=1` builds it). */
export function pseudoExtension(builtDir: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(TMP, 'pseudo-ext-'));
  cpSync(builtDir, dir, { recursive: true });
  // Only English, so that the browser's language, whatever it is, reads the pseudo catalogue.
  for (const other of ['en_GB', 'es', 'fr', 'de', 'pt_BR', 'pt'])
    rmSync(join(dir, '_locales', other), { recursive: true, force: true });
  const file = join(dir, '_locales', 'en', 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  for (const [key, entry] of Object.entries(messages))
    if (key !== 'catalogue_locale') entry.message = pseudo(entry.message);
  writeFileSync(file, JSON.stringify(messages));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every piece of text a person can meet on the page: text nodes, tooltips, labels, the title. */
export function pageTexts(
  page: Page,
): Promise<{ nodes: { text: string; where: string }[]; attributes: { text: string; where: string }[] }> {
  return page.evaluate(() => {
    const out: { text: string; where: string }[] = [];
    const attributes: { text: string; where: string }[] = [];
    const where = (el: Element) =>
      [
        el.tagName.toLowerCase(),
        el.id && `#${el.id}`,
        el.getAttribute('data-testid') && `[${el.getAttribute('data-testid')}]`,
      ]
        .filter(Boolean)
        .join('') + ` in ${el.parentElement?.tagName.toLowerCase() ?? ''}.${el.parentElement?.className ?? ''}`;
    // Closed <details> hold text too; open them so nothing is left unseen.
    for (const d of document.querySelectorAll('details')) d.open = true;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, template')) continue;
      // Text marked as another language on purpose (a language named in itself: "Deutsch"), or
      // as not to be translated (a product's name: translate="no", HTML's own attribute).
      if (parent.closest('[lang]') !== document.documentElement || parent.closest('[translate="no"]')) continue;
      const text = node.textContent ?? '';
      if (text.trim()) out.push({ text, where: where(parent) });
    }
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder], [alt], [aria-description]')) {
      for (const attr of ['title', 'aria-label', 'placeholder', 'alt', 'aria-description']) {
        const text = el.getAttribute(attr);
        if (text?.trim()) attributes.push({ text, where: `${attr} of ${where(el)}` });
      }
    }
    for (const el of document.querySelectorAll<HTMLInputElement>('input[type="button"], input[type="submit"]')) {
      attributes.push({ text: el.value, where: `value of ${where(el)}` });
    }
    attributes.push({ text: document.title, where: 'the page title' });
    return { nodes: out, attributes };
  });
}

/**
 * The words `Intl` writes in `locale` for dates, times, money and countries: month and weekday
 * names, AM/PM, zone names, currency codes, country names. A date the format kit writes (or a weekday named by
 * `Intl`) is the browser's, not the catalogue's, and is allowed outside the markers.
 */
export function intlWords(locale: string, timeZone: string): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of text.split(/[^\p{L}.]+/u)) if (/\p{L}/u.test(w)) words.add(w);
  };
  const styles: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { weekday: 'long' },
    { weekday: 'short' },
    { hour: 'numeric', minute: '2-digit' },
    { dateStyle: 'full', timeStyle: 'short' },
    { dateStyle: 'medium', timeStyle: 'short' },
    { timeZoneName: 'short' },
  ];
  for (let day = 0; day < 366; day += 3) {
    const date = new Date(Date.UTC(2026, 0, 1 + day, day % 24));
    for (const style of styles) add(new Intl.DateTimeFormat(locale, { ...style, timeZone }).format(date));
  }
  // Country names (Intl.DisplayNames), as the crisis lines' country list writes them.
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      try {
        const name = regions.of(code);
        if (name && name !== code) add(name);
      } catch {
        // Not a region code.
      }
    }
  }
  for (const currency of ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'BRL', 'MXN', 'CHF']) {
    add(new Intl.NumberFormat(locale, { style: 'currency', currency }).format(1));
  }
  return words;
}

/**
 * The parts of consecutive texts outside the catalogue's markers. Markers nest (a message
 * holding another, "Starts in ⟦2 days⟧") and a message may span several text nodes (a sentence
 * with a <strong> inside), so the depth is carried from one text to the next.
 */
export function outsideMarkers(texts: readonly string[]): { outside: string[]; unclosed: boolean } {
  let depth = 0;
  const outside = texts.map((text) => {
    let out = '';
    for (const c of text) {
      if (c === PSEUDO_OPEN) depth++;
      else if (c === PSEUDO_CLOSE) depth = Math.max(0, depth - 1);
      else if (depth === 0) out += c;
    }
    return out;
  });
  return { outside, unclosed: depth > 0 };
}

/**
 * What is left of a text outside the markers once user data (therapist names, calendar titles,
 * addresses) and `Intl`'s words are taken out: letters left are text that was not looked up.
 */
export function untranslatedPart(outside: string, userData: readonly string[], intl: ReadonlySet<string>): string {
  let rest = outside;
  for (const data of [...userData].filter(Boolean).sort((a, b) => b.length - a.length))
    rest = rest.split(data).join(' ');
  const left = rest
    .split(/[^\p{L}.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter((w) => /\p{L}/u.test(w) && !intl.has(w) && !intl.has(`${w}.`));
  return left.join(' ');
}
