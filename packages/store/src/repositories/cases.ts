import type {
  CaseAction, CaseState, CaseTransitionError, Consent, LastNews, Page, Person, Separation, SoughtPerson, TimelineEntry,
  TimelineEntryInput, TracingCase, TracingCaseInput, TracingCaseUpdate, TracingStatus,
} from '@kinlink/core';
import { TimelineEntryInput as TimelineEntryInputSchema, TracingCaseInput as TracingCaseInputSchema, transitionCase } from '@kinlink/core';
import { sql } from 'kysely';
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
import type { ConsentJson, PersonJson, SoughtJson } from './case-aggregates';
import { enquirerColumn, locatedConsentsColumn, soughtColumn } from './case-aggregates';
import { precompiledInsert, precompiledQuery, precompiledStatement } from '../precompiled-query';
import { jsonValue } from '../sql-json';
import { toConsent } from './consents';
import { getPerson, insertPersons, personFromJson } from './persons';

type CaseRow = Omit<CasesTable, 'version'> & { version: number };

/** A case row with its persons as JSON columns (case-aggregates.ts); `consents` only when asked for. */
type AggregatedCaseRow = CaseRow & { enquirer: unknown; sought: unknown; consents?: unknown };

/** A case as shown to a caller, with the consent records its presenter needs (those of its located sought persons). */
export interface CaseWithConsents {
  tracingCase: TracingCase;
  consents: Consent[];
}

/** `cases` with the case's enquirer, sought persons and (optionally) located persons' consents, in the same statement. */
function selectCases(db: KinlinkDb, options: { withConsents: boolean }) {
  const dialect = dialectOf(db);
  const q = db.selectFrom('cases').selectAll().select([enquirerColumn(dialect).as('enquirer'), soughtColumn(dialect).as('sought')]);
  return options.withConsents ? q.select(locatedConsentsColumn(dialect).as('consents')) : q;
}

function toCase(row: AggregatedCaseRow, cipher: FieldCipher): TracingCase {
  const enquirer = jsonValue<PersonJson>(row.enquirer);
  if (!enquirer) throw new NotFoundError('person', row.enquirer_person_id);
  const sought = (jsonValue<SoughtJson[]>(row.sought) ?? []).sort((a, b) => a.position - b.position);
  return caseOf(
    row,
    personFromJson(enquirer, cipher),
    sought.map((s): SoughtPerson => ({
      relationship: s.relationship as SoughtPerson['relationship'], tracingStatus: s.tracing_status as TracingStatus, person: personFromJson(s.person, cipher),
    })),
  );
}

function caseOf(row: CaseRow, enquirer: Person, sought: SoughtPerson[]): TracingCase {
  return {
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
    enquirer,
    sought,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
  };
}

