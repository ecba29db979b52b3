import type {
  CaseAction, CaseState, CaseTransitionError, LastNews, Page, Person, Separation, SoughtPerson, TimelineEntry,
  TimelineEntryInput, TracingCase, TracingCaseInput, TracingCaseUpdate, TracingStatus,
} from '@kinlink/core';
import { TimelineEntryInput as TimelineEntryInputSchema, TracingCaseInput as TracingCaseInputSchema, transitionCase } from '@kinlink/core';
import type { FieldCipher } from '../cipher';
import { plainFieldStore } from '../cipher';
import type { KinlinkDb } from '../database';
import { dialectOf } from '../database';
import { ConflictError, NotFoundError } from '../errors';
import { newId, newRecordId } from '../ids';
import { canonicalJson, fromJson, fromJsonOrNull, toJsonOrNull } from '../json';
import type { PageOptions } from '../pagination';
import { decodeCursor, pageSize, toPage } from '../pagination';
import type { CasesTable, CaseTimelineTable } from '../schema';
import type { WriteMeta } from '../time';
import { metaNow } from '../time';
import { organisationDomain } from './organisations';
import { getPersons, insertPerson } from './persons';

type CaseRow = Omit<CasesTable, 'version'> & { version: number };

async function assemble(db: KinlinkDb, rows: CaseRow[], cipher: FieldCipher): Promise<TracingCase[]> {
  if (rows.length === 0) return [];
  const caseIds = rows.map((r) => r.id);
  const sought = await db.selectFrom('case_sought_persons').selectAll().where('case_id', 'in', caseIds).orderBy('case_id').orderBy('position').execute();
  const persons = await getPersons(db, [...rows.map((r) => r.enquirer_person_id), ...sought.map((s) => s.person_id)], cipher);
  const person = (id: string): Person => {
    const found = persons.get(id);
    if (!found) throw new NotFoundError('person', id);
    return found;
  };
  return rows.map((row) => ({
    id: row.id,
    organisationId: row.organisation_id,
    branchId: row.branch_id,
    status: row.status as TracingCase['status'],
    track: row.track as TracingCase['track'],
    closureReason: row.closure_reason as TracingCase['closureReason'],
    priorities: fromJson<TracingCase['priorities']>(row.priorities),
    separation: fromJsonOrNull<Separation>(row.separation),
    lastNews: fromJsonOrNull<LastNews>(row.last_news),
    assignedOfficerId: row.assigned_officer_id,
    enquirer: person(row.enquirer_person_id),
    sought: sought
      .filter((s) => s.case_id === row.id)
      .map((s): SoughtPerson => ({ relationship: s.relationship as SoughtPerson['relationship'], tracingStatus: s.tracing_status as TracingStatus, person: person(s.person_id) })),
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
  }));
}

async function addTimeline(
  db: KinlinkDb,
  caseId: string,
  entry: { kind: TimelineEntry['kind']; action: string; text?: string | null; details?: Record<string, unknown> | null },
  meta?: WriteMeta,
): Promise<TimelineEntry> {
  const row: CaseTimelineTable = {
    id: newId(),
    case_id: caseId,
    kind: entry.kind,
    action: entry.action,
    text: entry.text ?? null,
    details: toJsonOrNull(entry.details),
    actor_user_id: meta?.actorUserId ?? null,
    at: metaNow(meta),
  };
  await db.insertInto('case_timeline').values(row).execute();
  return toTimelineEntry(row);
}

const toTimelineEntry = (row: CaseTimelineTable): TimelineEntry => ({
  id: row.id,
  caseId: row.case_id,
  kind: row.kind as TimelineEntry['kind'],
  action: row.action,
  text: row.text,
  details: fromJsonOrNull<Record<string, unknown>>(row.details),
  actorUserId: row.actor_user_id,
  at: row.at,
});

/**
 * Opens a tracing case (or a draft): stores the enquirer and every sought person as person records of the
 * organisation, the case, and a first timeline entry. Pass the caller's transaction.
 */
