import type { AuditEntry, AuditEntryInput, Page } from '@kinlink/core';
import { AuditEntryInput as AuditEntryInputSchema } from '@kinlink/core';
import { createHash } from 'node:crypto';
import type { KinlinkDb } from '../database';
import { dialectOf } from '../database';
import { newId } from '../ids';
import { canonicalJson, fromJson } from '../json';
import type { PageOptions } from '../pagination';
import { decodeCursor, pageSize, toPage } from '../pagination';
import type { AuditLogTable } from '../schema';
import { toTimestamp } from '../time';

export const GENESIS_HASH = '0'.repeat(64);

type HashedFields = Omit<AuditEntry, 'prevHash' | 'hash'>;

/** sha256 over the previous entry's hash and the canonical JSON of this entry (who, when, what, where, details). */
export function auditEntryHash(prevHash: string, entry: HashedFields): string {
  const canonical = canonicalJson({
    seq: entry.seq,
    id: entry.id,
    at: entry.at,
    actorUserId: entry.actorUserId,
    actorOrganisationId: entry.actorOrganisationId,
    action: entry.action,
    recordType: entry.recordType,
    recordId: entry.recordId,
    ip: entry.ip,
    details: entry.details,
  });
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

const toEntry = (row: AuditLogTable): AuditEntry => ({
  seq: Number(row.seq),
  id: row.id,
  at: row.at,
  actorUserId: row.actor_user_id,
  actorOrganisationId: row.actor_organisation_id,
  action: row.action,
  recordType: row.record_type,
  recordId: row.record_id,
  ip: row.ip,
  details: fromJson<Record<string, unknown>>(row.details),
  prevHash: row.prev_hash,
  hash: row.hash,
});

/**
 * Appends an entry to the hash chain inside the caller's transaction (pass the transaction so the change
 * and its audit entry commit or roll back together). See appendAuditEntries.
 */
export async function appendAudit(db: KinlinkDb, input: AuditEntryInput, options: { now?: string } = {}): Promise<AuditEntry> {
  return (await appendAuditEntries(db, [input], options))[0] as AuditEntry;
}

/** Rows per multi-row insert: 12 parameters each stays far below SQLite's limit of 32,766. */
const INSERT_BATCH = 500;

/**
 * Appends entries, in order, to the hash chain inside the caller's transaction: one statement moves the
 * chain's head by all of them (`seq = seq + n`), which takes its row lock on PostgreSQL and the write lock
 * on SQLite — concurrent writers queue, the chain cannot fork — then one multi-row insert and the new head
 * hash (a single statement on PostgreSQL). Call it as the transaction's last step: the head's lock is held
 * from here until the commit, so everything before it runs concurrently with other requests.
 */
export async function appendAuditEntries(db: KinlinkDb, inputs: readonly AuditEntryInput[], options: { now?: string } = {}): Promise<AuditEntry[]> {
  if (inputs.length === 0) return [];
  const parsed = inputs.map((input) => AuditEntryInputSchema.parse(input));
  const at = toTimestamp(options.now);
  const head = await db
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', parsed.length) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const firstSeq = Number(head.seq) - parsed.length + 1;
  let prevHash = head.hash;
  const entries = parsed.map((input, i): AuditEntry => {
    const fields: HashedFields = {
      seq: firstSeq + i,
      id: newId(),
      at,
      actorUserId: input.actorUserId,
      actorOrganisationId: input.actorOrganisationId,
      action: input.action,
      recordType: input.recordType,
      recordId: input.recordId,
      ip: input.ip,
      details: JSON.parse(canonicalJson(input.details)) as Record<string, unknown>,
    };
    const entry = { ...fields, prevHash, hash: auditEntryHash(prevHash, fields) };
    prevHash = entry.hash;
    return entry;
  });
  const rows = entries.map((e) => ({
    seq: e.seq,
    id: e.id,
    at: e.at,
    actor_user_id: e.actorUserId,
    actor_organisation_id: e.actorOrganisationId,
    action: e.action,
    record_type: e.recordType,
    record_id: e.recordId,
    ip: e.ip,
    details: canonicalJson(e.details),
    prev_hash: e.prevHash,
    hash: e.hash,
  }));
  const chunks: (typeof rows)[] = [];
  for (let i = 0; i < rows.length; i += INSERT_BATCH) chunks.push(rows.slice(i, i + INSERT_BATCH));
  const tail = chunks.pop() as typeof rows;
  for (const chunk of chunks) await db.insertInto('audit_log').values(chunk).execute();
  if (dialectOf(db) === 'postgres') {
    // One round trip for the rows and the head: the lock taken above is released sooner.
    await db.with('appended', (qb) => qb.insertInto('audit_log').values(tail)).updateTable('audit_head').set({ hash: prevHash }).where('id', '=', 1).execute();
  } else {
    await db.insertInto('audit_log').values(tail).execute();
    await db.updateTable('audit_head').set({ hash: prevHash }).where('id', '=', 1).execute();
  }
  return entries;
}

export interface AuditQuery extends PageOptions {
  recordType?: string;
  recordId?: string;
  actorUserId?: string;
  actorOrganisationId?: string;
  action?: string;
  /** Newest first (default) or oldest first. */
  order?: 'asc' | 'desc';
}

export async function listAudit(db: KinlinkDb, query: AuditQuery = {}): Promise<Page<AuditEntry>> {
  const limit = pageSize(query);
  const desc = (query.order ?? 'desc') === 'desc';
  let q = db.selectFrom('audit_log').selectAll();
  if (query.recordType) q = q.where('record_type', '=', query.recordType);
  if (query.recordId) q = q.where('record_id', '=', query.recordId);
  if (query.actorUserId) q = q.where('actor_user_id', '=', query.actorUserId);
  if (query.actorOrganisationId) q = q.where('actor_organisation_id', '=', query.actorOrganisationId);
  if (query.action) q = q.where('action', '=', query.action);
  if (query.cursor) q = q.where('seq', desc ? '<' : '>', Number(decodeCursor(query.cursor).sort));
  const rows = await q.orderBy('seq', desc ? 'desc' : 'asc').limit(limit + 1).execute();
  return toPage(rows, limit, (r) => ({ sort: Number(r.seq), id: r.id }), toEntry);
}

export type AuditVerification =
  | { ok: true; count: number }
  | { ok: false; count: number; firstBrokenId: string | null; firstBrokenSeq: number; reason: string };

/**
 * Walks the whole chain in order and recomputes every hash. Detects an altered row (its hash no longer
 * matches), a removed row (a gap in the sequence, or a broken link to the previous hash), and removed or
 * rewritten rows at the end (the head row no longer matches the last entry).
 */
export async function verifyAuditChain(db: KinlinkDb, options: { batchSize?: number } = {}): Promise<AuditVerification> {
  const batch = options.batchSize ?? 1000;
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', expectedSeq).orderBy('seq').limit(batch).execute();
    for (const row of rows) {
      const entry = toEntry(row);
      if (entry.seq !== expectedSeq) {
        return { ok: false, count, firstBrokenId: entry.id, firstBrokenSeq: entry.seq, reason: `entries ${expectedSeq}–${entry.seq - 1} are missing before this entry` };
      }
      if (entry.prevHash !== prevHash) {
        return { ok: false, count, firstBrokenId: entry.id, firstBrokenSeq: entry.seq, reason: 'its previous-hash link does not match the entry before it' };
      }
      if (auditEntryHash(prevHash, entry) !== entry.hash) {
        return { ok: false, count, firstBrokenId: entry.id, firstBrokenSeq: entry.seq, reason: 'its content does not match its hash (the entry was altered)' };
      }
      prevHash = entry.hash;
      expectedSeq++;
      count++;
    }
    if (rows.length < batch) break;
  }
  const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
  if (!head) return { ok: false, count, firstBrokenId: null, firstBrokenSeq: expectedSeq, reason: 'the chain head row is missing' };
  if (Number(head.seq) !== count || head.hash !== prevHash) {
    return {
      ok: false,
      count,
      firstBrokenId: null,
      firstBrokenSeq: count + 1,
      reason: `the chain head records ${Number(head.seq)} entries but ${count} verify: entries after ${count} were removed or rewritten`,
    };
  }
  return { ok: true, count };
}
