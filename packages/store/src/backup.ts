import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { sql } from 'kysely';
import type { KinlinkDb } from './database';
import { dialectOf } from './database';
import { MIGRATION_NAMES } from './migrate';
import type { TableName } from './schema';
import { TABLES } from './schema';

/** Columns that order each table's rows in a dump (its primary key). */
const ORDER: Readonly<Record<TableName, readonly string[]>> = {
  organisations: ['id'], branches: ['id'], sites: ['id'], users: ['id'], sessions: ['id'], api_tokens: ['id'], login_attempts: ['id'],
  persons: ['id'], person_names: ['person_id', 'part', 'position'], cases: ['id'], case_sought_persons: ['case_id', 'person_id'],
  case_timeline: ['id'], registrations: ['id'], transfers: ['id'], transfer_ledger: ['id'], consents: ['id'], audit_log: ['seq'],
  audit_head: ['id'], jobs: ['id'], potential_matches: ['id'],
};

/**
 * A table outside the store's schema (e.g. created by another package's own migrations) that a dump and
 * restore include after the store's tables; `orderBy` is its primary key. The store never imports its owner.
 */
export interface ExtraTable {
  readonly name: string;
  readonly orderBy: readonly string[];
}

/** Row counts by table: the store's tables and any extra tables. */
export type DumpCounts = Record<TableName, number> & Record<string, number>;

export const DUMP_FORMAT = 'kinlink-dump';
export const DUMP_VERSION = 1;

/**
 * Consistent online copy of a SQLite database into a new file (VACUUM INTO: one read transaction, so writers
 * may continue). The target must not exist.
 */
export async function backupSqlite(db: KinlinkDb, toPath: string): Promise<{ path: string; bytes: number }> {
  if (dialectOf(db) !== 'sqlite') throw new Error('backupSqlite copies SQLite databases; for PostgreSQL use dumpToFile');
  if (existsSync(toPath)) throw new Error(`backup target ${toPath} already exists; choose a new file`);
  await sql`vacuum into ${toPath}`.execute(db);
  return { path: toPath, bytes: statSync(toPath).size };
}

type Row = Record<string, unknown>;

/** Every row of every table, in a fixed order, `batchSize` rows at a time. */
export async function* tableRows(db: KinlinkDb, table: TableName | ExtraTable, batchSize = 1000): AsyncGenerator<Row[]> {
  const order = typeof table === 'string' ? ORDER[table] : table.orderBy;
  const name = (typeof table === 'string' ? table : table.name) as TableName;
  for (let offset = 0; ; offset += batchSize) {
    let q = db.selectFrom(name).selectAll();
    for (const column of order) q = q.orderBy(sql.ref(column));
    const rows = (await q.limit(batchSize).offset(offset).execute()) as Row[];
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
  }
}

/**
 * Dialect-neutral dump as JSON lines: a header, `{"t": table, "r": row}` per row, and a footer with the row
 * count of every table (a truncated file is refused on restore). Run it inside a transaction (repeatable read
 * on PostgreSQL) for a consistent snapshot of a live database; dumpToFile does.
 */
export async function dumpDatabase(db: KinlinkDb, write: (line: string) => Promise<void> | void, extraTables: readonly ExtraTable[] = []): Promise<DumpCounts> {
  const counts = {} as DumpCounts;
  const extra = extraTables.length > 0 ? { extraTables: extraTables.map((table) => table.name) } : {};
  await write(JSON.stringify({ format: DUMP_FORMAT, version: DUMP_VERSION, migrations: MIGRATION_NAMES, ...extra, dialect: dialectOf(db), createdAt: new Date().toISOString() }));
  for (const table of [...TABLES, ...extraTables]) {
    const name = typeof table === 'string' ? table : table.name;
    counts[name] = 0;
    for await (const rows of tableRows(db, table)) {
      for (const row of rows) await write(JSON.stringify({ t: name, r: row }));
      counts[name] += rows.length;
    }
  }
  await write(JSON.stringify({ end: true, counts }));
  return counts;
}

