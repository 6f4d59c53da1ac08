import { onMessage } from '../messaging';
import { writes, type WriteName } from '../store/writes';

/** Makes the changes pages and the calendar add-on ask for: the one writer of stored state. */
export function initWrites(): () => void {
  return onMessage('write', ({ name, args }) => {
    if (!Object.hasOwn(writes, name)) throw new Error(`Unknown change "${name}".`);
    const run = writes[name as WriteName] as (...a: unknown[]) => Promise<unknown>;
    return run(...args);
  });
}
