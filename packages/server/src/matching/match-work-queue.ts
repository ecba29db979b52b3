import type { RequestEnvelope } from './match-protocol';

/**
 * The matching worker's queue: a caseworker's search (someone is waiting for the answer), and the indexing
 * it waits for, go before background work (a saved case's candidates, a refresh), which keeps its own
 * order. Calls in flight at the same time come from different callers, none of which relies on another's
 * order (each awaits its own indexing before it searches); an older version of a person indexed late is
 * ignored by the index host.
 */
export class MatchWorkQueue {
  private readonly interactive: RequestEnvelope[] = [];
  private readonly background: RequestEnvelope[] = [];

  push(envelope: RequestEnvelope): void {
    const request = envelope.request;
    const interactive = request.op === 'search' || (request.op === 'add' && request.interactive === true);
    (interactive ? this.interactive : this.background).push(envelope);
  }

  next(): RequestEnvelope | undefined {
    return this.interactive.shift() ?? this.background.shift();
  }

  get size(): number {
    return this.interactive.length + this.background.length;
  }
}
