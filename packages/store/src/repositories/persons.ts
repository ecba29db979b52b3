import type { NamePart, Page, Person, PersonData, PersonInput, PersonUpdate, SensitiveData } from '@kinlink/core';
import { NAME_PARTS, PersonInput as PersonInputSchema, birthYear } from '@kinlink/core';
import type { Selectable } from 'kysely';
import type { FieldCipher } from '../cipher';
import { plainFieldStore } from '../cipher';
import type { KinlinkDb } from '../database';
import { ConflictError, NotFoundError } from '../errors';
import { newRecordId } from '../ids';
import { canonicalJson, fromJson } from '../json';
import type { PageOptions } from '../pagination';
import { decodeCursor, pageSize, toPage } from '../pagination';
import type { PersonsTable } from '../schema';
import type { PersonJson } from './case-aggregates';
import type { WriteMeta } from '../time';
import { metaNow } from '../time';
import { organisationDomain } from './organisations';

type StoredData = Omit<PersonData, 'sensitive'>;

function toPerson(row: Selectable<PersonsTable>, cipher: FieldCipher): Person {
  return personOf(row, fromJson<StoredData>(row.data), cipher);
}

/** A person as a case's JSON aggregates carry it (case-aggregates.ts): the row with `data` already parsed. */
export function personFromJson(json: PersonJson, cipher: FieldCipher = plainFieldStore): Person {
  return personOf(json, json.data as StoredData, cipher);
}

function personOf(row: Pick<Selectable<PersonsTable>, 'id' | 'organisation_id' | 'sensitive' | 'version' | 'created_at' | 'updated_at'>, data: StoredData, cipher: FieldCipher): Person {
  const person: Person = {
    ...data,
    id: row.id,
    organisationId: row.organisation_id,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  if (row.sensitive !== null) person.sensitive = fromJson<SensitiveData>(cipher.decrypt(row.sensitive));
  return person;
}

const hasSensitiveFields = (sensitive: PersonData['sensitive']): boolean => sensitive !== undefined && Object.values(sensitive).some((v) => v !== undefined);

/** The columns matching and blocking query beside the JSON data. */
function searchColumnsOf(data: PersonData) {
  return {
    sex: data.sex ?? null,
    birth_date: data.birth?.kind === 'date' ? data.birth.date : null,
    birth_year: birthYear(data.birth),
    nationality: data.nationalities[0] ?? null,
  };
}

function columnsOf(data: PersonData, cipher: FieldCipher) {
  const { sensitive, ...rest } = data;
  return {
    ...searchColumnsOf(data),
    data: canonicalJson(rest),
    sensitive: hasSensitiveFields(sensitive) ? cipher.encrypt(canonicalJson(sensitive)) : null,
  };
}

const nameRowsOf = (personId: string, data: PersonData) =>
  NAME_PARTS.flatMap((part: NamePart) =>
    data.names[part].map((name, position) => ({ person_id: personId, part, position, value: name.value, script: name.script ?? null })),
  );

async function writeNames(db: KinlinkDb, personId: string, data: PersonData): Promise<void> {
  await db.deleteFrom('person_names').where('person_id', '=', personId).execute();
  const rows = nameRowsOf(personId, data);
  if (rows.length > 0) await db.insertInto('person_names').values(rows).execute();
}

/**
 * Stores a person for an organisation, with an id `domain/uuid-v7`. Names go to `person_names` as well (one
 * row per written name, queryable for matching); sensitive fields are encrypted when a cipher is given.
 */
export async function insertPerson(
  db: KinlinkDb,
  input: { organisationId: string; person: PersonInput; idDomain?: string },
  meta?: WriteMeta,
  cipher: FieldCipher = plainFieldStore,
): Promise<Person> {
  const [person] = await insertPersons(db, { organisationId: input.organisationId, persons: [input.person], ...(input.idDomain ? { idDomain: input.idDomain } : {}) }, meta, cipher);
  return person as Person;
}

/** Rows per multi-row insert, far below SQLite's limit of 32,766 parameters (12 per person, 5 per name). */
const INSERT_BATCH = 500;
const NAME_INSERT_BATCH = 2000;

/**
 * Stores several persons of one organisation as insertPerson does, in two statements (the persons, then
 * all their names) for up to 500 persons; returns them as a read would, without reading them back.
 */
export async function insertPersons(
  db: KinlinkDb,
  input: { organisationId: string; persons: readonly PersonInput[]; idDomain?: string },
  meta?: WriteMeta,
  cipher: FieldCipher = plainFieldStore,
): Promise<Person[]> {
  if (input.persons.length === 0) return [];
  const datas = input.persons.map((person) => PersonInputSchema.parse(person));
  const now = metaNow(meta);
  const idDomain = input.idDomain ?? (await organisationDomain(db, input.organisationId));
  const stored = datas.map((data) => {
    const { sensitive, ...rest } = data;
    const plainSensitive = hasSensitiveFields(sensitive) ? canonicalJson(sensitive) : null;
    const row = {
      id: newRecordId(idDomain), organisation_id: input.organisationId, ...searchColumnsOf(data), data: canonicalJson(rest),
      sensitive: plainSensitive === null ? null : cipher.encrypt(plainSensitive), version: 1, created_by: meta?.actorUserId ?? null, created_at: now, updated_at: now,
    };
    const person = personOf({ ...row, sensitive: null }, fromJson<StoredData>(row.data), cipher);
    if (plainSensitive !== null) person.sensitive = fromJson<SensitiveData>(plainSensitive);
    return { row, person, names: nameRowsOf(row.id, data) };
  });
  for (let i = 0; i < stored.length; i += INSERT_BATCH) {
    const batch = stored.slice(i, i + INSERT_BATCH);
    await db.insertInto('persons').values(batch.map((s) => s.row)).execute();
  }
  const names = stored.flatMap((s) => s.names);
  for (let i = 0; i < names.length; i += NAME_INSERT_BATCH) await db.insertInto('person_names').values(names.slice(i, i + NAME_INSERT_BATCH)).execute();
  return stored.map((s) => s.person);
}

export async function findPerson(db: KinlinkDb, id: string, cipher: FieldCipher = plainFieldStore): Promise<Person | undefined> {
  const row = await db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toPerson(row, cipher) : undefined;
}

export async function getPerson(db: KinlinkDb, id: string, cipher: FieldCipher = plainFieldStore): Promise<Person> {
  const person = await findPerson(db, id, cipher);
  if (!person) throw new NotFoundError('person', id);
  return person;
}

/** Several persons by id in one query. */
export async function getPersons(db: KinlinkDb, ids: readonly string[], cipher: FieldCipher = plainFieldStore): Promise<Map<string, Person>> {
  const out = new Map<string, Person>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db.selectFrom('persons').selectAll().where('id', 'in', unique.slice(i, i + 500)).execute();
    for (const row of rows) out.set(row.id, toPerson(row, cipher));
  }
  return out;
}

