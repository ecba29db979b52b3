import type { Page } from '@kinlink/core';

/** Position after which the next page starts: the sort value and id of the last item shown. */
export interface CursorPosition {
  sort: string | number;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.sort, position.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor from `next`; throws a clear error for anything that is not one. */
export function decodeCursor(cursor: string): CursorPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && (typeof value[0] === 'string' || typeof value[0] === 'number') && typeof value[1] === 'string') {
      return { sort: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError();
}

export class InvalidCursorError extends Error {
  constructor() {
    super('invalid cursor: pass the `next` value of the previous page unchanged');
    this.name = 'InvalidCursorError';
  }
}

export interface PageOptions {
  cursor?: string | undefined;
  limit?: number | undefined;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export function pageSize(options: PageOptions): number {
  const limit = options.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`page size must be a positive integer, got ${limit}`);
  return Math.min(limit, MAX_PAGE_SIZE);
}

/** Builds a page from rows fetched with limit + 1: the extra row only says there is a next page. */
export function toPage<R, T>(rows: R[], limit: number, position: (row: R) => CursorPosition, map: (row: R) => T): Page<T> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  const last = shown[shown.length - 1];
  return { items: shown.map(map), next: more && last !== undefined ? encodeCursor(position(last)) : null };
}
