import { describe, expect, it } from 'vitest';
import type { RequestEnvelope } from './match-protocol';
import { MatchWorkQueue } from './match-work-queue';

const search = (id: number): RequestEnvelope => ({ id, request: { op: 'search', query: { id: '', givenName: 'Ahmad' }, options: {} } });
const candidates = (id: number): RequestEnvelope => ({ id, request: { op: 'candidates', personId: `p${id}`, top: 10, threshold: 0.5 } });
const add = (id: number, interactive?: boolean): RequestEnvelope => ({ id, request: { op: 'add', entries: [], ...(interactive ? { interactive } : {}) } });

describe('the matching worker queue', () => {
  it("answers a caseworker's search (and the indexing it waits for) before queued background matching, which keeps its order", () => {
    const queue = new MatchWorkQueue();
    for (const envelope of [candidates(1), add(2), add(3, true), search(4), candidates(5), search(6)]) queue.push(envelope);
    const order: number[] = [];
    for (let next = queue.next(); next; next = queue.next()) order.push(next.id);
    expect(order).toEqual([3, 4, 6, 1, 2, 5]);
    expect(queue.size).toBe(0);
  });
});
