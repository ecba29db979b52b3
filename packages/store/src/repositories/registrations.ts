import type { ChildReferral, Page, Registration, RegistrationInput } from '@kinlink/core';
import { RegistrationInput as RegistrationInputSchema } from '@kinlink/core';
import type { Selectable } from 'kysely';
import type { FieldCipher } from '../cipher';
import { plainFieldStore } from '../cipher';
import type { KinlinkDb } from '../database';
import { NotFoundError } from '../errors';
import { newRecordId } from '../ids';
import { canonicalJson, fromJson } from '../json';
import type { PageOptions } from '../pagination';
import { decodeCursor, pageSize, toPage } from '../pagination';
import type { RegistrationsTable } from '../schema';
import type { WriteMeta } from '../time';
import { metaNow, toTimestamp } from '../time';
import { createCase } from './cases';
import { organisationDomain } from './organisations';
import { getPersons, insertPerson } from './persons';

interface StoredRegistrationData {
  message: string | null;
  referral: ChildReferral | null;
  note: string | null;
}

async function assemble(db: KinlinkDb, rows: Selectable<RegistrationsTable>[], cipher: FieldCipher): Promise<Registration[]> {
  const persons = await getPersons(db, rows.map((r) => r.person_id), cipher);
  return rows.map((row) => {
    const person = persons.get(row.person_id);
    if (!person) throw new NotFoundError('person', row.person_id);
    const data = fromJson<StoredRegistrationData>(row.data);
    return {
      id: row.id,
      kind: row.kind as Registration['kind'],
      organisationId: row.organisation_id,
      siteId: row.site_id,
      person,
      caseId: row.case_id,
      message: data.message,
      referral: data.referral,
      note: data.note,
      registeredAt: row.registered_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

/**
 * Registers a person met at a site. "Looking for someone" also opens a tracing case whose enquirer is the
 * registered person (returned as `caseId`). Pass the caller's transaction: all of it happens or none.
 */
export async function createRegistration(
  db: KinlinkDb,
  input: { organisationId: string; registration: RegistrationInput },
  meta?: WriteMeta,
  cipher: FieldCipher = plainFieldStore,
): Promise<Registration> {
  const data = RegistrationInputSchema.parse(input.registration);
  const now = metaNow(meta);
  const stamped = { ...meta, now };
  const idDomain = await organisationDomain(db, input.organisationId);
  const person = await insertPerson(db, { organisationId: input.organisationId, person: data.person, idDomain }, stamped, cipher);
  let caseId: string | null = null;
  if (data.kind === 'looking_for_someone') {
    const opened = await createCase(
      db,
      {
        organisationId: input.organisationId,
        enquirerPersonId: person.id,
        case: { enquirer: data.person, sought: data.sought, separation: data.separation, lastNews: data.lastNews },
      },
      stamped,
      cipher,
    );
    caseId = opened.id;
  }
  const stored: StoredRegistrationData = {
    message: data.kind === 'safe_and_well' ? (data.message ?? null) : null,
    referral: data.kind === 'unaccompanied_child' ? data.referral : null,
    note: data.note ?? null,
  };
  const id = newRecordId(idDomain);
  await db
    .insertInto('registrations')
    .values({
      id, organisation_id: input.organisationId, site_id: data.siteId ?? null, kind: data.kind, person_id: person.id, case_id: caseId,
      data: canonicalJson(stored), registered_at: data.registeredAt ? toTimestamp(data.registeredAt) : now,
      created_by: meta?.actorUserId ?? null, created_at: now, updated_at: now,
    })
    .execute();
  return getRegistration(db, id, cipher);
}

export async function findRegistration(db: KinlinkDb, id: string, cipher: FieldCipher = plainFieldStore): Promise<Registration | undefined> {
  const row = await db.selectFrom('registrations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await assemble(db, [row], cipher))[0] : undefined;
}

export async function getRegistration(db: KinlinkDb, id: string, cipher: FieldCipher = plainFieldStore): Promise<Registration> {
  const found = await findRegistration(db, id, cipher);
  if (!found) throw new NotFoundError('registration', id);
  return found;
}

export interface RegistrationQuery extends PageOptions {
  organisationIds?: readonly string[];
  ids?: readonly string[];
  siteId?: string;
  kind?: Registration['kind'];
}

/** Registrations, most recently registered first. */
export async function listRegistrations(db: KinlinkDb, query: RegistrationQuery = {}, cipher: FieldCipher = plainFieldStore): Promise<Page<Registration>> {
  const limit = pageSize(query);
  let q = db.selectFrom('registrations').selectAll();
  if (query.organisationIds || query.ids) {
    const orgs = [...(query.organisationIds ?? [])];
    const ids = [...(query.ids ?? [])];
    if (orgs.length === 0 && ids.length === 0) return { items: [], next: null };
    q = q.where((eb) => eb.or([...(orgs.length ? [eb('organisation_id', 'in', orgs)] : []), ...(ids.length ? [eb('id', 'in', ids)] : [])]));
  }
  if (query.siteId) q = q.where('site_id', '=', query.siteId);
  if (query.kind) q = q.where('kind', '=', query.kind);
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    q = q.where((eb) => eb.or([eb('registered_at', '<', String(c.sort)), eb.and([eb('registered_at', '=', String(c.sort)), eb('id', '<', c.id)])]));
  }
  const rows = await q.orderBy('registered_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  const items = await assemble(db, rows.slice(0, limit), cipher);
  const byId = new Map(items.map((r) => [r.id, r]));
  return toPage(rows, limit, (r) => ({ sort: r.registered_at, id: r.id }), (r) => byId.get(r.id) as Registration);
}
