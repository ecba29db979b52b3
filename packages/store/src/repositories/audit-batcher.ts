import type { AuditEntryInput } from '@kinlink/core';

/** Appends the given entries to the audit chain, in order, atomically (one statement). */
export type AppendEntries = (entries: readonly AuditEntryInput[]) => Promise<void>;

interface Waiting {
  entries: readonly AuditEntryInput[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Entries appended by one statement at most (a statement's text stays small). */
const MAX_BATCH_ENTRIES = 500;

/**
 * Group commit of audited reads' entries. Every append takes the chain head's row lock, so under load the
 * requests of one process queue on it one after another; here a process sends one append at a time, with
 * every entry that arrived while the previous one ran. At low load a batch is one request (no added wait);
 * at 500 requests/s a few. Each request still learns that its own entries are stored before it answers.
 * A failed batch is retried request by request, so one request's bad entry fails only that request.
 */
export class AuditBatcher {
  private waiting: Waiting[] = [];
  private running = false;

  constructor(private readonly append: AppendEntries) {}

  add(entries: readonly AuditEntryInput[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ entries, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) await this.appendBatch(this.nextBatch());
    } finally {
      this.running = false;
    }
  }

  private nextBatch(): Waiting[] {
    let entries = 0;
    let size = 0;
    while (size < this.waiting.length && (size === 0 || entries + this.waiting[size]!.entries.length <= MAX_BATCH_ENTRIES)) {
      entries += this.waiting[size]!.entries.length;
      size++;
    }
    return this.waiting.splice(0, size);
  }

  private async appendBatch(batch: readonly Waiting[]): Promise<void> {
    try {
      await this.append(batch.flatMap((w) => w.entries));
      for (const w of batch) w.resolve();
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      for (const w of batch) {
        try {
          await this.append(w.entries);
          w.resolve();
        } catch (own) {
          w.reject(own);
        }
      }
    }
  }
}

