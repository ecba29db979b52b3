import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statement-cache';

function database() {
  const sqlite = new Database(':memory:');
  sqlite.exec('create table t (n integer)');
  sqlite.exec('insert into t values (1), (2), (3)');
  return sqlite;
}

describe('withStatementCache', () => {
  it('hands out the statement already prepared for the same SQL', () => {
    const cached = withStatementCache(database());
    const first = cached.prepare('select n from t where n > ?');
    expect(cached.prepare('select n from t where n > ?')).toBe(first);
    expect(first.all([1])).toEqual([{ n: 2 }, { n: 3 }]);
    expect(cached.prepare('select n from t where n > ?').all([2])).toEqual([{ n: 3 }]);
  });

  it('drops the least recently used statement beyond its capacity', () => {
    const cached = withStatementCache(database(), { capacity: 2 });
    const a = cached.prepare('select 1');
    const b = cached.prepare('select 2');
    expect(cached.prepare('select 1')).toBe(a); // a is now the most recent
    cached.prepare('select 3'); // evicts b
    expect(cached.prepare('select 1')).toBe(a);
    expect(cached.prepare('select 2')).not.toBe(b);
  });

  it('prepares afresh while the cached statement is still being iterated', () => {
    const cached = withStatementCache(database());
    const sql = 'select n from t order by n';
    const outer = cached.prepare(sql);
    const seen: number[][] = [];
    for (const row of outer.iterate([]) as Iterable<{ n: number }>) {
      const inner = cached.prepare(sql);
      expect(inner).not.toBe(outer);
      seen.push((inner.all([]) as { n: number }[]).map((r) => r.n).concat(row.n));
    }
    expect(seen).toEqual([[1, 2, 3, 1], [1, 2, 3, 2], [1, 2, 3, 3]]);
  });

  it('runs writes through cached statements', () => {
    const sqlite = database();
    const cached = withStatementCache(sqlite);
    for (let i = 0; i < 3; i++) cached.prepare('insert into t values (?)').run([10 + i]);
    expect(sqlite.prepare('select count(*) as c from t').get()).toEqual({ c: 6 });
  });
});
