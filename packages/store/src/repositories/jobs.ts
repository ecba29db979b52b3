import type { Page } from '@kinlink/core';
import type { Selectable } from 'kysely';
import type { KinlinkDb } from '../database';
import { dialectOf } from '../database';
import { ConflictError, NotFoundError } from '../errors';
import { newId } from '../ids';
import { canonicalJson, fromJson, fromJsonOrNull } from '../json';
import type { PageOptions } from '../pagination';
import { decodeCursor, pageSize, toPage } from '../pagination';
import type { JobsTable } from '../schema';
import { toTimestamp } from '../time';
import { precompiledInsert } from '../precompiled-query';

/** queued (waiting for run_at) → running (claimed, leased) → done | queued again (retry after backoff) | dead. */
export type JobStatus = 'queued' | 'running' | 'done' | 'dead';
export const JOB_STATUSES: readonly JobStatus[] = ['queued', 'running', 'done', 'dead'];

export interface Job<P = unknown> {
  id: string;
  type: string;
  payload: P;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lockedBy: string | null;
  lockedUntil: string | null;
  lastError: string | null;
  result: unknown;
  createdAt: string;
  updatedAt: string;
  finishedAt: string | null;
}

const toJob = (row: Selectable<JobsTable>): Job => ({
  id: row.id,
  type: row.type,
  payload: fromJson<unknown>(row.payload),
  status: row.status as JobStatus,
  attempts: Number(row.attempts),
  maxAttempts: Number(row.max_attempts),
  runAt: row.run_at,
  lockedBy: row.locked_by,
  lockedUntil: row.locked_until,
  lastError: row.last_error,
  result: fromJsonOrNull<unknown>(row.result),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  finishedAt: row.finished_at,
});

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_LEASE_MS = 5 * 60_000;

const insertJobRow = precompiledInsert('jobs', [
  'id', 'type', 'payload', 'status', 'attempts', 'max_attempts', 'run_at', 'locked_by', 'locked_until', 'last_error', 'result', 'created_at', 'updated_at', 'finished_at',
]);

export async function enqueueJob<P>(
  db: KinlinkDb,
  job: { type: string; payload: P; runAt?: string | Date; maxAttempts?: number },
  options: { now?: string } = {},
): Promise<Job<P>> {
  if (!/^[a-z][a-z0-9_.:-]{0,99}$/.test(job.type)) throw new Error(`invalid job type ${JSON.stringify(job.type)}: lower-case letters, digits, _ . : -`);
  const maxAttempts = job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error('maxAttempts must be a positive integer');
  const now = toTimestamp(options.now);
  const row = {
    id: newId(), type: job.type, payload: canonicalJson(job.payload ?? null), status: 'queued', attempts: 0, max_attempts: maxAttempts,
    run_at: job.runAt ? toTimestamp(job.runAt) : now, locked_by: null, locked_until: null, last_error: null, result: null,
    created_at: now, updated_at: now, finished_at: null,
  };
  await insertJobRow(db, row);
  return toJob(row) as Job<P>;
}

export interface ClaimOptions {
  workerId: string;
  /** Only jobs of these types (default: any type). */
  types?: readonly string[];
  limit?: number;
  /** How long the claim holds; a worker that dies loses its jobs to others once the lease expires. */
  leaseMs?: number;
  now?: string;
}

/**
 * Claims up to `limit` due jobs for a worker: queued jobs whose run_at has come, and running jobs whose
 * lease expired (their worker died). One UPDATE … WHERE id IN (SELECT … LIMIT n): on PostgreSQL the
 * subquery takes `FOR UPDATE SKIP LOCKED`, so concurrent workers never claim the same job; on SQLite the
 * statement runs under the single writer lock.
 */
export async function claimJobs(db: KinlinkDb, options: ClaimOptions): Promise<Job[]> {
  const limit = options.limit ?? 1;
  if (options.types && options.types.length === 0) return [];
  const now = toTimestamp(options.now);
  const until = toTimestamp(Date.parse(now) + (options.leaseMs ?? DEFAULT_LEASE_MS));
  // A job whose lease ran out on its last attempt is dead, not retried forever.
  await db
    .updateTable('jobs')
    .set({ status: 'dead', locked_by: null, locked_until: null, last_error: 'the worker stopped responding during the last attempt', updated_at: now, finished_at: now })
    .where('status', '=', 'running')
    .where('locked_until', '<=', now)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .execute();
  const postgres = dialectOf(db) === 'postgres';
  const rows = await db
    .updateTable('jobs')
    .set((eb) => ({ status: 'running', locked_by: options.workerId, locked_until: until, attempts: eb('attempts', '+', 1), updated_at: now }))
    .where('id', 'in', (eb) => {
      let due = eb
        .selectFrom('jobs')
        .select('id')
        .where((w) => w.or([w.and([w('status', '=', 'queued'), w('run_at', '<=', now)]), w.and([w('status', '=', 'running'), w('locked_until', '<=', now)])]));
      if (options.types) due = due.where('type', 'in', [...options.types]);
      due = due.orderBy('run_at').orderBy('id').limit(limit);
      return postgres ? due.forUpdate().skipLocked() : due;
    })
    .returningAll()
    .execute();
  return rows.map(toJob).sort((a, b) => (a.runAt === b.runAt ? a.id.localeCompare(b.id) : a.runAt.localeCompare(b.runAt)));
}

