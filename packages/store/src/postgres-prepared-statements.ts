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

  const nameFor = (text: string): string | undefined => {
    const name = names.get(text);
    if (name !== undefined || names.size >= capacity) return name;
    const count = (seen.get(text) ?? 0) + 1;
    if (count < after) {
      // Bounded like the names: a process that runs endless distinct texts must not grow without end.
      if (seen.size >= capacity * 50) seen.clear();
      seen.set(text, count);
      return undefined;
    }
    seen.delete(text);
    const fresh = `kinlink_${++statementsNamed}`;
    names.set(text, fresh);
    return fresh;
  };

  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let stale = false;
      const query = (textOrCursor: string | PostgresCursor<unknown>, parameters?: ReadonlyArray<unknown>): unknown => {
        if (typeof textOrCursor !== 'string') return client.query(textOrCursor as unknown as pg.Submittable);
        const values = [...(parameters ?? [])];
        const name = values.length > 0 ? nameFor(textOrCursor) : undefined;
        const running = name ? client.query({ name, text: textOrCursor, values }) : client.query(textOrCursor, values);
        return running.catch((error: unknown) => {
          // The connection's prepared statement no longer fits its table: drop the connection, not the pool.
          if (name && (error as { code?: string }).code === FEATURE_NOT_SUPPORTED) stale = true;
          throw error;
        });
      };
      return {
        query: query as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(destroy || stale),
      };
    },
    end: () => pool.end(),
  };
}
