import { writes, type WriteName } from '../store/writes';

/** A change of stored state, made by its owner here: the one writer of stored state. */
function write({ name, args }: { name: string; args: unknown[] }): Promise<unknown> {
  if (!Object.hasOwn(writes, name)) throw new Error(`Unknown change "${name}".`);
  const run = writes[name as WriteName] as (...a: unknown[]) => Promise<unknown>;
  return run(...args);
}

/** The changes pages and the calendar add-on ask for (lib/store/client.ts). */
export const writeMessages = { write };