export async function dumpToFile(db: KinlinkDb, path: string, extraTables: readonly ExtraTable[] = []): Promise<DumpCounts> {
  if (existsSync(path)) throw new Error(`dump target ${path} already exists; choose a new file`);
  const out = createWriteStream(path, { encoding: 'utf8', flags: 'wx' });
  const write = async (line: string): Promise<void> => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  try {
    const snapshot = async (trx: KinlinkDb) => dumpDatabase(trx, write, extraTables);
    const counts =
      dialectOf(db) === 'postgres'
        ? await db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(snapshot)
        : await db.transaction().execute(snapshot);
    out.end();
    await once(out, 'finish');
    return counts;
  } catch (error) {
    out.destroy();
    throw error;
  }
}

/**
 * Restores a dump into an empty, migrated database (either dialect), in one transaction: it all arrives
 * or nothing does. Refuses a dump of other migrations, a truncated dump, or a non-empty target.
 */
export async function restoreDatabase(db: KinlinkDb, lines: AsyncIterable<string>, extraTables: readonly ExtraTable[] = []): Promise<DumpCounts> {
  const known: readonly string[] = [...TABLES, ...extraTables.map((table) => table.name)];
  return db.transaction().execute(async (trx) => {
    for (const table of known as TableName[]) {
      if (table === 'audit_head') continue;
      const any = await trx.selectFrom(table).select(sql.lit(1).as('x')).limit(1).executeTakeFirst();
      if (any) throw new Error(`cannot restore into a database that has data (table ${table} is not empty)`);
    }
    await trx.deleteFrom('audit_head').execute();
    const counts = {} as DumpCounts;
    for (const table of known) counts[table] = 0;
    let header = false;
    let footer: Record<string, number> | undefined;
    let batch: { table: TableName; rows: Row[] } | undefined;
    const flush = async (): Promise<void> => {
      if (!batch || batch.rows.length === 0) return;
      await trx.insertInto(batch.table).values(batch.rows as never).execute();
      batch = undefined;
    };
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as { format?: string; version?: number; migrations?: string[]; extraTables?: string[]; t?: TableName; r?: Row; end?: boolean; counts?: Record<string, number> };
      if (!header) {
        if (record.format !== DUMP_FORMAT || record.version !== DUMP_VERSION) throw new Error('not a kinlink dump (missing or unknown header)');
        if (JSON.stringify(record.migrations) !== JSON.stringify(MIGRATION_NAMES)) {
          throw new Error(`the dump was made at migrations [${record.migrations?.join(', ')}], this database is at [${MIGRATION_NAMES.join(', ')}]`);
        }
        const unknown = (record.extraTables ?? []).filter((table) => !known.includes(table));
        if (unknown.length > 0) throw new Error(`the dump holds tables this restore does not know: ${unknown.join(', ')} (restore it with the tool that made it, e.g. kinlink restore)`);
        header = true;
        continue;
      }
      if (record.end) {
        footer = record.counts;
        continue;
      }
      if (!record.t || !record.r || !known.includes(record.t)) throw new Error(`unexpected line in dump: ${line.slice(0, 100)}`);
      if (batch && batch.table !== record.t) await flush();
      batch ??= { table: record.t, rows: [] };
      batch.rows.push(record.r);
      counts[record.t]++;
      if (batch.rows.length >= 200) await flush();
    }
    await flush();
    if (!footer) throw new Error('the dump is truncated (no end marker): nothing was restored');
    for (const table of known) {
      if ((footer[table] ?? 0) !== counts[table]) throw new Error(`the dump announces ${footer[table]} rows of ${table} but holds ${counts[table]}: nothing was restored`);
    }
    return counts;
  });
}

export async function restoreFromFile(db: KinlinkDb, path: string, extraTables: readonly ExtraTable[] = []): Promise<DumpCounts> {
  const reader = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  // Attach the iterator now: readline drops lines emitted before anyone iterates (the transaction starts first).
  const iterator = reader[Symbol.asyncIterator]();
  const lines: AsyncIterable<string> = { [Symbol.asyncIterator]: () => iterator };
  try {
    return await restoreDatabase(db, lines, extraTables);
  } finally {
    reader.close();
  }
}
