/** Timestamps are stored as ISO 8601 UTC text with milliseconds so they sort as text on every dialect. */
export function toTimestamp(value: Date | string | number = new Date()): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`invalid timestamp: ${String(value)}`);
  return date.toISOString();
}

/** Common metadata of a write: who does it and when (defaults to now). */
export interface WriteMeta {
  actorUserId?: string | null;
  now?: string;
}

export const metaNow = (meta: WriteMeta | undefined): string => (meta?.now ? toTimestamp(meta.now) : toTimestamp());
