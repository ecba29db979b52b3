import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { DialectName, KinlinkDb } from '../database';
import { openDatabase } from '../database';
import { migrateToLatest } from '../migrate';
import type { ThrowawayPostgres } from './postgres';
import { startThrowawayPostgres } from './postgres';

export interface TestDatabase {
  readonly dialect: DialectName;
  /** Connection URL of this database (give it to code that opens its own connection, e.g. the server). */
  readonly url: string;
  readonly db: KinlinkDb;
  /** Closes the connection and deletes the database (SQLite file or PostgreSQL database). */
  drop(): Promise<void>;
}

let ownServer: Promise<ThrowawayPostgres> | undefined;

/** The run's shared server (vitest globalSetup), or — if the config has none — one for this worker. */
async function postgresServerUrl(): Promise<string> {
  const provided = inject('kinlinkPostgresUrl');
  if (provided) return provided;
  ownServer ??= startThrowawayPostgres();
  return (await ownServer).url;
}

async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = await postgresServerUrl();
  const name = `kinlink_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

function createSqliteFile(): { url: string; drop(): Promise<void> } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kinlink-sqlite-'));
  return {
    url: `sqlite:${path.join(dir, 'test.db')}`,
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh, empty database of the given dialect, migrated unless `migrate: false`. */
export async function createTestDatabase(dialect: DialectName, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const target = dialect === 'postgres' ? await createPostgresDatabase() : createSqliteFile();
  const db = openDatabase({ url: target.url, poolSize: 5 });
  try {
    if (options.migrate !== false) await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    await target.drop();
    throw error;
  }
  let dropped = false;
  return {
    dialect,
    url: target.url,
    db,
    async drop() {
      if (dropped) return;
      dropped = true;
      await db.destroy();
      await target.drop();
    },
  };
}