/** Oldest first, as listConsents returns them: the presenter takes the latest decision per person and purpose. */
const byGivenAt = (a: ConsentJson, b: ConsentJson): number => (a.given_at < b.given_at ? -1 : a.given_at > b.given_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function toCaseWithConsents(row: AggregatedCaseRow, cipher: FieldCipher): CaseWithConsents {
  const consents = (jsonValue<ConsentJson[]>(row.consents) ?? []).sort(byGivenAt).map(toConsent);
  return { tracingCase: toCase(row, cipher), consents };
}

type TimelineFields = { kind: TimelineEntry['kind']; action: string; text?: string | null; details?: Record<string, unknown> | null };

const timelineRow = (caseId: string, entry: TimelineFields, meta?: WriteMeta): CaseTimelineTable => ({
  id: newId(),
  case_id: caseId,
  kind: entry.kind,
  action: entry.action,
  text: entry.text ?? null,
  details: toJsonOrNull(entry.details),
  actor_user_id: meta?.actorUserId ?? null,
  at: metaNow(meta),
});

const TIMELINE_COLUMNS = ['id', 'case_id', 'kind', 'action', 'text', 'details', 'actor_user_id', 'at'] as const;
const insertTimelineRow = precompiledInsert('case_timeline', TIMELINE_COLUMNS);

async function addTimeline(db: KinlinkDb, caseId: string, entry: TimelineFields, meta?: WriteMeta): Promise<TimelineEntry> {
  const row = timelineRow(caseId, entry, meta);
  await insertTimelineRow(db, row);
  return toTimelineEntry(row);
}

const insertCaseRow = precompiledInsert('cases', [
  'id', 'organisation_id', 'branch_id', 'enquirer_person_id', 'status', 'track', 'closure_reason', 'priorities', 'separation', 'last_news',
  'assigned_officer_id', 'version', 'created_by', 'created_at', 'updated_at', 'closed_at',
]);

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
  const newPersons = [...(input.enquirerPersonId ? [] : [data.enquirer]), ...data.sought.map((s) => s.person)];
  const created = await insertPersons(db, { organisationId: input.organisationId, persons: newPersons, idDomain }, stamped, cipher);
  const enquirer = input.enquirerPersonId ? await getPerson(db, input.enquirerPersonId, cipher) : (created.shift() as Person);
  const row: CaseRow = {
    id: newRecordId(idDomain), organisation_id: input.organisationId, branch_id: data.branchId ?? null, enquirer_person_id: enquirer.id,
    status: data.draft ? 'draft' : 'open', track: null, closure_reason: null, priorities: canonicalJson(data.priorities),
    separation: toJsonOrNull(data.separation), last_news: toJsonOrNull(data.lastNews), assigned_officer_id: data.assignedOfficerId ?? null,
    version: 1, created_by: meta?.actorUserId ?? null, created_at: now, updated_at: now, closed_at: null,
  };
  await insertCaseRow(db, row);
  const sought = data.sought.map((s, position): SoughtPerson => ({ relationship: s.relationship, tracingStatus: 'sought', person: created[position] as Person }));
  if (sought.length > 0) {
    await db
      .insertInto('case_sought_persons')
      .values(sought.map((s, position) => ({ case_id: row.id, person_id: s.person.id, position, relationship: s.relationship, tracing_status: s.tracingStatus })))
      .execute();
  }
  await addTimeline(db, row.id, { kind: 'status', action: 'create', details: { status: row.status } }, stamped);
  return caseOf(row, enquirer, sought);
}

const caseById = precompiledQuery(1, (db, id: string) => selectCases(db, { withConsents: false }).where('id', '=', id));
const caseWithConsentsById = precompiledQuery(1, (db, id: string) => selectCases(db, { withConsents: true }).where('id', '=', id));
const caseOwnerById = precompiledQuery(1, (db, id: string) => db.selectFrom('cases').select(['id', 'organisation_id']).where('id', '=', id));

export async function findCase(db: KinlinkDb, id: string, cipher: FieldCipher = plainFieldStore): Promise<TracingCase | undefined> {
  const [row] = await caseById(db, id);
  return row ? toCase(row, cipher) : undefined;
}

/** A case with the consents of its located sought persons, in one statement (what showing it needs). */
export async function findCaseWithConsents(db: KinlinkDb, id: string, cipher: FieldCipher = plainFieldStore): Promise<CaseWithConsents | undefined> {
  const [row] = await caseWithConsentsById(db, id);
  return row ? toCaseWithConsents(row, cipher) : undefined;
}

/** Who owns a case (for access checks that need nothing else of it): one indexed read. */
export async function findCaseOwner(db: KinlinkDb, id: string): Promise<{ id: string; organisationId: string } | undefined> {
  const [row] = await caseOwnerById(db, id);
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
  const page = await pageOfCases(db, query, { withConsents: false });
  return { items: page.items.map((row) => toCase(row, cipher)), next: page.next };
}

/** Cases newest first, each with the consents of its located sought persons: a page in one statement. */
export async function listCasesWithConsents(db: KinlinkDb, query: CaseQuery = {}, cipher: FieldCipher = plainFieldStore): Promise<Page<CaseWithConsents>> {
  const page = await pageOfCases(db, query, { withConsents: true });
  return { items: page.items.map((row) => toCaseWithConsents(row, cipher)), next: page.next };
}

