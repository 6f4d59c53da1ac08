import { uiCatalogueLocale } from './ui';

/**
 * An extension page in the UI's language: `<html lang>` names the catalogue's language (screen
 * readers choose their voice by it) and the tab's title is translated.
 */
export function localisePage(doc: Pick<Document, 'documentElement' | 'title'>, title: string): void {
  doc.documentElement.lang = uiCatalogueLocale();
  doc.title = title;
}
