import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { backupSqlite, dumpToFile, restoreFromFile, tableRows } from './backup';
import type { KinlinkDb } from './database';
import { openDatabase } from './database';
import { verifyAuditChain } from './repositories/audit';
import { TABLES } from './schema';
import { DIALECTS, forEachDialect } from './testing/for-each-dialect';
import { seedEverything } from './testing/factories';
import { createTestDatabase } from './testing/test-database';

const dir = mkdtempSync(path.join(tmpdir(), 'kinlink-backup-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function everyTable(db: KinlinkDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    out[table] = [];
    for await (const rows of tableRows(db, table)) out[table].push(...rows);
  }
  return out;
}

forEachDialect((ctx) => {
  it('round-trips every table through a dump into either dialect', async () => {
    await seedEverything(ctx.db);
    const source = await everyTable(ctx.db);
    for (const table of TABLES) expect(source[table]?.length, table).toBeGreaterThan(0);
    const file = path.join(dir, `${ctx.dialect}-${Date.now()}.jsonl`);
    const counts = await dumpToFile(ctx.db, file);
    expect(counts.cases).toBe(source.cases?.length);
    for (const target of DIALECTS) {
      const restored = await createTestDatabase(target);
      try {
        await restoreFromFile(restored.db, file);
        expect(await everyTable(restored.db), `${ctx.dialect} → ${target}`).toEqual(source);
        expect(await verifyAuditChain(restored.db)).toMatchObject({ ok: true, count: source.audit_log?.length });
      } finally {
        await restored.drop();
      }
    }
  });

  it('includes the extra tables callers name (another package\'s own migrations), and refuses them where unknown', async () => {
    const notes = { name: 'plugin_notes', orderBy: ['id'] };
    const createNotes = (db: KinlinkDb) => db.schema.createTable('plugin_notes').ifNotExists().addColumn('id', 'text', (c) => c.primaryKey()).addColumn('body', 'text').execute();
    await createNotes(ctx.db);
    const rows = [{ id: 'n2', body: 'Мухамед, الخطيب' }, { id: 'n1', body: null }];
    await ctx.db.withTables<{ plugin_notes: { id: string; body: string | null } }>().insertInto('plugin_notes').values(rows).execute();
    const file = path.join(dir, `${ctx.dialect}-extra-${Date.now()}.jsonl`);
    const counts = await dumpToFile(ctx.db, file, [notes]);
    expect(counts.plugin_notes).toBe(2);
    for (const target of DIALECTS) {
      const restored = await createTestDatabase(target);
      try {
        await expect(restoreFromFile(restored.db, file)).rejects.toThrow(/tables this restore does not know: plugin_notes/);
        await createNotes(restored.db);
        expect((await restoreFromFile(restored.db, file, [notes])).plugin_notes).toBe(2);
        const back: unknown[] = [];
        for await (const batch of tableRows(restored.db, notes)) back.push(...batch);
        expect(back, `${ctx.dialect} → ${target}`).toEqual([rows[1], rows[0]]);
        expect((await everyTable(restored.db)).cases?.length).toBeGreaterThan(0);
      } finally {
        await restored.drop();
      }
    }
    await ctx.db.schema.dropTable('plugin_notes').execute();
  });

  it('refuses a truncated dump and a non-empty target, restoring nothing', async () => {
    const file = path.join(dir, `${ctx.dialect}-truncated-${Date.now()}.jsonl`);
    await dumpToFile(ctx.db, file);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    const truncated = `${file}.cut`;
    writeFileSync(truncated, lines.slice(0, -5).join('\n'));
    const target = await createTestDatabase(ctx.dialect);
    try {
      await expect(restoreFromFile(target.db, truncated)).rejects.toThrow(/truncated/);
      expect((await everyTable(target.db)).organisations).toEqual([]);
      expect((await everyTable(target.db)).audit_head).toHaveLength(1);
      await expect(restoreFromFile(ctx.db, file)).rejects.toThrow(/has data/);
    } finally {
      await target.drop();
    }
  });

  if (ctx.dialect === 'sqlite') {
    it('makes a consistent online copy of a SQLite database', async () => {
      const copy = path.join(dir, `copy-${Date.now()}.db`);
      const { bytes } = await backupSqlite(ctx.db, copy);
      expect(bytes).toBeGreaterThan(0);
      const opened = openDatabase({ url: `sqlite:${copy}` });
      try {
        expect(await everyTable(opened)).toEqual(await everyTable(ctx.db));
      } finally {
        await opened.destroy();
      }
      await expect(backupSqlite(ctx.db, copy)).rejects.toThrow(/already exists/);
    });
  }
});
