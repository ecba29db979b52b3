export interface FrequenciesSnapshot {
  readonly records: number;
  readonly counts: readonly [string, number][];
}

/**
 * How common each name unit is among the records of a registry (Splink's term-frequency adjustment):
 * an agreement on "Mohammad" is weaker evidence than an agreement on "Tesfaye".
 */
export class TermFrequencies {
  private readonly counts = new Map<string, number>();
  private records = 0;

  add(keys: readonly string[]): void {
    this.records++;
    for (const k of new Set(keys)) this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }

  remove(keys: readonly string[]): void {
    this.records = Math.max(0, this.records - 1);
    for (const k of new Set(keys)) {
      const n = (this.counts.get(k) ?? 0) - 1;
      if (n > 0) this.counts.set(k, n);
      else this.counts.delete(k);
    }
  }

  snapshot(): FrequenciesSnapshot {
    return { records: this.records, counts: [...this.counts] };
  }

  static fromSnapshot(s: FrequenciesSnapshot): TermFrequencies {
    const f = new TermFrequencies();
    f.records = s.records;
    for (const [key, n] of s.counts) f.counts.set(key, n);
    return f;
  }

  get size(): number {
    return this.records;
  }

  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Share of records carrying the key; unseen keys count as seen once (so a new name is rare, not impossible). */
  frequency(key: string): number {
    return Math.max(1, this.count(key)) / Math.max(1, this.records);
  }

  /**
   * Probability that a random record carries all these name units: the product of their frequencies.
   * Returns undefined when there are too few records for frequencies to mean anything.
   */
  nameFrequency(keys: readonly string[]): number | undefined {
    if (this.records < 1000 || keys.length === 0) return undefined;
    let f = 1;
    for (const k of new Set(keys)) f *= this.frequency(k);
    return f;
  }
}
