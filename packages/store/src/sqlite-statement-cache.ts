import type { Database as BetterSqlite, Statement } from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * A better-sqlite3 database as Kysely's SqliteDialect sees it, whose prepare() reuses the statement already
 * compiled for the same SQL text (Kysely prepares anew for every query, which costs more than running most
 * of kinlink's queries). Least recently used statements beyond `capacity` are dropped. A statement still
 * being iterated (a streamed query) is never handed out twice: a busy one is prepared afresh.
 */
export function withStatementCache(database: BetterSqlite, options: { capacity?: number; beforeClose?: () => void } = {}): SqliteDatabase {
  const capacity = options.capacity ?? 500;
  const cache = new Map<string, Statement>();
  return {
    close: () => {
      options.beforeClose?.();
      cache.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        // Map keeps insertion order: re-inserting marks the statement as the most recently used.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached as unknown as SqliteStatement;
      }
      const statement = database.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        if (cache.size > capacity) cache.delete(cache.keys().next().value as string);
      }
      return statement as unknown as SqliteStatement;
    },
  };
}
