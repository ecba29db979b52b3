import type { RequestEnvelope } from './match-protocol';

/** While caseworkers are searching, background matching takes at most this share of the worker's time. */
const BACKGROUND_SHARE = 0.5;
/** Caseworkers count as searching for this long after their last search. */
const INTERACTIVE_WINDOW_MS = 1000;

/** A search, or the indexing a search waits for: someone is waiting for the answer. */
export function isInteractive({ request }: RequestEnvelope): boolean {
  return request.op === 'search' || (request.op === 'add' && request.interactive === true);
}

export interface MatchWorkQueueOptions {
  now?: () => number;
  backgroundShare?: number;
  interactiveWindowMs?: number;
}

/**
 * The matching worker's queue: a caseworker's search (someone is waiting for the answer), and the indexing
 * it waits for, go before background work (a saved case's candidates, a refresh), which keeps its own
 * order. Calls in flight at the same time come from different callers, none of which relies on another's
 * order (each awaits its own indexing before it searches); an older version of a person indexed late is
 * ignored by the index host.
 *
 * While searches keep coming, background work is paced: after a background request that ran t ms the next
 * one waits t·(1−share)/share ms. On a small machine the worker otherwise takes a whole core for a burst of
 * saved cases, and the searches and the API thread wait for CPU; the candidates of those cases are stored a
 * little later instead (jobs stay queued in the database meanwhile, nothing is lost). When no one has
 * searched for a moment, background work runs back to back.
 */
export class MatchWorkQueue {
  private readonly interactive: RequestEnvelope[] = [];
  private readonly background: RequestEnvelope[] = [];
  private readonly now: () => number;
  private readonly share: number;
  private readonly windowMs: number;
  private lastInteractiveAt = -Infinity;
  private backgroundResumesAt = -Infinity;

  constructor(options: MatchWorkQueueOptions = {}) {
    this.now = options.now ?? (() => performance.now());
    this.share = options.backgroundShare ?? BACKGROUND_SHARE;
    this.windowMs = options.interactiveWindowMs ?? INTERACTIVE_WINDOW_MS;
    if (!(this.share > 0 && this.share <= 1)) throw new Error('the background share must be in (0, 1]');
  }

  push(envelope: RequestEnvelope): void {
    if (envelope.request.op === 'search') this.lastInteractiveAt = this.now();
    (isInteractive(envelope) ? this.interactive : this.background).push(envelope);
  }

  /** The next request to run now, or undefined (nothing queued, or background work paced: see `msUntilBackground`). */
  next(): RequestEnvelope | undefined {
    return this.interactive.shift() ?? (this.msUntilBackground() === 0 ? this.background.shift() : undefined);
  }

  /** Milliseconds until queued background work may run (0: now; Infinity: none is queued). */
  msUntilBackground(): number {
    if (this.background.length === 0) return Infinity;
    const now = this.now();
    if (now - this.lastInteractiveAt > this.windowMs) return 0;
    return Math.max(0, this.backgroundResumesAt - now);
  }

  /** A background request just ran for `ms`: the next waits its share of that time while searches are coming. */
  ranBackground(ms: number): void {
    this.backgroundResumesAt = this.now() + (ms * (1 - this.share)) / this.share;
  }

  get size(): number {
    return this.interactive.length + this.background.length;
  }
}
