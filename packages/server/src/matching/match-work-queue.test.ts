import { describe, expect, it } from 'vitest';
import type { RequestEnvelope } from './match-protocol';
import { MatchWorkQueue } from './match-work-queue';

const search = (id: number): RequestEnvelope => ({ id, request: { op: 'search', query: { id: '', givenName: 'Ahmad' }, options: {} } });
const candidates = (id: number): RequestEnvelope => ({ id, request: { op: 'candidates', personId: `p${id}`, top: 10, threshold: 0.5 } });
const add = (id: number): RequestEnvelope => ({ id, request: { op: 'add', entries: [] } });

describe('the matching worker queue', () => {
  it("answers a caseworker's search before queued background matching, which keeps its order", () => {
    const queue = new MatchWorkQueue();
    for (const envelope of [candidates(1), add(2), search(3), candidates(4), search(5)]) queue.push(envelope);
    const order: number[] = [];
    for (let next = queue.next(); next; next = queue.next()) order.push(next.id);
    expect(order).toEqual([3, 5, 1, 2, 4]);
    expect(queue.size).toBe(0);
  });
});
