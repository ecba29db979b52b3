import { randomUUID } from 'node:crypto';
import { DEFAULT_BACKOFF, nextDelayMs, type BackoffPolicy } from './backoff';
import type { PinnedDirectory } from './directory';
import { sealEnvelope, type Envelope } from './envelope';
import type { OrganisationIdentity } from './identity';

export type OutboxStatus = 'pending' | 'delivered' | 'dead';

export interface OutboxEntry {
  readonly id: string;
  readonly to: string;
  readonly type: string;
  readonly body: unknown;
  readonly createdAt: number;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: number;
  lastError?: string | undefined;
  deliveredAt?: number | undefined;
}

/** Where the outbox keeps its messages: in memory for tests, a table on a server. */
export interface OutboxStore {
  add(entry: OutboxEntry): Promise<void>;
  due(now: number, limit: number): Promise<OutboxEntry[]>;
  update(entry: OutboxEntry): Promise<void>;
  get(id: string): Promise<OutboxEntry | undefined>;
}

export class MemoryOutboxStore implements OutboxStore {
  readonly entries = new Map<string, OutboxEntry>();
  async add(entry: OutboxEntry): Promise<void> {
    this.entries.set(entry.id, { ...entry });
  }
  async due(now: number, limit: number): Promise<OutboxEntry[]> {
    return [...this.entries.values()]
      .filter((entry) => entry.status === 'pending' && entry.nextAttemptAt <= now)
      .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.createdAt - b.createdAt)
      .slice(0, limit)
      .map((entry) => ({ ...entry }));
  }
  async update(entry: OutboxEntry): Promise<void> {
    this.entries.set(entry.id, { ...entry });
  }
  async get(id: string): Promise<OutboxEntry | undefined> {
    const entry = this.entries.get(id);
    return entry === undefined ? undefined : { ...entry };
  }
}

/** Delivers one envelope to a peer; resolves with the HTTP status (and text) or rejects on network failure. */
export type Transport = (url: string, envelope: Envelope) => Promise<{ status: number; text: string }>;

export const fetchTransport: Transport = async (url, envelope) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(envelope),
    signal: AbortSignal.timeout(15_000),
  });
  return { status: response.status, text: await response.text() };
};

/** The path on a peer that receives signed messages. */
export const INBOX_PATH = '/api/v1/federation/inbox';

export interface DeliveryReport {
  readonly delivered: string[];
  readonly retrying: { id: string; error: string; nextAttemptAt: number }[];
  readonly dead: string[];
}

/**
 * Messages are stored first and sent later: a peer that is down gets them when it is back. Each attempt
 * is signed afresh (new nonce and timestamp, current directory) under the same message id, so the
 * receiver's inbox applies it once however many attempts reach it.
 */
export class Outbox {
  constructor(
    private readonly self: OrganisationIdentity,
    private readonly directory: PinnedDirectory,
    private readonly store: OutboxStore,
    private readonly transport: Transport = fetchTransport,
    private readonly policy: BackoffPolicy = DEFAULT_BACKOFF,
    private readonly random: () => number = Math.random,
  ) {}

  async enqueue(message: { to: string; type: string; body: unknown; id?: string }, now: number): Promise<string> {
    if (this.directory.peer(message.to) === undefined) throw new Error(`cannot send to "${message.to}": not in the pinned directory`);
    const id = message.id ?? randomUUID();
    await this.store.add({ id, to: message.to, type: message.type, body: message.body, createdAt: now, status: 'pending', attempts: 0, nextAttemptAt: now });
    return id;
  }

  async deliverDue(now: number, limit = 50): Promise<DeliveryReport> {
    const report: DeliveryReport = { delivered: [], retrying: [], dead: [] };
    for (const entry of await this.store.due(now, limit)) {
      const { error, permanent } = await this.attempt(entry, now);
      entry.attempts++;
      if (error === undefined) {
        entry.status = 'delivered';
        entry.deliveredAt = now;
        entry.lastError = undefined;
        report.delivered.push(entry.id);
      } else if (permanent || entry.attempts >= this.policy.maxAttempts) {
        entry.status = 'dead';
        entry.lastError = error;
        report.dead.push(entry.id);
      } else {
        entry.nextAttemptAt = now + nextDelayMs(entry.attempts, this.policy, this.random);
        entry.lastError = error;
        report.retrying.push({ id: entry.id, error, nextAttemptAt: entry.nextAttemptAt });
      }
      await this.store.update(entry);
    }
    return report;
  }

  /** No error when the peer acknowledged (applied now or earlier); `permanent` when it refused the message for good (422). */
  private async attempt(entry: OutboxEntry, now: number): Promise<{ error?: string; permanent?: boolean }> {
    const peer = this.directory.peer(entry.to);
    if (peer === undefined) return { error: `"${entry.to}" is no longer in the directory` };
    const envelope = sealEnvelope(this.self, this.directory, { id: entry.id, to: entry.to, type: entry.type, body: entry.body }, new Date(now));
    try {
      const { status, text } = await this.transport(new URL(INBOX_PATH, peer.url).toString(), envelope);
      if (status >= 200 && status < 300) return {};
      return { error: `HTTP ${status}: ${text.slice(0, 300)}`, permanent: status === 422 };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }
}
