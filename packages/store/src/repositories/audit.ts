import type { AuditEntry, AuditEntryInput, Page } from '@kinlink/core';
import { AuditEntryInput as AuditEntryInputSchema } from '@kinlink/core';
import { sql } from 'kysely';
import { createHash, randomBytes } from 'node:crypto';
import type { KinlinkDb } from '../database';
import { dialectOf } from '../database';
import { AuditBatcher } from './audit-batcher';
import { newId } from '../ids';
import { canonicalJson, fromJson } from '../json';
import type { PageOptions } from '../pagination';
import { decodeCursor, pageSize, toPage } from '../pagination';
import type { AuditLogTable } from '../schema';
import { toTimestamp } from '../time';

export const GENESIS_HASH = '0'.repeat(64);

/** The usual dollar-quote tag of audit entries; a random one when an entry contains it. */
const AUDIT_QUOTE_TAG = '$kinlink_audit$';

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

/** An entry before its place in the chain is known: everything but seq, prevHash and hash. */
type Unplaced = Omit<HashedFields, 'seq'>;

function unplaced(inputs: readonly AuditEntryInput[], options: { now?: string }): Unplaced[] {
  const at = toTimestamp(options.now);
  return inputs.map((input) => {
    const parsed = AuditEntryInputSchema.parse(input);
    return {
      id: newId(),
      at,
      actorUserId: parsed.actorUserId,
      actorOrganisationId: parsed.actorOrganisationId,
      action: parsed.action,
      recordType: parsed.recordType,
      recordId: parsed.recordId,
      ip: parsed.ip,
      details: JSON.parse(canonicalJson(parsed.details)) as Record<string, unknown>,
    };
  });
}

/**
 * The canonical JSON that auditEntryHash hashes, up to the seq: `seq` sorts after every other key, so the
 * hashed text is this, the seq and `}`. PostgreSQL's kinlink_append_audit completes it (migration 0004).
 */
function canonicalBeforeSeq(entry: Unplaced): string {
  const full = canonicalJson({ ...entry, seq: 0 });
  if (!full.endsWith(',"seq":0}')) throw new Error('audit entry fields must all sort before "seq"');
  return full.slice(0, -'0}'.length);
}

/** The argument of kinlink_append_audit: one object per entry, in chain order. */
function postgresEntries(entries: readonly Unplaced[]): string {
  return JSON.stringify(
    entries.map((e) => ({
      id: e.id, at: e.at, actor_user_id: e.actorUserId, actor_organisation_id: e.actorOrganisationId, action: e.action,
      record_type: e.recordType, record_id: e.recordId, ip: e.ip, details: canonicalJson(e.details), canonical: canonicalBeforeSeq(e),
    })),
  );
}

/**
 * Appends entries, in order, to the hash chain inside the caller's transaction: moves the chain's head by
 * all of them (`seq = seq + n`), which takes its row lock on PostgreSQL and the write lock on SQLite —
 * concurrent writers queue, the chain cannot fork — then inserts them and stores the new head hash. On
 * PostgreSQL all of it is one statement (kinlink_append_audit). Call it as the transaction's last step:
 * the head's lock is held from here until the commit.
 */
export async function appendAuditEntries(db: KinlinkDb, inputs: readonly AuditEntryInput[], options: { now?: string } = {}): Promise<AuditEntry[]> {
  if (inputs.length === 0) return [];
  const entries = unplaced(inputs, options);
  if (dialectOf(db) === 'postgres') {
    const { rows } = await sql<{ first_seq: number; first_prev_hash: string; hashes: string[] }>`
      select first_seq, first_prev_hash, hashes from kinlink_append_audit(${postgresEntries(entries)}::jsonb)`.execute(db);
    const appended = rows[0];
    if (!appended) throw new Error('kinlink_append_audit returned nothing');
    return entries.map((e, i) => ({
      ...e,
      seq: Number(appended.first_seq) + i,
      prevHash: i === 0 ? appended.first_prev_hash : (appended.hashes[i - 1] as string),
      hash: appended.hashes[i] as string,
    }));
  }
  return appendOnSqlite(db, entries);
}

async function appendOnSqlite(db: KinlinkDb, entries: readonly Unplaced[]): Promise<AuditEntry[]> {
  const head = await db
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', entries.length) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const firstSeq = Number(head.seq) - entries.length + 1;
  let prevHash = head.hash;
  const placed = entries.map((e, i): AuditEntry => {
    const fields: HashedFields = { ...e, seq: firstSeq + i };
    const entry = { ...fields, prevHash, hash: auditEntryHash(prevHash, fields) };
    prevHash = entry.hash;
    return entry;
  });
  const rows = placed.map((e) => ({
    seq: e.seq, id: e.id, at: e.at, actor_user_id: e.actorUserId, actor_organisation_id: e.actorOrganisationId, action: e.action,
    record_type: e.recordType, record_id: e.recordId, ip: e.ip, details: canonicalJson(e.details), prev_hash: e.prevHash, hash: e.hash,
  }));
  for (let i = 0; i < rows.length; i += INSERT_BATCH) await db.insertInto('audit_log').values(rows.slice(i, i + INSERT_BATCH)).execute();
  await db.updateTable('audit_head').set({ hash: prevHash }).where('id', '=', 1).execute();
  return placed;
}

