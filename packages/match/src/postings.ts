import { shared } from './shared-arrays';

export interface PostingsSnapshot {
  readonly tableKeys: Int32Array;
  readonly tableStart: Int32Array;
  readonly tableLength: Int32Array;
  readonly postings: Int32Array;
  readonly keys: number;
}

/** 32-bit FNV-1a hash of a key, never 0 (0 marks an empty table cell). */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h === 0 ? 1 : h;
}

/** Smallest number of recent postings that triggers a compaction on add. */
const MIN_COMPACT = 1 << 16;

/**
 * Posting lists (record slots per key) of an inverted index, compact: keys are 32-bit hashes (two keys
 * whose hashes collide share one list, which only adds candidates), and the lists live in one Int32Array
 * (a hash table of key → start, length). Records added since the last compaction sit in small JS arrays
 * until they are as many as the compact ones, then everything is compacted again (amortised linear).
 * Removal is by the caller's liveness test: compaction drops the slots it reports dead.
 */
export class PostingStore {
  private tableKeys: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private tableStart: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private tableLength: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private compactPostings: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private compactKeys = 0;
  private readonly recent = new Map<number, number[]>();
  private recentPostings = 0;
  /** Slots removed since the last compaction: when none, compaction copies whole ranges without checks. */
  private removed = 0;

  constructor(private readonly isAlive: (slot: number) => boolean) {}

  add(hash: number, slot: number): void {
    const list = this.recent.get(hash);
    if (list) list.push(slot);
    else this.recent.set(hash, [slot]);
    this.recentPostings++;
    if (this.recentPostings >= Math.max(MIN_COMPACT, this.compactPostings.length)) this.compact();
  }

  /** Tells the store that a slot is dead now (its compacted postings are dropped by the next `compact`). */
  slotRemoved(): void {
    this.removed++;
  }

  /** Removes a slot added since the last compaction (compacted ones are dropped by `compact`). */
  removeRecent(hash: number, slot: number): void {
    const list = this.recent.get(hash);
    if (!list) return;
    const at = list.lastIndexOf(slot);
    if (at < 0) return;
    list[at] = list[list.length - 1]!;
    list.pop();
    this.recentPostings--;
    if (list.length === 0) this.recent.delete(hash);
  }

