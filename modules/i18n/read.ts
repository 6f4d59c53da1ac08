import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { catalogueDir, LOCALES, type Locale } from '../../lib/i18n/locales';
import { mergeAreas, readArea, type SourceCatalogue } from '../../lib/i18n/source';

/** Every locale's source catalogue: locales/<dir>/<area>.json merged (a locale not begun is `{}`). */
export function readSourceCatalogues(root: string): Map<Locale, SourceCatalogue> {
  const out = new Map<Locale, SourceCatalogue>();
  for (const locale of LOCALES) {
    const dir = join(root, 'locales', catalogueDir(locale));
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    } catch {
      // No folder yet: the locale is empty, and Chrome shows English.
    }
    const areas = files.sort().map((f) => {
      const file = join('locales', catalogueDir(locale), f);
      return { file, catalogue: readArea(file, basename(f, '.json'), JSON.parse(readFileSync(join(dir, f), 'utf8'))) };
    });
    out.set(locale, mergeAreas(areas));
  }
  return out;
}
