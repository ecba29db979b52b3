/** JSON with object keys sorted at every depth: one text per value, for hashing and stable storage. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export const toJson = (value: unknown): string => canonicalJson(value);
export const toJsonOrNull = (value: unknown): string | null => (value === undefined || value === null ? null : canonicalJson(value));
export const fromJson = <T>(text: string): T => JSON.parse(text) as T;
export const fromJsonOrNull = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));
