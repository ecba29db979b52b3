import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DialectName, KinlinkDb } from '@kinlink/store';
import { migrateToLatest, openDatabase } from '@kinlink/store';
import { createTestDatabase } from '@kinlink/store/testing';

export interface FaultDatabase {
  /** Environment that points `kinlink serve` at this database. */
  env: Record<string, string>;
  /** The test's own connection, for setting up and checking. */
  db: KinlinkDb;
  drop(): Promise<void>;
}

/** A fresh migrated database for server processes: SQLite as <dir>/kinlink.db, or a new PostgreSQL database. */
export async function faultDatabase(dialect: DialectName): Promise<FaultDatabase> {
  if (dialect === 'postgres') {
    const database = await createTestDatabase('postgres');
    return { env: { KINLINK_DATABASE_URL: database.url }, db: database.db, drop: () => database.drop() };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'kinlink-faults-'));
  const db = openDatabase({ url: `sqlite:${path.join(dir, 'kinlink.db')}` });
  await migrateToLatest(db);
  return {
    env: { KINLINK_DATA_DIR: dir },
    db,
    async drop() {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