async function ownedRunning(db: KinlinkDb, id: string, workerId: string): Promise<Selectable<JobsTable>> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('job', id);
  if (row.status !== 'running' || row.locked_by !== workerId) {
    throw new ConflictError(`job ${id} is not running for worker ${workerId} (status ${row.status}, held by ${row.locked_by ?? 'nobody'})`, 'job_not_held');
  }
  return row;
}

export async function completeJob(db: KinlinkDb, id: string, workerId: string, result?: unknown, options: { now?: string } = {}): Promise<Job> {
  await ownedRunning(db, id, workerId);
  const now = toTimestamp(options.now);
  const row = await db
    .updateTable('jobs')
    .set({ status: 'done', locked_by: null, locked_until: null, result: result === undefined ? null : canonicalJson(result), updated_at: now, finished_at: now })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toJob(row);
}

export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
}

/** Delay before retry n (1-based): base · 2^(n−1), capped. */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 10_000;
  const max = options.maxMs ?? 3_600_000;
  return Math.min(max, base * 2 ** Math.max(0, attempt - 1));
}

/** Records a failed attempt: queued again after exponential backoff, or dead after maxAttempts. */
export async function failJob(
  db: KinlinkDb,
  id: string,
  workerId: string,
  error: unknown,
  options: BackoffOptions & { now?: string } = {},
): Promise<Job> {
  const current = await ownedRunning(db, id, workerId);
  const now = toTimestamp(options.now);
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 4000);
  const dead = Number(current.attempts) >= Number(current.max_attempts);
  const row = await db
    .updateTable('jobs')
    .set({
      status: dead ? 'dead' : 'queued',
      locked_by: null,
      locked_until: null,
      last_error: message,
      run_at: dead ? current.run_at : toTimestamp(Date.parse(now) + backoffDelay(Number(current.attempts), options)),
      updated_at: now,
      finished_at: dead ? now : null,
    })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toJob(row);
}

/** Extends the lease of a long job the worker still runs; false when the worker no longer holds it. */
export async function extendJobLease(db: KinlinkDb, id: string, workerId: string, leaseMs: number = DEFAULT_LEASE_MS, options: { now?: string } = {}): Promise<boolean> {
  const now = toTimestamp(options.now);
  const result = await db
    .updateTable('jobs')
    .set({ locked_until: toTimestamp(Date.parse(now) + leaseMs), updated_at: now })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('locked_by', '=', workerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Graceful shutdown: puts the worker's running jobs back in the queue, due now, without counting the
 * interrupted attempt. Returns how many were released.
 */
export async function releaseJobs(db: KinlinkDb, workerId: string, options: { now?: string } = {}): Promise<number> {
  const now = toTimestamp(options.now);
  const result = await db
    .updateTable('jobs')
    .set((eb) => ({ status: 'queued', locked_by: null, locked_until: null, attempts: eb('attempts', '-', 1), run_at: now, updated_at: now }))
    .where('status', '=', 'running')
    .where('locked_by', '=', workerId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Puts a dead (or finished) job back in the queue with a fresh set of attempts. */
export async function retryJob(db: KinlinkDb, id: string, options: { now?: string } = {}): Promise<Job> {
  const now = toTimestamp(options.now);
  const row = await db
    .updateTable('jobs')
    .set({ status: 'queued', attempts: 0, run_at: now, locked_by: null, locked_until: null, finished_at: null, updated_at: now })
    .where('id', '=', id)
    .where('status', 'in', ['dead', 'done'])
    .returningAll()
    .executeTakeFirst();
  if (row) return toJob(row);
  const exists = await db.selectFrom('jobs').select('status').where('id', '=', id).executeTakeFirst();
  if (!exists) throw new NotFoundError('job', id);
  throw new ConflictError(`job ${id} is ${exists.status}; only dead or done jobs can be retried`, 'job_not_retryable');
}

export async function getJob(db: KinlinkDb, id: string): Promise<Job> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('job', id);
  return toJob(row);
}

/** Jobs newest first, filtered by status and type. */
export async function listJobs(db: KinlinkDb, query: PageOptions & { status?: JobStatus; type?: string } = {}): Promise<Page<Job>> {
  const limit = pageSize(query);
  let q = db.selectFrom('jobs').selectAll();
  if (query.status) q = q.where('status', '=', query.status);
  if (query.type) q = q.where('type', '=', query.type);
  if (query.cursor) q = q.where('id', '<', decodeCursor(query.cursor).id);
  const rows = await q.orderBy('id', 'desc').limit(limit + 1).execute();
  return toPage(rows, limit, (r) => ({ sort: r.id, id: r.id }), toJob);
}

/** Number of jobs per status (queue depth for metrics). */
export async function countJobs(db: KinlinkDb, options: { type?: string } = {}): Promise<Record<JobStatus, number>> {
  let q = db.selectFrom('jobs').select((eb) => ['status', eb.fn.countAll<number>().as('n')]).groupBy('status');
  if (options.type) q = q.where('type', '=', options.type);
  const rows = await q.execute();
  const counts: Record<JobStatus, number> = { queued: 0, running: 0, done: 0, dead: 0 };
  for (const row of rows) counts[row.status as JobStatus] = Number(row.n);
  return counts;
}
