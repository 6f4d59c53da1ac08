import { sendMessage } from '../messaging';
import type { WriteName, Writes } from './writes';

/**
 * Asks the background to make a change (lib/store/writes.ts) and resolves with its result.
 * Pages import only this, not the owners: their code stays in the background's bundle.
 */
export function write<K extends WriteName>(
  name: K,
  ...args: Parameters<Writes[K]>
): Promise<Awaited<ReturnType<Writes[K]>>> {
  return sendMessage('write', { name, args }) as Promise<Awaited<ReturnType<Writes[K]>>>;
}