/** Dollar-quotes text for PostgreSQL with a tag the text does not contain (no escaping rules involved). */
function dollarQuoted(text: string): string {
  if (!text.includes(AUDIT_QUOTE_TAG)) return `${AUDIT_QUOTE_TAG}${text}${AUDIT_QUOTE_TAG}`;
  for (;;) {
    const tag = `$kl${randomBytes(6).toString('hex')}$`;
    if (!text.includes(tag)) return `${tag}${text}${tag}`;
  }
}

/**
 * Runs `work` in one transaction and appends the audit entries it returns as the transaction's very last
 * step: the change and its entries are stored together or (on any error) not at all. On PostgreSQL the
 * append and the COMMIT go to the database in one message (`select kinlink_append_audit(…); commit`), so the
 * chain head's lock is held only while the database runs them — never while the server process is busy
 * with other requests. On SQLite the transaction begins IMMEDIATE and the entries are appended before its
 * COMMIT. `trx` is the transaction's connection (BEGIN sent by this function), not a Kysely Transaction:
 * `work` must not call `trx.transaction()` (that would commit the outer work early).
 */
export async function transactionWithAudit<T>(db: KinlinkDb, work: (trx: KinlinkDb) => Promise<{ result: T; entries: readonly AuditEntryInput[] }>): Promise<T> {
  if (dialectOf(db) !== 'postgres') {
    // BEGIN IMMEDIATE: every such transaction writes (its audit entries), so it takes SQLite's write lock at
    // once — waiting for another process's writer (busy_timeout) instead of failing with SQLITE_BUSY_SNAPSHOT
    // when its read snapshot went stale before its first write.
    return db.connection().execute(async (conn) => {
      await sql`begin immediate`.execute(conn);
      try {
        const { result, entries } = await work(conn);
        await appendAuditEntries(conn, entries);
        await sql`commit`.execute(conn);
        return result;
      } catch (error) {
        await sql`rollback`.execute(conn).catch(() => undefined);
        throw error;
      }
    });
  }
  return db.connection().execute((conn) => postgresTransactionWithAudit(conn, work));
}

async function postgresTransactionWithAudit<T>(conn: KinlinkDb, work: (trx: KinlinkDb) => Promise<{ result: T; entries: readonly AuditEntryInput[] }>): Promise<T> {
  await sql`begin`.execute(conn);
  try {
    const { result, entries } = await work(conn);
    // No parameters: the simple query protocol, which carries several statements in one message.
    const append = entries.length > 0 ? `${appendStatement(entries)}; ` : '';
    await sql.raw(`${append}commit`).execute(conn);
    return result;
  } catch (error) {
    // After a failed append the COMMIT did not run; after a failed COMMIT there is nothing left to undo.
    await sql`rollback`.execute(conn).catch(() => undefined);
    throw error;
  }
}

/** PostgreSQL: the one statement that appends these entries to the chain, with no parameters. */
const appendStatement = (entries: readonly AuditEntryInput[]): string =>
  `select kinlink_append_audit(${dollarQuoted(postgresEntries(unplaced(entries, {})))}::jsonb)`;

/** What an audited read returns: its result, its audit entries and, rarely, a write to store with them. */
export interface AuditedRead<T> {
  result: T;
  entries: readonly AuditEntryInput[];
  /** A change the read leads to (e.g. the transfer ledger's note that a shared case was shown): stored in one transaction with the entries. */
  write?: (trx: KinlinkDb) => Promise<void>;
}

/**
 * Runs reads that change nothing and stores the audit entries they return; the result is returned only once
 * the entries are stored (if the append fails, this throws and the caller shows nothing). On PostgreSQL the
 * reads run on one connection without BEGIN/COMMIT (each statement sees committed data, as it would in a
 * READ COMMITTED transaction), and the entries are appended by one statement afterwards, atomic by itself; a
 * `write` goes with the entries in one transaction. On SQLite this is transactionWithAudit (a single writer:
 * BEGIN and COMMIT cost no round trip there).
 */
export async function readWithAudit<T>(db: KinlinkDb, work: (conn: KinlinkDb) => Promise<AuditedRead<T>>): Promise<T> {
  if (dialectOf(db) !== 'postgres') {
    return transactionWithAudit(db, async (trx) => {
      const { result, entries, write } = await work(trx);
      await write?.(trx);
      return { result, entries };
    });
  }
  if (db.isTransaction) throw new Error('readWithAudit needs the database, not a transaction');
  const read = await db.connection().execute(async (conn) => {
    const { result, entries, write } = await work(conn);
    if (!write) return { result, unstored: entries };
    // A write the read leads to is stored with its entries in one transaction, on this connection.
    const stored = await postgresTransactionWithAudit(conn, async (trx) => {
      await write(trx);
      return { result, entries };
    });
    return { result: stored, unstored: [] };
  });
  // After the connection went back to the pool: the entries join the process's next batch.
  if (read.unstored.length > 0) await readBatcherOf(db).add(read.unstored);
  return read.result;
}

const readBatchers = new WeakMap<KinlinkDb, AuditBatcher>();

/** The batcher of audited reads of this database handle (one per pool: a process's requests share it). */
function readBatcherOf(db: KinlinkDb): AuditBatcher {
  let batcher = readBatchers.get(db);
  if (!batcher) {
    batcher = new AuditBatcher(async (entries) => void (await sql.raw(appendStatement(entries)).execute(db)));
    readBatchers.set(db, batcher);
  }
  return batcher;
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