export async function createCase(
  db: KinlinkDb,
  input: { organisationId: string; case: TracingCaseInput; enquirerPersonId?: string },
  meta?: WriteMeta,
  cipher: FieldCipher = plainFieldStore,
): Promise<TracingCase> {
  const data = TracingCaseInputSchema.parse(input.case);
  const now = metaNow(meta);
  const stamped = { ...meta, now };
  const idDomain = await organisationDomain(db, input.organisationId);
  const enquirerId =
    input.enquirerPersonId ?? (await insertPerson(db, { organisationId: input.organisationId, person: data.enquirer, idDomain }, stamped, cipher)).id;
  const id = newRecordId(idDomain);
  const status = data.draft ? 'draft' : 'open';
  await db
    .insertInto('cases')
    .values({
      id, organisation_id: input.organisationId, branch_id: data.branchId ?? null, enquirer_person_id: enquirerId, status, track: null,
      closure_reason: null, priorities: canonicalJson(data.priorities), separation: toJsonOrNull(data.separation),
      last_news: toJsonOrNull(data.lastNews), assigned_officer_id: data.assignedOfficerId ?? null, version: 1,
      created_by: meta?.actorUserId ?? null, created_at: now, updated_at: now, closed_at: null,
    })
    .execute();
  for (const [position, sought] of data.sought.entries()) {
    const person = await insertPerson(db, { organisationId: input.organisationId, person: sought.person, idDomain }, stamped, cipher);
    await db
      .insertInto('case_sought_persons')
      .values({ case_id: id, person_id: person.id, position, relationship: sought.relationship, tracing_status: 'sought' })
      .execute();
  }
  await addTimeline(db, id, { kind: 'status', action: 'create', details: { status } }, stamped);
  return getCase(db, id, cipher);
}

export async function findCase(db: KinlinkDb, id: string, cipher: FieldCipher = plainFieldStore): Promise<TracingCase | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await assemble(db, [row], cipher))[0] : undefined;
}

/** Who owns a case (for access checks that need nothing else of it): one indexed read. */
export async function findCaseOwner(db: KinlinkDb, id: string): Promise<{ id: string; organisationId: string } | undefined> {
  const row = await db.selectFrom('cases').select(['id', 'organisation_id']).where('id', '=', id).executeTakeFirst();
  return row ? { id: row.id, organisationId: row.organisation_id } : undefined;
}

export async function getCase(db: KinlinkDb, id: string, cipher: FieldCipher = plainFieldStore): Promise<TracingCase> {
  const found = await findCase(db, id, cipher);
  if (!found) throw new NotFoundError('case', id);
  return found;
}

export interface CaseQuery extends PageOptions {
  /** Cases owned by these organisations… */
  organisationIds?: readonly string[];
  /** …or with these ids (shared with the viewer through accepted transfers). */
  ids?: readonly string[];
  status?: TracingCase['status'];
  assignedOfficerId?: string;
  /** Cases where this person is the enquirer or a sought person. */
  personId?: string;
}

/** Cases newest first, `{ items, next }`. */
export async function listCases(db: KinlinkDb, query: CaseQuery = {}, cipher: FieldCipher = plainFieldStore): Promise<Page<TracingCase>> {
  const limit = pageSize(query);
  let q = db.selectFrom('cases').selectAll();
  if (query.organisationIds || query.ids) {
    const orgs = [...(query.organisationIds ?? [])];
    const ids = [...(query.ids ?? [])];
    if (orgs.length === 0 && ids.length === 0) return { items: [], next: null };
    q = q.where((eb) => eb.or([...(orgs.length ? [eb('organisation_id', 'in', orgs)] : []), ...(ids.length ? [eb('id', 'in', ids)] : [])]));
  }
  if (query.status) q = q.where('status', '=', query.status);
  if (query.assignedOfficerId) q = q.where('assigned_officer_id', '=', query.assignedOfficerId);
  if (query.personId) {
    const personId = query.personId;
    q = q.where((eb) =>
      eb.or([
        eb('enquirer_person_id', '=', personId),
        eb('id', 'in', eb.selectFrom('case_sought_persons').select('case_id').where('person_id', '=', personId)),
      ]),
    );
  }
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    q = q.where((eb) => eb.or([eb('created_at', '<', String(c.sort)), eb.and([eb('created_at', '=', String(c.sort)), eb('id', '<', c.id)])]));
  }
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  const cases = await assemble(db, rows.slice(0, limit), cipher);
  const byId = new Map(cases.map((c) => [c.id, c]));
  return toPage(rows, limit, (r) => ({ sort: r.created_at, id: r.id }), (r) => byId.get(r.id) as TracingCase);
}

