/** A small seeded PRNG (mulberry32): the same seed gives the same samples and synthetic data. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)]!;
  }

  /** Zipf-like pick: early items are much more common (a few given names are shared by many people). */
  pickSkewed<T>(items: readonly T[], exponent = 1.1): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    const u = this.next();
    const i = Math.floor(items.length * u ** (1 + exponent * 2));
    return items[Math.min(i, items.length - 1)]!;
  }
}
