import { Migrator } from 'kysely';
import type { KinlinkDb } from './database';
import { migrationProvider, migrations } from './migrations/index';

function migratorFor(db: KinlinkDb): Migrator {
  return new Migrator({ db, provider: migrationProvider, migrationTableName: 'kinlink_migrations', migrationLockTableName: 'kinlink_migrations_lock' });
}

/** Applies every pending migration; throws (with the failing migration's name) when one fails. */
export async function migrateToLatest(db: KinlinkDb): Promise<{ applied: string[] }> {
  const { error, results } = await migratorFor(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`database migration ${failed ?? ''} failed: ${message}`, { cause: error });
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** For readiness checks: which migrations are applied and whether any is pending. */
export async function migrationStatus(db: KinlinkDb): Promise<{ current: boolean; applied: string[]; pending: string[] }> {
  const infos = await migratorFor(db).getMigrations();
  const applied = infos.filter((m) => m.executedAt !== undefined).map((m) => m.name);
  const pending = infos.filter((m) => m.executedAt === undefined).map((m) => m.name);
  return { current: pending.length === 0, applied, pending };
}

export const MIGRATION_NAMES: readonly string[] = Object.keys(migrations);