/** The owning organisation of each of these persons (id → organisation id), without reading their records: for access checks. */
export async function getPersonOwners(db: KinlinkDb, ids: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db.selectFrom('persons').select(['id', 'organisation_id']).where('id', 'in', unique.slice(i, i + 500)).execute();
    for (const row of rows) out.set(row.id, row.organisation_id);
  }
  return out;
}

/**
 * Replaces the given fields (others stay). With `expectedVersion`, refuses to overwrite a newer version
 * (ConflictError 'stale_version').
 */
export async function updatePerson(
  db: KinlinkDb,
  id: string,
  update: PersonUpdate,
  options: { expectedVersion?: number } = {},
  meta?: WriteMeta,
  cipher: FieldCipher = plainFieldStore,
): Promise<Person> {
  const current = await getPerson(db, id, cipher);
  if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
    throw new ConflictError(`person ${id} was changed by someone else (version ${current.version}, expected ${options.expectedVersion})`, 'stale_version');
  }
  const { id: _id, organisationId: _org, version: _v, createdAt: _c, updatedAt: _u, ...currentData } = current;
  const data = PersonInputSchema.parse({ ...currentData, ...update });
  const result = await db
    .updateTable('persons')
    .set({ ...columnsOf(data, cipher), version: current.version + 1, updated_at: metaNow(meta) })
    .where('id', '=', id)
    .where('version', '=', current.version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new ConflictError(`person ${id} was changed concurrently`, 'stale_version');
  await writeNames(db, id, data);
  return getPerson(db, id, cipher);
}

export interface PersonQuery extends PageOptions {
  /** Persons owned by these organisations… */
  organisationIds?: readonly string[];
  /** …or with these ids (records shared with the viewer). */
  ids?: readonly string[];
}

/** Persons newest first. */
export async function listPersons(db: KinlinkDb, query: PersonQuery = {}, cipher: FieldCipher = plainFieldStore): Promise<Page<Person>> {
  const limit = pageSize(query);
  let q = db.selectFrom('persons').selectAll();
  if (query.organisationIds || query.ids) {
    const orgs = [...(query.organisationIds ?? [])];
    const ids = [...(query.ids ?? [])];
    if (orgs.length === 0 && ids.length === 0) return { items: [], next: null };
    q = q.where((eb) => eb.or([...(orgs.length ? [eb('organisation_id', 'in', orgs)] : []), ...(ids.length ? [eb('id', 'in', ids)] : [])]));
  }
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    q = q.where((eb) => eb.or([eb('created_at', '<', String(c.sort)), eb.and([eb('created_at', '=', String(c.sort)), eb('id', '<', c.id)])]));
  }
  const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  return toPage(rows, limit, (r) => ({ sort: r.created_at, id: r.id }), (r) => toPerson(r, cipher));
}

/** Ids of persons with a name written exactly `value` (any part, or the given parts). */
export async function findPersonIdsByName(db: KinlinkDb, value: string, options: { parts?: readonly NamePart[]; limit?: number } = {}): Promise<string[]> {
  let q = db.selectFrom('person_names').select('person_id').distinct().where('value', '=', value);
  if (options.parts && options.parts.length > 0) q = q.where('part', 'in', [...options.parts]);
  const rows = await q.orderBy('person_id').limit(options.limit ?? 1000).execute();
  return rows.map((r) => r.person_id);
}
