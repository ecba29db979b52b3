import { afterAll, beforeAll, describe } from 'vitest';
import type { DialectName, KinlinkDb } from '../database';
import type { TestDatabase } from './test-database';
import { createTestDatabase } from './test-database';

export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];

/** What a dialect-looped suite sees. `db` and `url` are usable inside hooks and tests (not at collection time). */
export interface DialectContext {
  readonly dialect: DialectName;
  readonly db: KinlinkDb;
  readonly url: string;
}

export interface ForEachDialectOptions {
  /** Run migrations on the fresh database (default true). */
  migrate?: boolean;
  /** Restrict to some dialects (default both). Every store and API test should run on both. */
  dialects?: readonly DialectName[];
}

/**
 * Runs the suite in `body` once per dialect, inside `describe('sqlite')` / `describe('postgres')`, each with a
 * freshly migrated database of its own for this file (SQLite: a temp file; PostgreSQL: CREATE DATABASE on the
 * run's shared throwaway server). Tests in one file share that database: create what you need per test.
 */
export function forEachDialect(body: (ctx: DialectContext) => void, options: ForEachDialectOptions = {}): void {
  for (const dialect of options.dialects ?? DIALECTS) {
    describe(dialect, () => {
      let database: TestDatabase | undefined;
      const current = (): TestDatabase => {
        if (!database) throw new Error('the test database exists only inside hooks and tests (beforeAll has not run)');
        return database;
      };
      const ctx: DialectContext = {
        dialect,
        get db() {
          return current().db;
        },
        get url() {
          return current().url;
        },
      };
      beforeAll(async () => {
        database = await createTestDatabase(dialect, { migrate: options.migrate ?? true });
      });
      afterAll(async () => {
        await database?.drop();
      });
      body(ctx);
    });
  }
}
