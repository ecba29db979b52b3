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

  it('paces background matching while caseworkers search, and answers their searches at once', () => {
    let now = 0;
    const queue = new MatchWorkQueue({ now: () => now, backgroundShare: 0.5, interactiveWindowMs: 1000 });
    queue.push(search(1));
    queue.push(candidates(2));
    queue.push(candidates(3));
    expect(queue.next()?.id).toBe(1);
    expect(queue.next()?.id).toBe(2);
    now += 40;
    queue.ranBackground(40); // half of the worker's time: the next background request waits as long as this one ran
    expect(queue.next()).toBeUndefined();
    expect(queue.msUntilBackground()).toBe(40);
    queue.push(search(4));
    expect(queue.next()?.id).toBe(4);
    now += 40;
    expect(queue.next()?.id).toBe(3);
    expect(queue.msUntilBackground()).toBe(Infinity);
  });

  it('runs background matching back to back when no one has searched for a moment', () => {
    let now = 0;
    const queue = new MatchWorkQueue({ now: () => now, backgroundShare: 0.25, interactiveWindowMs: 1000 });
    queue.push(search(1));
    queue.next();
    now = 1001;
    for (const id of [2, 3, 4]) queue.push(candidates(id));
    const order: number[] = [];
    for (let next = queue.next(); next; next = queue.next()) {
      order.push(next.id);
      now += 500;
      queue.ranBackground(500);
    }
    expect(order).toEqual([2, 3, 4]);
  });
});