/** Reads the case row, locking it on PostgreSQL so concurrent changes of one case queue up. */
async function lockCase(db: KinlinkDb, id: string, expectedVersion?: number): Promise<CaseRow> {
  let q = db.selectFrom('cases').selectAll().where('id', '=', id);
  if (dialectOf(db) === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirst();
  if (!row) throw new NotFoundError('case', id);
  if (expectedVersion !== undefined && Number(row.version) !== expectedVersion) {
    throw new ConflictError(`case ${id} was changed by someone else (version ${row.version}, expected ${expectedVersion})`, 'stale_version');
  }
  return row;
}

export type CaseTransitionOutcome = { ok: true; case: TracingCase; entry: TimelineEntry } | { ok: false; error: CaseTransitionError };

/** Applies a workflow action (core's transitionCase) and records it on the timeline. */
export async function transitionCaseRecord(
  db: KinlinkDb,
  id: string,
  action: CaseAction,
  options: { expectedVersion?: number } = {},
  meta?: WriteMeta,
  cipher: FieldCipher = plainFieldStore,
): Promise<CaseTransitionOutcome> {
  const row = await lockCase(db, id, options.expectedVersion);
  const from: CaseState = { status: row.status as CaseState['status'], track: row.track as CaseState['track'], closureReason: row.closure_reason as CaseState['closureReason'] };
  const result = transitionCase(from, action);
  if (!result.ok) return result;
  const now = metaNow(meta);
  await db
    .updateTable('cases')
    .set({
      status: result.state.status,
      track: result.state.track,
      closure_reason: result.state.closureReason,
      closed_at: result.state.status === 'closed' ? now : null,
      version: Number(row.version) + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
  const { type, ...params } = action;
  const note = 'note' in params ? params.note : undefined;
  const entry = await addTimeline(db, id, { kind: 'status', action: type, text: note ?? null, details: { from, to: result.state } }, { ...meta, now });
  return { ok: true, case: await getCase(db, id, cipher), entry };
}

/** Changes separation, last news, priorities or branch; records what changed on the timeline. */
export async function updateCase(
  db: KinlinkDb,
  id: string,
  update: TracingCaseUpdate,
  options: { expectedVersion?: number } = {},
  meta?: WriteMeta,
  cipher: FieldCipher = plainFieldStore,
): Promise<TracingCase> {
  const row = await lockCase(db, id, options.expectedVersion);
  const now = metaNow(meta);
  await db
    .updateTable('cases')
    .set({
      ...(update.separation !== undefined ? { separation: toJsonOrNull(update.separation) } : {}),
      ...(update.lastNews !== undefined ? { last_news: toJsonOrNull(update.lastNews) } : {}),
      ...(update.priorities !== undefined ? { priorities: canonicalJson(update.priorities) } : {}),
      ...(update.branchId !== undefined ? { branch_id: update.branchId } : {}),
      version: Number(row.version) + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute();
  await addTimeline(db, id, { kind: 'action', action: 'update', details: { fields: Object.keys(update).sort() } }, { ...meta, now });
  return getCase(db, id, cipher);
}

/** Assigns the case to an officer (or unassigns it with null). */
export async function assignCase(db: KinlinkDb, id: string, officerId: string | null, meta?: WriteMeta, cipher: FieldCipher = plainFieldStore): Promise<TracingCase> {
  const row = await lockCase(db, id);
  const now = metaNow(meta);
  await db.updateTable('cases').set({ assigned_officer_id: officerId, version: Number(row.version) + 1, updated_at: now }).where('id', '=', id).execute();
  await addTimeline(db, id, { kind: 'action', action: 'assign', details: { from: row.assigned_officer_id, to: officerId } }, { ...meta, now });
  return getCase(db, id, cipher);
}

/** Records the outcome of the search for one sought person (e.g. located) on the case and its timeline. */
export async function setSoughtPersonStatus(
  db: KinlinkDb,
  caseId: string,
  personId: string,
  status: TracingStatus,
  meta?: WriteMeta,
  cipher: FieldCipher = plainFieldStore,
): Promise<TracingCase> {
  const row = await lockCase(db, caseId);
  const now = metaNow(meta);
  const result = await db
    .updateTable('case_sought_persons')
    .set({ tracing_status: status })
    .where('case_id', '=', caseId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new NotFoundError('sought person', `${caseId} ${personId}`);
  await db.updateTable('cases').set({ version: Number(row.version) + 1, updated_at: now }).where('id', '=', caseId).execute();
  await addTimeline(db, caseId, { kind: 'action', action: 'tracing_status', details: { personId, status } }, { ...meta, now });
  return getCase(db, caseId, cipher);
}

/** Adds a note or a tracing action to the case's timeline. */
export async function addTimelineEntry(db: KinlinkDb, caseId: string, input: TimelineEntryInput, meta?: WriteMeta): Promise<TimelineEntry> {
  const entry = TimelineEntryInputSchema.parse(input);
  const exists = await db.selectFrom('cases').select('id').where('id', '=', caseId).executeTakeFirst();
  if (!exists) throw new NotFoundError('case', caseId);
  return entry.kind === 'note'
    ? addTimeline(db, caseId, { kind: 'note', action: 'note', text: entry.text }, meta)
    : addTimeline(db, caseId, { kind: 'action', action: entry.action, text: entry.text ?? null }, meta);
}

/** The case's timeline, oldest first. */
export async function listTimeline(db: KinlinkDb, caseId: string, options: PageOptions = {}): Promise<Page<TimelineEntry>> {
  const limit = pageSize(options);
  let q = db.selectFrom('case_timeline').selectAll().where('case_id', '=', caseId);
  if (options.cursor) q = q.where('id', '>', decodeCursor(options.cursor).id);
  const rows = await q.orderBy('id').limit(limit + 1).execute();
  return toPage(rows, limit, (r) => ({ sort: r.id, id: r.id }), toTimelineEntry);
}
