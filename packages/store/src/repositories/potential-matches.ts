import type { PersonData } from '@kinlink/core';
import type { Selectable } from 'kysely';
import type { KinlinkDb } from '../database';
import { ConflictError, NotFoundError } from '../errors';
import { newId } from '../ids';
import { canonicalJson, fromJson } from '../json';
import type { PotentialMatchesTable } from '../schema';
import type { WriteMeta } from '../time';
import { metaNow } from '../time';

/** sought person ↔ registration; enquirer ↔ another case's sought person (reciprocal); sought ↔ sought (duplicate). */
export type PotentialMatchKind = 'registration' | 'reciprocal' | 'duplicate';
export type PotentialMatchStatus = 'potential' | 'confirmed' | 'rejected';

export interface MatchFieldExplanation {
  field: string;
  level: string | null;
  bits: number;
}

export interface PotentialMatch {
  id: string;
  kind: PotentialMatchKind;
  leftPersonId: string;
  rightPersonId: string;
  leftCaseId: string | null;
  rightCaseId: string | null;
  probability: number;
  matchWeight: number;
  explanation: MatchFieldExplanation[];
  modelVersion: string;
  fingerprint: string;
  status: PotentialMatchStatus;
  rejectionReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface PotentialMatchInput {
  kind: PotentialMatchKind;
  personIds: [string, string];
  /** Case of each person, in the order of `personIds` (null for a registration). */
  caseIds: [string | null, string | null];
  probability: number;
  matchWeight: number;
  explanation: MatchFieldExplanation[];
  modelVersion: string;
  /** The pair's matching-field fingerprint (`pairFingerprint` of @kinlink/match). */
  fingerprint: string;
}

/** What recording a scored pair did: new, re-scored, or left alone because it was already reviewed. */
export type RecordOutcome = 'created' | 'updated' | 'reopened' | 'kept-rejected' | 'kept-confirmed';

function toMatch(row: Selectable<PotentialMatchesTable>): PotentialMatch {
  return {
    id: row.id,
    kind: row.kind as PotentialMatchKind,
    leftPersonId: row.left_person_id,
    rightPersonId: row.right_person_id,
    leftCaseId: row.left_case_id,
    rightCaseId: row.right_case_id,
    probability: Number(row.probability),
    matchWeight: Number(row.match_weight),
    explanation: fromJson<MatchFieldExplanation[]>(row.explanation),
    modelVersion: row.model_version,
    fingerprint: row.fingerprint,
    status: row.status as PotentialMatchStatus,
    rejectionReason: row.rejection_reason,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Orders a pair by person id so each unordered pair has one row. */
function ordered(input: PotentialMatchInput) {
  const [a, b] = input.personIds;
  if (a === b) throw new ConflictError('a person cannot match themself', 'invalid_pair');
  return a < b
    ? { left: a, right: b, leftCase: input.caseIds[0], rightCase: input.caseIds[1] }
    : { left: b, right: a, leftCase: input.caseIds[1], rightCase: input.caseIds[0] };
}

/**
 * Records a scored pair. A pair already confirmed stays as it is; a rejected pair stays rejected unless
 * its fingerprint changed (one of the records was edited), in which case it is proposed again.
 */
export async function recordPotentialMatch(
  db: KinlinkDb,
  input: PotentialMatchInput,
  meta?: WriteMeta,
): Promise<{ match: PotentialMatch; outcome: RecordOutcome }> {
  const now = metaNow(meta);
  const pair = ordered(input);
  const score = {
    kind: input.kind,
    left_case_id: pair.leftCase,
    right_case_id: pair.rightCase,
    probability: input.probability,
    match_weight: input.matchWeight,
    explanation: canonicalJson(input.explanation),
    model_version: input.modelVersion,
    fingerprint: input.fingerprint,
    updated_at: now,
  };
  const existing = await db
    .selectFrom('potential_matches')
    .selectAll()
    .where('left_person_id', '=', pair.left)
    .where('right_person_id', '=', pair.right)
    .executeTakeFirst();
  if (!existing) {
    const id = newId();
    await db
      .insertInto('potential_matches')
      .values({ id, left_person_id: pair.left, right_person_id: pair.right, ...score, status: 'potential', version: 1, created_at: now })
      .execute();
    return { match: await getPotentialMatch(db, id), outcome: 'created' };
  }
  if (existing.status === 'confirmed') return { match: toMatch(existing), outcome: 'kept-confirmed' };
  if (existing.status === 'rejected' && existing.fingerprint === input.fingerprint) return { match: toMatch(existing), outcome: 'kept-rejected' };
  const reopened = existing.status === 'rejected';
  await db
    .updateTable('potential_matches')
    .set({ ...score, status: 'potential', rejection_reason: null, decided_by: null, decided_at: null, version: Number(existing.version) + 1 })
    .where('id', '=', existing.id)
    .execute();
  return { match: await getPotentialMatch(db, existing.id), outcome: reopened ? 'reopened' : 'updated' };
}

export async function findPotentialMatch(db: KinlinkDb, id: string): Promise<PotentialMatch | undefined> {
  const row = await db.selectFrom('potential_matches').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toMatch(row) : undefined;
}

export async function getPotentialMatch(db: KinlinkDb, id: string): Promise<PotentialMatch> {
  const found = await findPotentialMatch(db, id);
  if (!found) throw new NotFoundError('potential match', id);
  return found;
}

/** The matches of a case (on either side), most probable first; rejected ones only when asked. */
export async function listCaseMatches(db: KinlinkDb, caseId: string, options: { includeRejected?: boolean } = {}): Promise<PotentialMatch[]> {
  let query = db
    .selectFrom('potential_matches')
    .selectAll()
    .where((eb) => eb.or([eb('left_case_id', '=', caseId), eb('right_case_id', '=', caseId)]));
  if (!options.includeRejected) query = query.where('status', '!=', 'rejected');
  const rows = await query.orderBy('probability', 'desc').orderBy('id').execute();
  return rows.map(toMatch);
}

/** The matches a person is part of (either side). */
export async function listPersonMatches(db: KinlinkDb, personId: string): Promise<PotentialMatch[]> {
  const rows = await db
    .selectFrom('potential_matches')
    .selectAll()
    .where((eb) => eb.or([eb('left_person_id', '=', personId), eb('right_person_id', '=', personId)]))
    .orderBy('probability', 'desc')
    .execute();
  return rows.map(toMatch);
}

export type MatchDecision = { status: 'confirmed' } | { status: 'rejected'; reason: string };

/**
 * A tracing officer's review: potential → confirmed | rejected (with a reason). Only a potential match
 * can be decided, and only at the version the officer saw.
 */
export async function decidePotentialMatch(
  db: KinlinkDb,
  id: string,
  decision: MatchDecision,
  options: { expectedVersion?: number } = {},
  meta?: WriteMeta,
): Promise<PotentialMatch> {
  const current = await getPotentialMatch(db, id);
  if (current.status !== 'potential') throw new ConflictError(`potential match ${id} is already ${current.status}`, 'already_decided');
  if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
    throw new ConflictError(`potential match ${id} was changed by someone else`, 'stale_version');
  }
  if (decision.status === 'rejected' && decision.reason.trim() === '') throw new ConflictError('a rejection needs a reason', 'reason_required');
  const now = metaNow(meta);
  const result = await db
    .updateTable('potential_matches')
    .set({
      status: decision.status,
      rejection_reason: decision.status === 'rejected' ? decision.reason.trim() : null,
      decided_by: meta?.actorUserId ?? null,
      decided_at: now,
      updated_at: now,
      version: current.version + 1,
    })
    .where('id', '=', id)
    .where('version', '=', current.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new ConflictError(`potential match ${id} was changed by someone else`, 'stale_version');
  return getPotentialMatch(db, id);
}

/** Where a person stands in the tracing work: what kind of pair matching may propose for them. */
export interface MatchRole {
  role: 'registration' | 'enquirer' | 'sought';
  caseId: string | null;
}

/** A person's matchable data (identity as told, without the encrypted sensitive fields) and roles. */
export interface MatchablePerson {
  id: string;
  data: Omit<PersonData, 'sensitive'>;
  roles: MatchRole[];
  updatedAt: string;
}

/**
 * Persons for the matching index, in id order from `afterId`, `limit` at a time (or only `ids`). Reads the
 * identity JSON only: matching never needs, and never decrypts, sensitive fields.
 */
export async function listMatchablePersons(
  db: KinlinkDb,
  options: { afterId?: string; limit?: number; ids?: readonly string[] } = {},
): Promise<MatchablePerson[]> {
  let query = db.selectFrom('persons').select(['id', 'data', 'updated_at']).orderBy('id');
  if (options.ids) {
    if (options.ids.length === 0) return [];
    query = query.where('id', 'in', [...options.ids]);
  }
  if (options.afterId) query = query.where('id', '>', options.afterId);
  if (options.limit) query = query.limit(options.limit);
  return withRoles(db, await query.execute());
}

/** Where a walk over changed persons stopped: the last person read. */
export interface ChangedPersonsCursor {
  updatedAt: string;
  id: string;
}

/**
 * Which persons were saved at or after `since` and when (id and updated_at only), oldest change first (ties
 * by id), `limit` at a time from `after`: an index range read on `updated_at`, so following recent changes
 * does not walk every person, and a follower reads the records only of versions it has not seen yet.
 */
export async function listPersonVersionsChangedSince(
  db: KinlinkDb,
  options: { since: string; after?: ChangedPersonsCursor; limit: number },
): Promise<ChangedPersonsCursor[]> {
  let query = db.selectFrom('persons').select(['id', 'updated_at']).where('updated_at', '>=', options.since);
  const after = options.after;
  if (after) {
    query = query.where((eb) => eb.or([eb('updated_at', '>', after.updatedAt), eb.and([eb('updated_at', '=', after.updatedAt), eb('id', '>', after.id)])]));
  }
  const rows = await query.orderBy('updated_at').orderBy('id').limit(options.limit).execute();
  return rows.map((r) => ({ id: r.id, updatedAt: r.updated_at }));
}

async function withRoles(db: KinlinkDb, rows: readonly { id: string; data: string; updated_at: string }[]): Promise<MatchablePerson[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const roles = new Map<string, MatchRole[]>(ids.map((id) => [id, []]));
  const registrations = await db.selectFrom('registrations').select(['person_id', 'case_id', 'kind']).where('person_id', 'in', ids).execute();
  for (const r of registrations) if (r.kind !== 'looking_for_someone') roles.get(r.person_id)?.push({ role: 'registration', caseId: null });
  const enquirers = await db.selectFrom('cases').select(['id', 'enquirer_person_id']).where('enquirer_person_id', 'in', ids).execute();
  for (const c of enquirers) roles.get(c.enquirer_person_id)?.push({ role: 'enquirer', caseId: c.id });
  const sought = await db.selectFrom('case_sought_persons').select(['case_id', 'person_id']).where('person_id', 'in', ids).execute();
  for (const s of sought) roles.get(s.person_id)?.push({ role: 'sought', caseId: s.case_id });
  return rows.map((r) => ({ id: r.id, data: fromJson<MatchablePerson['data']>(r.data), roles: roles.get(r.id) ?? [], updatedAt: r.updated_at }));
}

/** The persons of a case: its enquirer and sought persons. */
export async function casePersonIds(db: KinlinkDb, caseId: string): Promise<{ enquirer: string; sought: string[] }> {
  const c = await db.selectFrom('cases').select(['enquirer_person_id']).where('id', '=', caseId).executeTakeFirst();
  if (!c) throw new NotFoundError('case', caseId);
  const sought = await db.selectFrom('case_sought_persons').select('person_id').where('case_id', '=', caseId).orderBy('position').execute();
  return { enquirer: c.enquirer_person_id, sought: sought.map((s) => s.person_id) };
}
