/**
 * Counts requests in flight so the layout can show a progress bar, and a "slow network" notice after a
 * while. Nothing blocks the page: this is display only.
 */
export interface ProgressSnapshot {
  inFlight: number;
  /** True when the oldest request in flight has been running longer than SLOW_AFTER_MS. */
  slow: boolean;
}

export const SLOW_AFTER_MS = 6000;

type Listener = () => void;

export class ProgressTracker {
  private readonly started = new Map<number, number>();
  private nextId = 1;
  private listeners = new Set<Listener>();
  private snapshot: ProgressSnapshot = { inFlight: 0, slow: false };
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly now: () => number = () => Date.now()) {}

  begin(): () => void {
    const id = this.nextId++;
    this.started.set(id, this.now());
    this.update();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.started.delete(id);
      this.update();
    };
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ProgressSnapshot => this.snapshot;

  /** Re-evaluates "slow"; called by the timer, exposed for tests. */
  update(): void {
    const now = this.now();
    let oldest = Infinity;
    for (const t of this.started.values()) oldest = Math.min(oldest, t);
    const inFlight = this.started.size;
    const slow = inFlight > 0 && now - oldest >= SLOW_AFTER_MS;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = inFlight > 0 && !slow ? setTimeout(() => this.update(), SLOW_AFTER_MS - (now - oldest) + 10) : undefined;
    if (inFlight !== this.snapshot.inFlight || slow !== this.snapshot.slow) {
      this.snapshot = { inFlight, slow };
      for (const l of this.listeners) l();
    }
  }
}

export const progress = new ProgressTracker();
