/**
 * The k largest scores among many (slot, score) offers: a binary min-heap on typed arrays, so ranking
 * thousands of blocking candidates costs no allocation and no full sort.
 */
export class TopK {
  private readonly slots: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(readonly k: number) {
    this.slots = new Int32Array(Math.max(1, k));
    this.scores = new Float64Array(Math.max(1, k));
  }

  clear(): void {
    this.size = 0;
  }

  /** The smallest score kept once full (offers at or below it are ignored); -Infinity before. */
  get floor(): number {
    return this.size < this.k ? -Infinity : this.scores[0]!;
  }

  offer(slot: number, score: number): void {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.scores[parent]! <= score) break;
        this.slots[i] = this.slots[parent]!;
        this.scores[i] = this.scores[parent]!;
        i = parent;
      }
      this.slots[i] = slot;
      this.scores[i] = score;
      return;
    }
    if (score <= this.scores[0]!) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const c = r < this.size && this.scores[r]! < this.scores[l]! ? r : l;
      if (this.scores[c]! >= score) break;
      this.slots[i] = this.slots[c]!;
      this.scores[i] = this.scores[c]!;
      i = c;
    }
    this.slots[i] = slot;
    this.scores[i] = score;
  }

  /** Calls `visit` with every kept slot and its score, in no particular order. */
  forEach(visit: (slot: number, score: number) => void): void {
    for (let i = 0; i < this.size; i++) visit(this.slots[i]!, this.scores[i]!);
  }

  /** Kept slots, best score first (ties: lower slot first). */
  sorted(): number[] {
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort((a, b) => this.scores[b]! - this.scores[a]! || this.slots[a]! - this.slots[b]!);
    return order.map((i) => this.slots[i]!);
  }
}
