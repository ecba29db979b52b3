import type { PostgresCursor, PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';

export interface PreparedStatementOptions {
  /** How many times a statement's text must have been run before it is prepared (default 3). */
  after?: number;
  /** At most this many statement texts are prepared per process (default 200); others run unprepared. */
  capacity?: number;
}

/** Statement names are unique in the process, so two wrappers of one pool never give one name two texts. */
let statementsNamed = 0;
const freshName = (): string => `kinlink_${++statementsNamed}`;

/** Longer texts (bulk inserts of many rows) are never prepared, so the texts kept stay a few MB at most. */
const MAX_TEXT_LENGTH = 16 * 1024;

/** Kysely's BEGIN (or START TRANSACTION …), and the COMMIT or ROLLBACK that ends it (also after the audit append). */
const TRANSACTION_STARTS = /^\s*(begin|start\s+transaction)\b/i;
const TRANSACTION_ENDS = /[\s;](commit|rollback)\s*;?\s*$/i;
/** Only a text's end is looked at (a regular expression anchored at the end would scan every position). */
const endsTransaction = (text: string): boolean => TRANSACTION_ENDS.test(` ${text.slice(-24)}`);

/** PostgreSQL: "cached plan must not change result type" — a prepared statement outlived a change of its table. */
const FEATURE_NOT_SUPPORTED = '0A000';

/**
 * A pg pool as Kysely's PostgresDialect sees it, whose statements with parameters run as named prepared
 * statements once their text has been seen `after` times: PostgreSQL then parses and plans each of them once
 * per connection instead of on every request, which is most of its CPU for kinlink's short queries (a case
 * read with its persons as JSON, the session lookup). Texts without parameters (BEGIN, COMMIT, the audit
 * append sent with its COMMIT in one message) keep the simple protocol, and at most `capacity` texts are ever
 * named, so statements whose text varies (IN lists of every length) cannot fill the server's memory.
 *
 * Turn it off (KINLINK_DATABASE_PREPARED_STATEMENTS=false) behind a pooler in transaction mode that does not
 * keep prepared statements (PgBouncer before 1.21).
 */
export function withPreparedStatements(pool: pg.Pool, options: PreparedStatementOptions = {}): PostgresPool {
  const after = options.after ?? 3;
  const capacity = options.capacity ?? 200;
  const seen = new Map<string, number>();
  const names = new Map<string, string>();

  /** Gives a text a new name: the first time it is prepared, and after it no longer fits its table (prepared anew). */
  const renamed = (text: string): string => {
    const fresh = freshName();
    names.set(text, fresh);
    return fresh;
  };

  const nameFor = (text: string): string | undefined => {
    const name = names.get(text);
    if (name !== undefined || names.size >= capacity || text.length > MAX_TEXT_LENGTH) return name;
    const count = (seen.get(text) ?? 0) + 1;
    if (count < after) {
      // Bounded like the names: a process that runs endless distinct texts must not grow without end.
      if (seen.size >= capacity * 10) seen.clear();
      seen.set(text, count);
      return undefined;
    }
    seen.delete(text);
    return renamed(text);
  };


  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let inTransaction = false;
      const run = (text: string, values: unknown[], name: string | undefined) =>
        name ? client.query({ name, text, values }) : client.query(text, values);
      const statement = async (text: string, values: unknown[]): Promise<unknown> => {
        if (TRANSACTION_STARTS.test(text)) inTransaction = true;
        else if (endsTransaction(text)) inTransaction = false;
        const name = values.length > 0 ? nameFor(text) : undefined;
        try {
          return await run(text, values, name);
        } catch (error) {
          // Its table changed since it was prepared (a migration by another process): prepare it again. Outside
          // a transaction nothing happened yet, so it runs again at once; inside one the transaction has failed.
          if (!name || (error as { code?: string }).code !== FEATURE_NOT_SUPPORTED) throw error;
          const fresh = renamed(text);
          if (inTransaction) throw error;
          return run(text, values, fresh);
        }
      };
      // A cursor (a streamed query; kinlink configures none) is handed back at once, as pg does.
      const query = (textOrCursor: string | PostgresCursor<unknown>, parameters?: ReadonlyArray<unknown>): unknown =>
        typeof textOrCursor === 'string' ? statement(textOrCursor, [...(parameters ?? [])]) : client.query(textOrCursor as unknown as pg.Submittable);
      return {
        query: query as unknown as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(destroy),
      };
    },
    end: () => pool.end(),
  };
}
