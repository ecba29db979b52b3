import { z } from 'zod';

/** Query of a paginated list: an opaque cursor from the previous page's `next` and a page size. */
export const PageQuery = z.strictObject({
  cursor: z.string().min(1).max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type PageQuery = z.infer<typeof PageQuery>;

export interface Page<T> {
  items: T[];
  /** Cursor of the next page, or null on the last page. */
  next: string | null;
}

/** Schema of a page of `item`: `{ items: [...], next: cursor-or-null }`. */
export const pageOf = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item), next: z.string().nullable() });
