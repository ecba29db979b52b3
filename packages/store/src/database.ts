import Database from 'better-sqlite3';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, sql } from 'kysely';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { parse as parseConnectionString } from 'pg-connection-string';
import type { Schema } from './schema';
import { withPreparedStatements } from './postgres-prepared-statements';
import { checkpointInBackground } from './sqlite-checkpoints';
import { withStatementCache } from './sqlite-statement-cache';

export type KinlinkDb = Kysely<Schema>;
export type DialectName = 'sqlite' | 'postgres';

/** PostgreSQL connections per process unless configured (KINLINK_DATABASE_POOL_SIZE in the server). */
export const DEFAULT_POOL_SIZE = 20;

export interface OpenDatabaseOptions {
  /** `sqlite:/path/file.db`, `sqlite::memory:`, a plain file path, or `postgres://user@host:port/db`. */
  url: string;
  /** PostgreSQL pool size (default 20). */
  poolSize?: number;
  /** PostgreSQL: run repeated statements as prepared statements (default true; off behind PgBouncer < 1.21). */
  preparedStatements?: boolean;
  /** SQLite file: checkpoint the write-ahead log from a worker thread, not during commits (serving processes). */
  backgroundCheckpoints?: boolean;
}

export interface ParsedDatabaseUrl {
  dialect: DialectName;
  /** SQLite: the file path (or `:memory:`); PostgreSQL: the connection string. */
  target: string;
}

export function parseDatabaseUrl(url: string): ParsedDatabaseUrl {
  const trimmed = url.trim();
  if (trimmed === '') throw new Error('database url is empty');
  if (/^postgres(ql)?:\/\//i.test(trimmed)) return { dialect: 'postgres', target: trimmed };
  if (/^sqlite:/i.test(trimmed)) {
    const rest = trimmed.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (rest === '') throw new Error(`database url ${url} names no file`);
    return { dialect: 'sqlite', target: rest };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    throw new Error(`unsupported database url ${url}: use sqlite:/path/file.db or postgres://…`);
  }
  return { dialect: 'sqlite', target: trimmed };
}

/**
 * Where a PostgreSQL URL points, for messages, without its password: `db.example:5432/kinlink`, or the socket
 * folder for a URL that connects over a unix socket (postgres://user@/kinlink?host=/var/run/postgresql).
 */
export function describePostgresUrl(url: string): string {
  const parsed = parseConnectionString(url);
  const host = parsed.host ?? 'localhost';
  const where = host.startsWith('/') ? `the socket in ${host}` : `${host}${parsed.port ? `:${parsed.port}` : ''}`;
  return `${where}/${parsed.database ?? ''}`;
}

/**
 * Opens a kinlink database. SQLite runs in WAL mode with foreign keys on; PostgreSQL through a pg pool.
 * Does not migrate: call migrateToLatest(db) (see migrate.ts).
 */
export function openDatabase(options: OpenDatabaseOptions): KinlinkDb {
  const { dialect, target } = parseDatabaseUrl(options.url);
  if (dialect === 'postgres') {
    const pool = new pg.Pool({
      connectionString: target,
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
      // bigint (count(*), audit seq) as a JS number: kinlink's counts stay far below 2^53.
      types: { getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === 20 ? Number : pg.types.getTypeParser(oid, format ?? 'text')) },
    });
    // An idle client losing its server (restart) must not crash the process; the pool replaces it.
    pool.on('error', () => undefined);
    // Nor may a checked-out client (e.g. inside a transaction) that the server disconnects: its query fails
    // and the pool discards it, but its 'error' event would otherwise be unhandled and end the process.
    pool.on('connect', (client) => client.on('error', () => undefined));
    return new Kysely<Schema>({ dialect: new PostgresDialect({ pool: options.preparedStatements === false ? pool : withPreparedStatements(pool) }) });
  }
  if (target !== ':memory:') mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const sqlite = new Database(target);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const stopCheckpoints = options.backgroundCheckpoints && target !== ':memory:' ? checkpointInBackground(sqlite, path.resolve(target)) : undefined;
  return new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite, { beforeClose: stopCheckpoints }) }) });
}

/** Which database a Kysely instance (or a transaction of it) talks to. */
export function dialectOf(db: Kysely<Schema>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** One trivial query: throws when the database cannot be reached (liveness and readiness checks). */
export async function pingDatabase(db: Kysely<Schema>): Promise<void> {
  await sql`select 1`.execute(db);
}
