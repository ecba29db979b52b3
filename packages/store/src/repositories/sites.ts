import type { Page, Site, SiteInput } from '@kinlink/core';
import { SiteInput as SiteInputSchema } from '@kinlink/core';
import type { KinlinkDb } from '../database';
import { NotFoundError } from '../errors';
import { newId } from '../ids';
import type { PageOptions } from '../pagination';
import { decodeCursor, pageSize, toPage } from '../pagination';
import type { SitesTable } from '../schema';
import type { WriteMeta } from '../time';
import { metaNow } from '../time';

type SiteRow = Omit<SitesTable, 'active'> & { active: number };

const toSite = (row: SiteRow): Site => ({
  id: row.id,
  organisationId: row.organisation_id,
  branchId: row.branch_id,
  kind: row.kind as Site['kind'],
  name: row.name,
  country: row.country,
  place: row.place,
  latitude: row.latitude,
  longitude: row.longitude,
  active: row.active === 1,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function createSite(db: KinlinkDb, input: SiteInput, meta?: WriteMeta): Promise<Site> {
  const data = SiteInputSchema.parse(input);
  const now = metaNow(meta);
  const id = newId();
  await db
    .insertInto('sites')
    .values({
      id, organisation_id: data.organisationId, branch_id: data.branchId ?? null, kind: data.kind, name: data.name, country: data.country,
      place: data.place ?? null, latitude: data.latitude ?? null, longitude: data.longitude ?? null, active: 1, created_at: now, updated_at: now,
    })
    .execute();
  return getSite(db, id);
}

export async function getSite(db: KinlinkDb, id: string): Promise<Site> {
  const row = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('site', id);
  return toSite(row);
}

export async function listSites(db: KinlinkDb, options: PageOptions & { organisationIds?: readonly string[] } = {}): Promise<Page<Site>> {
  const limit = pageSize(options);
  let q = db.selectFrom('sites').selectAll();
  if (options.organisationIds) {
    if (options.organisationIds.length === 0) return { items: [], next: null };
    q = q.where('organisation_id', 'in', [...options.organisationIds]);
  }
  if (options.cursor) q = q.where('id', '>', decodeCursor(options.cursor).id);
  const rows = await q.orderBy('id').limit(limit + 1).execute();
  return toPage(rows, limit, (r) => ({ sort: r.id, id: r.id }), toSite);
}

export async function setSiteActive(db: KinlinkDb, id: string, active: boolean, meta?: WriteMeta): Promise<Site> {
  const result = await db.updateTable('sites').set({ active: active ? 1 : 0, updated_at: metaNow(meta) }).where('id', '=', id).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new NotFoundError('site', id);
  return getSite(db, id);
}
