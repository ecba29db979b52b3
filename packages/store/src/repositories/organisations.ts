import type { Branch, BranchInput, Organisation, OrganisationInput, OrganisationUpdate, Page } from '@kinlink/core';
import { OrganisationInput as OrganisationInputSchema } from '@kinlink/core';
import type { KinlinkDb } from '../database';
import { ConflictError, NotFoundError } from '../errors';
import { newId } from '../ids';
import type { PageOptions } from '../pagination';
import { decodeCursor, pageSize, toPage } from '../pagination';
import type { BranchesTable, OrganisationsTable } from '../schema';
import type { WriteMeta } from '../time';
import { metaNow } from '../time';

const toBranch = (row: BranchesTable): Branch => ({
  id: row.id,
  organisationId: row.organisation_id,
  name: row.name,
  region: row.region,
  createdAt: row.created_at,
});

type OrganisationRow = Omit<OrganisationsTable, 'active'> & { active: number };

const toOrganisation = (row: OrganisationRow, branches: Branch[]): Organisation => ({
  id: row.id,
  kind: row.kind as Organisation['kind'],
  name: row.name,
  shortName: row.short_name,
  country: row.country,
  idDomain: row.id_domain,
  active: row.active === 1,
  branches,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

async function branchesOf(db: KinlinkDb, organisationIds: string[]): Promise<Map<string, Branch[]>> {
  const byOrg = new Map<string, Branch[]>();
  if (organisationIds.length === 0) return byOrg;
  const rows = await db.selectFrom('branches').selectAll().where('organisation_id', 'in', organisationIds).orderBy('name').orderBy('id').execute();
  for (const row of rows) {
    const list = byOrg.get(row.organisation_id) ?? [];
    list.push(toBranch(row));
    byOrg.set(row.organisation_id, list);
  }
  return byOrg;
}

export async function createOrganisation(db: KinlinkDb, input: OrganisationInput, meta?: WriteMeta): Promise<Organisation> {
  const data = OrganisationInputSchema.parse(input);
  const now = metaNow(meta);
  const existing = await db.selectFrom('organisations').select('id').where('id_domain', '=', data.idDomain).executeTakeFirst();
  if (existing) throw new ConflictError(`an organisation with the id domain ${data.idDomain} already exists`, 'duplicate_id_domain');
  const id = newId();
  await db
    .insertInto('organisations')
    .values({ id, kind: data.kind, name: data.name, short_name: data.shortName ?? null, country: data.country, id_domain: data.idDomain, active: 1, created_at: now, updated_at: now })
    .execute();
  for (const branch of data.branches) await addBranch(db, id, branch, meta);
  return getOrganisation(db, id);
}

export async function findOrganisation(db: KinlinkDb, id: string): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toOrganisation(row, (await branchesOf(db, [id])).get(id) ?? []);
}

export async function getOrganisation(db: KinlinkDb, id: string): Promise<Organisation> {
  const organisation = await findOrganisation(db, id);
  if (!organisation) throw new NotFoundError('organisation', id);
  return organisation;
}

export async function findOrganisationByDomain(db: KinlinkDb, idDomain: string): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').select('id').where('id_domain', '=', idDomain).executeTakeFirst();
  return row ? findOrganisation(db, row.id) : undefined;
}

/** The id domain of an organisation, for minting `domain/local-id` record ids. */
export async function organisationDomain(db: KinlinkDb, organisationId: string): Promise<string> {
  const row = await db.selectFrom('organisations').select('id_domain').where('id', '=', organisationId).executeTakeFirst();
  if (!row) throw new NotFoundError('organisation', organisationId);
  return row.id_domain;
}

export async function listOrganisations(db: KinlinkDb, options: PageOptions & { ids?: readonly string[] } = {}): Promise<Page<Organisation>> {
  const limit = pageSize(options);
  let q = db.selectFrom('organisations').selectAll();
  if (options.ids) {
    if (options.ids.length === 0) return { items: [], next: null };
    q = q.where('id', 'in', [...options.ids]);
  }
  if (options.cursor) {
    const c = decodeCursor(options.cursor);
    q = q.where((eb) => eb.or([eb('name', '>', String(c.sort)), eb.and([eb('name', '=', String(c.sort)), eb('id', '>', c.id)])]));
  }
  const rows = await q.orderBy('name').orderBy('id').limit(limit + 1).execute();
  const branches = await branchesOf(db, rows.slice(0, limit).map((r) => r.id));
  return toPage(rows, limit, (r) => ({ sort: r.name, id: r.id }), (r) => toOrganisation(r, branches.get(r.id) ?? []));
}

export async function updateOrganisation(db: KinlinkDb, id: string, update: OrganisationUpdate, meta?: WriteMeta): Promise<Organisation> {
  const result = await db
    .updateTable('organisations')
    .set({
      ...(update.name !== undefined ? { name: update.name } : {}),
      ...(update.shortName !== undefined ? { short_name: update.shortName } : {}),
      ...(update.active !== undefined ? { active: update.active ? 1 : 0 } : {}),
      updated_at: metaNow(meta),
    })
    .where('id', '=', id)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new NotFoundError('organisation', id);
  return getOrganisation(db, id);
}

export async function addBranch(db: KinlinkDb, organisationId: string, input: BranchInput, meta?: WriteMeta): Promise<Branch> {
  const row: BranchesTable = { id: newId(), organisation_id: organisationId, name: input.name, region: input.region ?? null, created_at: metaNow(meta) };
  await db.insertInto('branches').values(row).execute();
  return toBranch(row);
}

export async function getBranch(db: KinlinkDb, id: string): Promise<Branch> {
  const row = await db.selectFrom('branches').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('branch', id);
  return toBranch(row);
}
