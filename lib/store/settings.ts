// The owner of the settings: a change names only the fields it sets, applied to the latest
// stored settings under the item's lock, so edits from the options page and the side panel
// never undo each other.
import type { Settings } from '../model/settings';
import { update } from './io';
import { settingsItem } from './items';
import { settingsSchema } from './schemas';

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  // Validated as a read would be: a wrong value in the patch falls back to the default.
  return update(settingsItem, (settings) => settingsSchema({ ...settings, ...patch }, []) ?? settings);
}
