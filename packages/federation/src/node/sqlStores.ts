import { randomUUID } from 'node:crypto';
import type { Envelope } from '../envelope';
import type { InboxStore } from '../inbox';
import type { OutboxEntry, OutboxStatus, OutboxStore } from '../outbox';
import type { FederationDb, FederationOutboxTable } from './tables';

const iso = (ms: number): string => new Date(ms).toISOString();

function toEntry(row: FederationOutboxTable): OutboxEntry {
  return {
    id: row.id,
    to: row.to_org,
    type: row.type,
    body: JSON.parse(row.body) as unknown,
    createdAt: Date.parse(row.created_at),
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    nextAttemptAt: Date.parse(row.next_attempt_at),
    lastError: row.last_error ?? undefined,
    deliveredAt: row.delivered_at === null ? undefined : Date.parse(row.delivered_at),
  };
}

export class SqlOutboxStore implements OutboxStore {
  constructor(private readonly db: FederationDb) {}

  async add(entry: OutboxEntry): Promise<void> {
    await this.db
      .insertInto('federation_outbox')
      .values({
        id: entry.id,
        to_org: entry.to,
        type: entry.type,
        body: JSON.stringify(entry.body),
        status: entry.status,
        attempts: entry.attempts,
        next_attempt_at: iso(entry.nextAttemptAt),
        last_error: entry.lastError ?? null,
        created_at: iso(entry.createdAt),
        delivered_at: null,
      })
      .execute();
  }

  async due(now: number, limit: number): Promise<OutboxEntry[]> {
    const rows = await this.db
      .selectFrom('federation_outbox')
      .selectAll()
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', iso(now))
      .orderBy('next_attempt_at')
      .orderBy('created_at')
      .limit(limit)
      .execute();
    return rows.map(toEntry);
  }

  async update(entry: OutboxEntry): Promise<void> {
    await this.db
      .updateTable('federation_outbox')
      .set({
        status: entry.status,
        attempts: entry.attempts,
        next_attempt_at: iso(entry.nextAttemptAt),
        last_error: entry.lastError ?? null,
        delivered_at: entry.deliveredAt === undefined ? null : iso(entry.deliveredAt),
      })
      .where('id', '=', entry.id)
      .execute();
  }

  async get(id: string): Promise<OutboxEntry | undefined> {
    const row = await this.db.selectFrom('federation_outbox').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toEntry(row);
  }
}

/**
 * A message id is claimed (state "processing") before its handler runs and marked "done" after; a
 * concurrent duplicate sees the claim and is told to retry later, a later duplicate is acknowledged
 * without running anything. A failing handler releases its claim so the sender's retry can apply it.
 */
export class SqlInboxStore implements InboxStore {
  constructor(
    private readonly db: FederationDb,
    private readonly now: () => Date,
  ) {}

  async applyOnce(envelope: Envelope, apply: () => Promise<void>): Promise<'applied' | 'duplicate'> {
    const key = { from_org: envelope.from, message_id: envelope.id };
    const claimed = await this.db
      .insertInto('federation_inbox')
      .values({ ...key, type: envelope.type, state: 'processing', received_at: this.now().toISOString() })
      .onConflict((oc) => oc.columns(['from_org', 'message_id']).doNothing())
      .executeTakeFirst();
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0) === 0) {
      const row = await this.db.selectFrom('federation_inbox').select('state').where('from_org', '=', key.from_org).where('message_id', '=', key.message_id).executeTakeFirst();
      if (row?.state === 'done') return 'duplicate';
      throw new Error(`message ${envelope.id} is being processed; retry later`);
    }
    try {
      await apply();
    } catch (error) {
      await this.db.deleteFrom('federation_inbox').where('from_org', '=', key.from_org).where('message_id', '=', key.message_id).execute();
      throw error;
    }
    await this.db.updateTable('federation_inbox').set({ state: 'done' }).where('from_org', '=', key.from_org).where('message_id', '=', key.message_id).execute();
    return 'applied';
  }
}

/** Every message sent or received, with its outcome: the "logged on both sides" of the protocol. */
export async function logMessage(
  db: FederationDb,
  entry: { direction: 'in' | 'out'; peer: string; messageId?: string | undefined; type?: string | undefined; outcome: string; detail?: string | undefined; at: Date },
): Promise<void> {
  await db
    .insertInto('federation_message_log')
    .values({
      id: randomUUID(),
      direction: entry.direction,
      peer: entry.peer,
      message_id: entry.messageId ?? null,
      type: entry.type ?? null,
      outcome: entry.outcome,
      detail: entry.detail?.slice(0, 1000) ?? null,
      at: entry.at.toISOString(),
    })
    .execute();
}
