/**
 * A JSON Merge Patch (RFC 7396): objects are merged field by field, `null` removes a field,
 * anything else (arrays included) replaces. Pages send these instead of whole values, so an
 * edit changes only what the person changed, over whatever is stored by then.
 */
export type MergePatch<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: MergePatch<T[K]> | (undefined extends T[K] ? null : never) }
    : T;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** RFC 7396 §2 MergePatch(Target, Patch). */
export function mergePatch<T>(target: T, patch: MergePatch<T>): T {
  return apply(target, patch) as T;
}

function apply(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else if (value !== undefined) out[key] = apply(out[key], value);
  }
  return out;
}
