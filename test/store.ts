import { browser } from 'wxt/browser';
import { entriesOf } from '../lib/store/io';
import type { Item } from '../lib/store/item';

/** Puts a value in storage as an earlier session of the extension would have left it (tests only). */
export async function seed<T>(item: Item<T>, value: T): Promise<void> {
  await browser.storage.local.set(entriesOf([[item as Item<unknown>, value]]));
}

export { getValue as stored } from '../lib/store/io';
