import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATALOGUE_LOCALE_KEY } from '../lib/i18n/chrome-messages';
import { mergeAreas, readArea } from '../lib/i18n/source';

// WXT's fake browser has no i18n: unit tests read the English source catalogue, as an
// English-speaking browser would (en-US for Intl).
const files = import.meta.glob<unknown>('../locales/en/*.json', { eager: true, import: 'default' });
const english = mergeAreas(
  Object.entries(files).map(([file, json]) => ({
    file,
    catalogue: readArea(file, file.replace(/^.*\/|\.json$/g, ''), json),
  })),
);
const byKey = new Map(Object.entries(english).map(([k, v]) => [k.toLowerCase(), v.message]));

fakeBrowser.i18n.getUILanguage = () => 'en-US';
fakeBrowser.i18n.getMessage = (name: string) =>
  name === CATALOGUE_LOCALE_KEY ? 'en' : (byKey.get(name.toLowerCase()) ?? '');