  private cell(hash: number): number {
    const mask = this.tableKeys.length - 1;
    if (mask < 0) return -1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const k = this.tableKeys[i]!;
      if (k === hash) return i;
      if (k === 0) return -1;
    }
  }

  /** Number of slots under a key (dead ones not yet compacted included). */
  length(hash: number): number {
    const c = this.cell(hash);
    return (c < 0 ? 0 : this.tableLength[c]!) + (this.recent.get(hash)?.length ?? 0);
  }

  /** Calls `visit` with each slot under the key (at most `limit`), oldest first; dead slots are the caller's to skip. */
  forEach(hash: number, visit: (slot: number) => void, limit = Infinity): void {
    let left = limit;
    const c = this.cell(hash);
    if (c >= 0) {
      const start = this.tableStart[c]!;
      const end = start + Math.min(this.tableLength[c]!, left);
      const postings = this.compactPostings;
      for (let i = start; i < end; i++) visit(postings[i]!);
      left -= end - start;
    }
    const list = this.recent.get(hash);
    if (!list) return;
    const end = Math.min(list.length, left);
    for (let i = 0; i < end; i++) visit(list[i]!);
  }

  /** Moves every list into the compact arrays, dropping dead slots. */
  compact(): void {
    if (this.recentPostings === 0 && this.removed === 0 && this.recent.size === 0) return;
    const checked = this.isAlive;
    const alive = this.removed === 0 ? () => true : checked;
    const old = { keys: this.tableKeys, start: this.tableStart, length: this.tableLength, postings: this.compactPostings };
    // Every key once: its compact range (if any) and its recent list (if any).
    const keys: number[] = [];
    const ranges: number[] = [];
    const lists: (number[] | undefined)[] = [];
    for (let c = 0; c < old.keys.length; c++) {
      const hash = old.keys[c]!;
      if (hash === 0) continue;
      keys.push(hash);
      ranges.push(c);
      lists.push(this.recent.get(hash));
    }
    for (const [hash, list] of this.recent) {
      if (this.cell(hash) >= 0) continue;
      keys.push(hash);
      ranges.push(-1);
      lists.push(list);
    }
    let total = 0;
    const counts = new Int32Array(keys.length);
    let live = 0;
    for (let k = 0; k < keys.length; k++) {
      let n = 0;
      const c = ranges[k]!;
      if (c >= 0 && this.removed === 0) n += old.length[c]!;
      else if (c >= 0) {
        const end = old.start[c]! + old.length[c]!;
        for (let i = old.start[c]!; i < end; i++) if (alive(old.postings[i]!)) n++;
      }
      for (const slot of lists[k] ?? []) if (alive(slot)) n++;
      counts[k] = n;
      total += n;
      if (n > 0) live++;
    }
    let size = 1;
    while (size < live * 2) size *= 2;
    const mask = size - 1;
    const tableKeys = new Int32Array(size);
    const tableStart = new Int32Array(size);
    const tableLength = new Int32Array(size);
    const postings = new Int32Array(total);
    let at = 0;
    for (let k = 0; k < keys.length; k++) {
      if (counts[k] === 0) continue;
      const hash = keys[k]!;
      let cell = hash & mask;
      while (tableKeys[cell] !== 0) cell = (cell + 1) & mask;
      tableKeys[cell] = hash;
      tableStart[cell] = at;
      tableLength[cell] = counts[k]!;
      const c = ranges[k]!;
      if (c >= 0 && this.removed === 0) {
        postings.set(old.postings.subarray(old.start[c]!, old.start[c]! + old.length[c]!), at);
        at += old.length[c]!;
      } else if (c >= 0) {
        const end = old.start[c]! + old.length[c]!;
        for (let i = old.start[c]!; i < end; i++) {
          const slot = old.postings[i]!;
          if (alive(slot)) postings[at++] = slot;
        }
      }
      for (const slot of lists[k] ?? []) if (alive(slot)) postings[at++] = slot;
    }
    this.tableKeys = tableKeys;
    this.tableStart = tableStart;
    this.tableLength = tableLength;
    this.compactPostings = postings;
    this.compactKeys = live;
    this.recent.clear();
    this.recentPostings = 0;
    this.removed = 0;
  }

  /** The compact arrays in shared memory (compacting first), to search from other threads. */
  snapshot(): PostingsSnapshot {
    this.compact();
    this.tableKeys = shared(this.tableKeys);
    this.tableStart = shared(this.tableStart);
    this.tableLength = shared(this.tableLength);
    this.compactPostings = shared(this.compactPostings);
    return { tableKeys: this.tableKeys, tableStart: this.tableStart, tableLength: this.tableLength, postings: this.compactPostings, keys: this.compactKeys };
  }

  static fromSnapshot(s: PostingsSnapshot, isAlive: (slot: number) => boolean): PostingStore {
    const store = new PostingStore(isAlive);
    store.tableKeys = s.tableKeys;
    store.tableStart = s.tableStart;
    store.tableLength = s.tableLength;
    store.compactPostings = s.postings;
    store.compactKeys = s.keys;
    return store;
  }

  /** Keys and slots held (compacting first, so dead slots are not counted). */
  stats(): { keys: number; postings: number } {
    this.compact();
    return { keys: this.compactKeys, postings: this.compactPostings.length };
  }

  /** Bytes held by the compact arrays (the recent lists are small and not counted). */
  get compactBytes(): number {
    return this.tableKeys.byteLength * 3 + this.compactPostings.byteLength;
  }
}
