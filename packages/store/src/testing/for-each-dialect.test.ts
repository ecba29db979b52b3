import { sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dialectOf, parseDatabaseUrl } from '../database';
import { migrationStatus } from '../migrate';
import { TABLES } from '../schema';
import { forEachDialect } from './for-each-dialect';
import { POSTGRES_MISSING_MESSAGE, findPostgresBinaries } from './postgres';

describe('throwaway PostgreSQL', () => {
  it('finds the server binaries', () => {
    expect(findPostgresBinaries().postgres).toMatch(/postgres$/);
  });
  it('says what to install when the binaries are missing', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'kinlink-nopg-'));
    try {
      expect(() => findPostgresBinaries({ path: empty, debianRoot: path.join(empty, 'none') })).toThrow(POSTGRES_MISSING_MESSAGE);
      expect(POSTGRES_MISSING_MESSAGE).toContain("apt-get install postgresql");
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

forEachDialect((ctx) => {
  it('gives a migrated database of the named dialect', async () => {
    expect(dialectOf(ctx.db)).toBe(ctx.dialect);
    expect(parseDatabaseUrl(ctx.url).dialect).toBe(ctx.dialect);
    const status = await migrationStatus(ctx.db);
    expect(status.current).toBe(true);
    for (const table of TABLES) {
      const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(ctx.db);
      expect(Number(rows[0]?.n)).toBe(table === 'audit_head' ? 1 : 0);
    }
  });

  it('lists every migrated table in TABLES (so dump/restore covers it)', async () => {
    const tables = (await ctx.db.introspection.getTables()).map((t) => t.name).filter((n) => !n.startsWith('kinlink_migrations'));
    expect(tables.sort()).toEqual([...TABLES].sort());
  });

  it('enforces foreign keys', async () => {
    await expect(
      ctx.db.insertInto('branches').values({ id: 'b1', organisation_id: 'missing', name: 'x', region: null, created_at: 'now' }).execute(),
    ).rejects.toThrow();
  });
});
