import type { Compilable, Insertable, QueryResult } from 'kysely';
import { CompiledQuery } from 'kysely';
import type { DialectName, KinlinkDb } from './database';
import { dialectOf } from './database';
import type { Schema } from './schema';

const PLACEHOLDER = '\u0000kinlink-parameter-';

type Slot = { parameter: number } | { constant: unknown };

/**
 * A query of fixed shape, built and compiled by Kysely once per dialect: each run only binds its parameters
 * (building and compiling a query costs about as much CPU as sending it). `build` gets placeholders in place
 * of the parameters and must use them only as values (no branching on them); the SQL stays Kysely's.
 */
export function precompiledQuery<P extends readonly unknown[], R>(
  arity: P['length'],
  build: (db: KinlinkDb, ...parameters: P) => Compilable<R>,
): (db: KinlinkDb, ...parameters: P) => Promise<R[]> {
  const run = precompiledStatement(arity, build);
  return async (db, ...parameters) => (await run(db, ...parameters)).rows;
}

/** precompiledQuery for statements whose result is more than rows (e.g. how many rows an INSERT … SELECT inserted). */
export function precompiledStatement<P extends readonly unknown[], R>(
  arity: P['length'],
  build: (db: KinlinkDb, ...parameters: P) => Compilable<R>,
): (db: KinlinkDb, ...parameters: P) => Promise<QueryResult<R>> {
  const compiled = new Map<DialectName, { sql: string; slots: Slot[] }>();
  const compile = (db: KinlinkDb) => {
    const placeholders = Array.from({ length: arity }, (_, i) => `${PLACEHOLDER}${i}`) as unknown as P;
    const query = build(db, ...placeholders).compile();
    const slots = query.parameters.map((value): Slot =>
      typeof value === 'string' && value.startsWith(PLACEHOLDER) ? { parameter: Number(value.slice(PLACEHOLDER.length)) } : { constant: value },
    );
    const used = new Set(slots.flatMap((s) => ('parameter' in s ? [s.parameter] : [])));
    if (used.size !== arity) throw new Error(`a precompiled query uses ${used.size} of its ${arity} parameters`);
    return { sql: query.sql, slots };
  };
  return async (db, ...parameters) => {
    const dialect = dialectOf(db);
    let query = compiled.get(dialect);
    if (!query) compiled.set(dialect, (query = compile(db)));
    const values = query.slots.map((slot) => ('parameter' in slot ? parameters[slot.parameter] : slot.constant));
    return db.executeQuery(CompiledQuery.raw(query.sql, values) as CompiledQuery<R>);
  };
}

/** An INSERT of one row into `table` with exactly these columns, precompiled (see precompiledQuery). */
export function precompiledInsert<T extends keyof Schema & string>(
  table: T,
  columns: readonly (keyof Schema[T] & string)[],
): (db: KinlinkDb, row: Insertable<Schema[T]>) => Promise<void> {
  const insert = precompiledQuery(columns.length, (db, ...values: unknown[]) =>
    db.insertInto(table).values(Object.fromEntries(columns.map((column, i) => [column, values[i]])) as never));
  return async (db, row) => {
    const values = columns.map((column) => {
      const value = (row as Record<string, unknown>)[column];
      if (value === undefined) throw new Error(`insert into ${table}: no value for ${column}`);
      return value;
    });
    await insert(db, ...values);
  };
}
