import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

/*
 * The case list is "an organisation's cases, newest first" (optionally of one status). Without these
 * indexes both databases sort every case of the organisation for each page: ~0.3 s at 100,000 cases on
 * SQLite, seconds on PostgreSQL under load (measured by `npm run bench:load`). With them a page is an index
 * range read in order.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.createIndex('cases_organisation_created').on('cases').columns(['organisation_id', 'created_at', 'id']).execute();
  await db.schema.createIndex('cases_organisation_status_created').on('cases').columns(['organisation_id', 'status', 'created_at', 'id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('cases_organisation_status_created').execute();
  await db.schema.dropIndex('cases_organisation_created').execute();
}
