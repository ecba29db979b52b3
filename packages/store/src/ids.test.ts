import { expect, it } from 'vitest';
import { newId, newRecordId } from './ids';

it('makes UUID version 7 ids that are unique and sort in creation order, also within one millisecond', () => {
  const ids = Array.from({ length: 5000 }, (_, i) => newId(1_700_000_000_000 + Math.floor(i / 1000)));
  expect(new Set(ids).size).toBe(ids.length);
  expect([...ids].sort()).toEqual(ids);
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(newRecordId('mk.redcross.example')).toMatch(/^mk\.redcross\.example\/[0-9a-f-]{36}$/);
});
