import type { Compilable } from 'kysely';
import { CompiledQuery } from 'kysely';
import type { DialectName, KinlinkDb } from './database';
import { dialectOf } from './database';

const PLACEHOLDER = '\u0000kinlink-parameter-';

type Slot = { parameter: number } | { constant: unknown };

/**
 * A query of fixed shape, built and compiled by Kysely once per dialect: each run only binds its parameters
 * (building and compiling a query costs about as much CPU as sending it). `build` gets placeholders in place
 * of the parameters and must use them only as values (no branching on them); the SQL stays Kysely's.
 */
export function precompiledQuery<P extends readonly string[], R>(
  arity: P['length'],
  build: (db: KinlinkDb, ...parameters: P) => Compilable<R>,
): (db: KinlinkDb, ...parameters: P) => Promise<R[]> {
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
    return (await db.executeQuery(CompiledQuery.raw(query.sql, values) as CompiledQuery<R>)).rows;
  };
}
