import type { RequestEnvelope } from './match-protocol';

/**
 * The matching worker's queue: a caseworker's search (someone is waiting for the answer) goes before
 * background work (indexing, a saved case's candidates), which keeps its own order. Calls in flight at the
 * same time come from different callers, none of which relies on another's order: each caller awaits its
 * own indexing before it searches.
 */
export class MatchWorkQueue {
  private readonly interactive: RequestEnvelope[] = [];
  private readonly background: RequestEnvelope[] = [];

  push(envelope: RequestEnvelope): void {
    (envelope.request.op === 'search' ? this.interactive : this.background).push(envelope);
  }

  next(): RequestEnvelope | undefined {
    return this.interactive.shift() ?? this.background.shift();
  }

  get size(): number {
    return this.interactive.length + this.background.length;
  }
}
