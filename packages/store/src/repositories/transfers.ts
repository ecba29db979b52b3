import type {
  AccessGrant, DataCategory, Page, Transfer, TransferDecision, TransferInput, TransferLedgerEntry, TransferLedgerEvent, TransferTransitionError,
} from '@kinlink/core';
import { TransferInput as TransferInputSchema, transitionTransfer } from '@kinlink/core';
import type { RawBuilder, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { DialectName, KinlinkDb } from '../database';
import { dialectOf } from '../database';
import { ConflictError, NotFoundError } from '../errors';
import { newId } from '../ids';
import { canonicalJson, fromJson } from '../json';
import type { PageOptions } from '../pagination';
import { decodeCursor, pageSize, toPage } from '../pagination';
import type { TransferLedgerTable, TransfersTable } from '../schema';
import { jsonFunctions, jsonValue } from '../sql-json';
import type { WriteMeta } from '../time';
import { metaNow } from '../time';

const toTransfer = (row: Selectable<TransfersTable>): Transfer => ({
  id: row.id,
  kind: row.kind as Transfer['kind'],
  status: row.status as Transfer['status'],
  caseId: row.case_id,
  personId: row.person_id,
  fromOrganisationId: row.from_organisation_id,
  toOrganisationId: row.to_organisation_id,
  legalBasis: row.legal_basis as Transfer['legalBasis'],
  dataCategories: fromJson<DataCategory[]>(row.data_categories),
  message: row.message,
  declineReason: row.decline_reason,
  requestedBy: row.requested_by,
  requestedAt: row.requested_at,
  decidedBy: row.decided_by,
  decidedAt: row.decided_at,
});

const toLedgerEntry = (row: TransferLedgerTable): TransferLedgerEntry => ({
  id: row.id,
  transferId: row.transfer_id,
  event: row.event as TransferLedgerEvent,
  recordType: row.record_type,
  recordId: row.record_id,
  dataCategories: fromJson<DataCategory[]>(row.data_categories),
  legalBasis: row.legal_basis as TransferLedgerEntry['legalBasis'],
  actorUserId: row.actor_user_id,
  at: row.at,
});

async function appendLedger(
  db: KinlinkDb,
  transfer: Transfer,
  entry: { event: TransferLedgerEvent; recordType?: string | null; recordId?: string | null; dataCategories?: readonly DataCategory[] },
  meta?: WriteMeta,
): Promise<TransferLedgerEntry> {
  const row: TransferLedgerTable = {
    id: newId(),
    transfer_id: transfer.id,
    event: entry.event,
    record_type: entry.recordType ?? (transfer.caseId ? 'case' : 'person'),
    record_id: entry.recordId ?? transfer.caseId ?? transfer.personId,
    data_categories: canonicalJson(entry.dataCategories ?? transfer.dataCategories),
    legal_basis: transfer.legalBasis,
    actor_user_id: meta?.actorUserId ?? null,
    at: metaNow(meta),
  };
  await db.insertInto('transfer_ledger').values(row).execute();
  return toLedgerEntry(row);
}

/** Asks another organisation to take over a case, or shares/refers a case or person; opens the ledger. */
export async function requestTransfer(db: KinlinkDb, input: { fromOrganisationId: string; transfer: TransferInput }, meta?: WriteMeta): Promise<Transfer> {
  const data = TransferInputSchema.parse(input.transfer);
  if (data.toOrganisationId === input.fromOrganisationId) throw new ConflictError('an organisation cannot transfer to itself', 'same_organisation');
  if (data.caseId) {
    const owned = await db.selectFrom('cases').select('organisation_id').where('id', '=', data.caseId).executeTakeFirst();
    if (!owned) throw new NotFoundError('case', data.caseId);
  }
  if (data.personId) {
    const owned = await db.selectFrom('persons').select('organisation_id').where('id', '=', data.personId).executeTakeFirst();
    if (!owned) throw new NotFoundError('person', data.personId);
  }
  const now = metaNow(meta);
  const id = newId();
  await db
    .insertInto('transfers')
    .values({
      id, case_id: data.caseId ?? null, person_id: data.personId ?? null, from_organisation_id: input.fromOrganisationId,
      to_organisation_id: data.toOrganisationId, kind: data.kind, status: 'requested', legal_basis: data.legalBasis,
      data_categories: canonicalJson(data.dataCategories), message: data.message ?? null, decline_reason: null,
      requested_by: meta?.actorUserId ?? null, requested_at: now, decided_by: null, decided_at: null,
    })
    .execute();
  const transfer = await getTransfer(db, id);
  await appendLedger(db, transfer, { event: 'requested' }, { ...meta, now });
  return transfer;
}

export async function findTransfer(db: KinlinkDb, id: string): Promise<Transfer | undefined> {
  const row = await db.selectFrom('transfers').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toTransfer(row) : undefined;
}

export async function getTransfer(db: KinlinkDb, id: string): Promise<Transfer> {
  const found = await findTransfer(db, id);
  if (!found) throw new NotFoundError('transfer', id);
  return found;
}

export type TransferDecisionOutcome = { ok: true; transfer: Transfer } | { ok: false; error: TransferTransitionError };

/** Accept, decline (receiver) or withdraw (sender), following core's transitionTransfer; recorded in the ledger. */
export async function decideTransfer(
  db: KinlinkDb,
  id: string,
  decision: TransferDecision,
  actor: { organisationId: string },
  meta?: WriteMeta,
): Promise<TransferDecisionOutcome> {
  let q = db.selectFrom('transfers').selectAll().where('id', '=', id);
  if (dialectOf(db) === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw new NotFoundError('transfer', id);
  const result = transitionTransfer(toTransfer(row), decision, actor.organisationId);
  if (!result.ok) return result;
  const now = metaNow(meta);
  await db
    .updateTable('transfers')
    .set({ status: result.status, decided_by: meta?.actorUserId ?? null, decided_at: now, decline_reason: decision.type === 'decline' ? decision.reason : null })
    .where('id', '=', id)
    .execute();
  const transfer = await getTransfer(db, id);
  await appendLedger(db, transfer, { event: result.status as TransferLedgerEvent }, { ...meta, now });
  return { ok: true, transfer };
}

/** Records that data of a record actually travelled under an accepted transfer (rule 8: logged). */
export async function recordDataShared(
  db: KinlinkDb,
  transferId: string,
  shared: { recordType: string; recordId: string; dataCategories: readonly DataCategory[] },
  meta?: WriteMeta,
): Promise<TransferLedgerEntry> {
  const transfer = await getTransfer(db, transferId);
  if (transfer.status !== 'accepted') throw new ConflictError(`transfer ${transferId} is ${transfer.status}, not accepted: nothing may be shared`, 'transfer_not_accepted');
  const outside = shared.dataCategories.filter((c) => !transfer.dataCategories.includes(c));
  if (outside.length > 0) throw new ConflictError(`data categories ${outside.join(', ')} are not part of transfer ${transferId}`, 'category_not_transferred');
  return appendLedger(db, transfer, { event: 'data_shared', ...shared }, meta);
}

export async function listTransferLedger(db: KinlinkDb, transferId: string): Promise<TransferLedgerEntry[]> {
  const rows = await db.selectFrom('transfer_ledger').selectAll().where('transfer_id', '=', transferId).orderBy('id').execute();
  return rows.map(toLedgerEntry);
}

export interface TransferQuery extends PageOptions {
  /** Transfers this organisation sent (outgoing), received (incoming) or both. */
  organisationId: string;
  direction?: 'incoming' | 'outgoing' | 'both';
  status?: Transfer['status'];
  caseId?: string;
}

/** Transfers newest first. */
export async function listTransfers(db: KinlinkDb, query: TransferQuery): Promise<Page<Transfer>> {
  const limit = pageSize(query);
  const direction = query.direction ?? 'both';
  let q = db.selectFrom('transfers').selectAll();
  q = q.where((eb) =>
    eb.or([
      ...(direction !== 'incoming' ? [eb('from_organisation_id', '=', query.organisationId)] : []),
      ...(direction !== 'outgoing' ? [eb('to_organisation_id', '=', query.organisationId)] : []),
    ]),
  );
  if (query.status) q = q.where('status', '=', query.status);
  if (query.caseId) q = q.where('case_id', '=', query.caseId);
  if (query.cursor) q = q.where('id', '<', decodeCursor(query.cursor).id);
  const rows = await q.orderBy('id', 'desc').limit(limit + 1).execute();
  return toPage(rows, limit, (r) => ({ sort: r.id, id: r.id }), toTransfer);
}

/** Accepted transfers towards an organisation, as the grants core's access policies take. */
export async function accessGrantsFor(db: KinlinkDb, organisationId: string): Promise<AccessGrant[]> {
  const rows = await db.selectFrom('transfers').selectAll().where('to_organisation_id', '=', organisationId).where('status', '=', 'accepted').execute();
  return rows.map((row) => toAccessGrant(toTransfer(row)));
}

const toAccessGrant = (t: Pick<Transfer, 'fromOrganisationId' | 'toOrganisationId' | 'status' | 'caseId' | 'personId' | 'dataCategories'>): AccessGrant => ({
  fromOrganisationId: t.fromOrganisationId, toOrganisationId: t.toOrganisationId, status: t.status, caseId: t.caseId, personId: t.personId, dataCategories: t.dataCategories,
});

/**
 * accessGrantsFor as a column of another query (a JSON array): the grants towards the organisation in
 * `organisationIdColumn` (e.g. `users.organisation_id`), read in the same statement. Read it with accessGrantsFromColumn.
 */
export function accessGrantsColumn(dialect: DialectName, organisationIdColumn: 'users.organisation_id'): RawBuilder<unknown> {
  const f = jsonFunctions(dialect);
  return sql.raw(
    `(select ${f.array}(${f.object}('from', t.from_organisation_id, 'to', t.to_organisation_id, 'status', t.status, 'caseId', t.case_id, 'personId', t.person_id, 'dataCategories', ${f.embed('t.data_categories')}))`
      + ` from transfers t where t.to_organisation_id = ${organisationIdColumn} and t.status = 'accepted')`,
  );
}

export function accessGrantsFromColumn(value: unknown): AccessGrant[] {
  const grants = jsonValue<{ from: string; to: string; status: Transfer['status']; caseId: string | null; personId: string | null; dataCategories: DataCategory[] }[]>(value) ?? [];
  return grants.map((g) => toAccessGrant({ ...g, fromOrganisationId: g.from, toOrganisationId: g.to }));
}
