import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPreparedStatements } from './postgres-prepared-statements';
import type { TestDatabase } from './testing';
import { createTestDatabase } from './testing';

let database: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createTestDatabase('postgres', { migrate: false });
  pool = new pg.Pool({ connectionString: database.url, max: 1 });
  const client = await pool.connect();
  await client.query('create table t (n integer)');
  await client.query('insert into t values (1), (2), (3)');
  client.release();
});

afterAll(async () => {
  await pool.end();
  await database.drop();
});

/** The statements this connection has prepared (PostgreSQL's own view of them). */
async function preparedOn(client: { query: (sql: string, parameters: unknown[]) => Promise<{ rows: unknown[] }> }): Promise<string[]> {
  const { rows } = await client.query('select statement from pg_prepared_statements order by statement', []);
  return (rows as { statement: string }[]).map((r) => r.statement);
}

describe('withPreparedStatements', () => {
  it('prepares a statement with parameters once its text has run `after` times, with the same answers', async () => {
    const client = await withPreparedStatements(pool, { after: 2 }).connect();
    try {
      const text = 'select n from t where n > $1 order by n';
      const answers = [];
      for (const bound of [0, 1, 2]) answers.push((await client.query<{ n: number }>(text, [bound])).rows.map((r) => r.n));
      expect(answers).toEqual([[1, 2, 3], [2, 3], [3]]);
      expect(await preparedOn(client)).toEqual([text]);
    } finally {
      client.release();
    }
  });

  it('leaves statements without parameters, and texts beyond its capacity, unprepared', async () => {
    const prepared = withPreparedStatements(pool, { after: 1, capacity: 1 });
    const client = await prepared.connect();
    try {
      await client.query('deallocate all', []);
      for (let i = 0; i < 3; i++) await client.query('select count(*) from t', []);
      await client.query('select n from t where n = $1', [1]);
      await client.query('select n from t where n = $1 or n = $2', [1, 2]);
      expect(await preparedOn(client)).toEqual(['select n from t where n = $1']);
    } finally {
      client.release(true); // its connection's statement names are gone after the deallocate
    }
  });

  it('leaves very long texts (bulk inserts of many rows) unprepared', async () => {
    const client = await withPreparedStatements(pool, { after: 1 }).connect();
    try {
      await client.query('deallocate all', []);
      const long = `select n from t where n = $1 ${'or n = $1 '.repeat(2000)}`;
      for (let i = 0; i < 3; i++) expect((await client.query(long, [3])).rows).toEqual([{ n: 3 }]);
      expect(await preparedOn(client)).toEqual([]);
    } finally {
      client.release(true); // its connection's statement names are gone after the deallocate
    }
  });

  it('prepares a statement anew when its table changed underneath, running it again outside a transaction', async () => {
    const prepared = withPreparedStatements(pool, { after: 1 });
    const text = 'select * from t where n = $1';
    const client = await prepared.connect();
    try {
      expect((await client.query(text, [1])).rows).toEqual([{ n: 1 }]);
      await client.query('alter table t add column m integer', []);
      expect((await client.query(text, [1])).rows).toEqual([{ n: 1, m: null }]);
    } finally {
      client.release();
    }
  });

  it('inside a transaction, fails that transaction (nothing of it is stored) and prepares the statement anew after it', async () => {
    const prepared = withPreparedStatements(pool, { after: 1 });
    const text = 'select * from t where n = $1';
    const client = await prepared.connect();
    try {
      expect((await client.query(text, [2])).rows).toHaveLength(1);
      await client.query('alter table t add column k integer', []);
      await client.query('begin', []);
      await client.query('insert into t (n) values ($1)', [99]);
      await expect(client.query(text, [2])).rejects.toThrow(/cached plan must not change result type/);
      await client.query('rollback', []);
      expect((await client.query(text, [2])).rows).toEqual([{ n: 2, m: null, k: null }]);
      expect((await client.query('select count(*)::int as c from t where n = $1', [99])).rows).toEqual([{ c: 0 }]);
    } finally {
      client.release();
    }
  });
});