async function pageOfCases(db: KinlinkDb, query: CaseQuery, options: { withConsents: boolean }): Promise<Page<AggregatedCaseRow>> {
  const limit = pageSize(query);
  let q = selectCases(db, options);
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
  return toPage(rows, limit, (r) => ({ sort: r.created_at, id: r.id }), (r) => r);
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

type CaseChanges = Partial<Pick<CasesTable, 'separation' | 'last_news' | 'priorities' | 'branch_id'>>;

const caseUpdates = new Map<string, (db: KinlinkDb, ...values: unknown[]) => Promise<{ id: string }[]>>();

/**
 * The UPDATE of these columns (precompiled per set of columns): one statement locks the row, checks the
 * expected version and changes it (PostgreSQL re-checks the version after waiting for a concurrent change).
 * Its parameters: the columns' values, the time, the case id and, when it checks one, the expected version.
 */
function caseUpdate(columns: readonly (keyof CaseChanges)[], checksVersion: boolean) {
  const key = `${columns.join(',')}${checksVersion ? ' at version' : ''}`;
  let update = caseUpdates.get(key);
  if (!update) {
    update = precompiledQuery(columns.length + 2 + (checksVersion ? 1 : 0), (db, ...values: unknown[]) => {
      const [now, id, version] = values.slice(columns.length) as [string, string, number];
      let q = db
        .updateTable('cases')
        .set((eb) => ({ ...Object.fromEntries(columns.map((column, i) => [column, values[i] as string | null])), version: eb('version', '+', 1), updated_at: now }))
        .where('id', '=', id);
      if (checksVersion) q = q.where('version', '=', version);
      return q.returning('id');
    });
    caseUpdates.set(key, update);
  }
  return update;
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
  const now = metaNow(meta);
  const changes: CaseChanges = {
    ...(update.separation !== undefined ? { separation: toJsonOrNull(update.separation) } : {}),
    ...(update.lastNews !== undefined ? { last_news: toJsonOrNull(update.lastNews) } : {}),
    ...(update.priorities !== undefined ? { priorities: canonicalJson(update.priorities) } : {}),
    ...(update.branchId !== undefined ? { branch_id: update.branchId } : {}),
  };
  const columns = (Object.keys(changes) as (keyof CaseChanges)[]).sort();
  const checksVersion = options.expectedVersion !== undefined;
  const change = caseUpdate(columns, checksVersion);
  const [changed] = await change(db, ...columns.map((c) => changes[c]), now, id, ...(checksVersion ? [options.expectedVersion] : []));
  if (!changed) await lockCase(db, id, options.expectedVersion); // throws: not found, or changed by someone else
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
  const row = timelineRow(caseId, entry.kind === 'note' ? { kind: 'note', action: 'note', text: entry.text } : { kind: 'action', action: entry.action, text: entry.text ?? null }, meta);
  const inserted = await insertTimelineRowIfCaseExists(db, ...TIMELINE_COLUMNS.map((column) => row[column]), caseId);
  if (Number(inserted.numAffectedRows ?? 0) === 0) throw new NotFoundError('case', caseId);
  return toTimelineEntry(row);
}

/** A timeline row inserted only if its case exists, in one statement: the row's values, then the case id. */
const insertTimelineRowIfCaseExists = precompiledStatement(TIMELINE_COLUMNS.length + 1, (db, ...values: (string | null)[]) =>
  db
    .insertInto('case_timeline')
    .columns([...TIMELINE_COLUMNS])
    .expression((eb) => eb.selectFrom('cases').select(TIMELINE_COLUMNS.map((column, i) => sql<string | null>`${values[i]}`.as(column))).where('id', '=', values[TIMELINE_COLUMNS.length] as string)));

/** The case's timeline, oldest first. */
export async function listTimeline(db: KinlinkDb, caseId: string, options: PageOptions = {}): Promise<Page<TimelineEntry>> {
  const limit = pageSize(options);
  const rows = options.cursor ? await timelineAfter(db, caseId, decodeCursor(options.cursor).id, limit + 1) : await timelineFirst(db, caseId, limit + 1);
  return toPage(rows, limit, (r) => ({ sort: r.id, id: r.id }), toTimelineEntry);
}

const timelineFirst = precompiledQuery(2, (db, caseId: string, limit: number) =>
  db.selectFrom('case_timeline').selectAll().where('case_id', '=', caseId).orderBy('id').limit(limit));
const timelineAfter = precompiledQuery(3, (db, caseId: string, afterId: string, limit: number) =>
  db.selectFrom('case_timeline').selectAll().where('case_id', '=', caseId).where('id', '>', afterId).orderBy('id').limit(limit));
