import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TABLES, backupSqlite, dumpToFile, openDatabase, tableRows } from '@kinlink/store';
import type { DialectName, KinlinkDb } from '@kinlink/store';
import { createTestDatabase, forEachDialect, seedEverything } from '@kinlink/store/testing';
import { afterAll, expect, it } from 'vitest';
import { runCli } from '../testing/in-process';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinlink-restore-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function everyTable(db: KinlinkDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    out[table] = [];
    for await (const rows of tableRows(db, table)) out[table].push(...rows);
  }
  return out;
}

/** An empty restore target the CLI opens by itself: a fresh data directory, or a new PostgreSQL database. */
async function emptyTarget(dialect: DialectName): Promise<{ args: string[]; open(): KinlinkDb; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const data = fs.mkdtempSync(path.join(dir, 'target-'));
    return { args: ['--data', data], open: () => openDatabase({ url: `sqlite:${path.join(data, 'kinlink.db')}` }), drop: async () => undefined };
  }
  const database = await createTestDatabase('postgres', { migrate: false });
  return { args: ['--database-url', database.url], open: () => openDatabase({ url: database.url, poolSize: 2 }), drop: () => database.drop() };
}

forEachDialect((ctx) => {
  it('restores a dump into SQLite and PostgreSQL with every table identical and the audit chain intact', async () => {
    await seedEverything(ctx.db);
    const source = await everyTable(ctx.db);
    for (const table of TABLES) expect(source[table]?.length, table).toBeGreaterThan(0);
    const backups = [path.join(dir, `${ctx.dialect}-dump.jsonl`)];
    await dumpToFile(ctx.db, backups[0]!);
    if (ctx.dialect === 'sqlite') {
      backups.push(path.join(dir, 'sqlite-copy.db'));
      await backupSqlite(ctx.db, backups[1]!);
    }
    for (const backup of backups) {
      for (const dialect of ['sqlite', 'postgres'] as const) {
        const target = await emptyTarget(dialect);
        try {
          const run = await runCli(['restore', '--from', backup, ...target.args]);
          expect(run.stderr, `${backup} → ${dialect}`).toBe('');
          expect(run.code).toBe(0);
          expect(run.stdout).toMatch(/audit log intact: \d+ entries verified/);
          const db = target.open();
          try {
            expect(await everyTable(db), `${path.basename(backup)} → ${dialect}`).toEqual(source);
          } finally {
            await db.destroy();
          }
          // A second restore would mix two databases: refused, nothing changes.
          const again = await runCli(['restore', '--from', backup, ...target.args]);
          expect(again.code).toBe(1);
          expect(again.stderr).toMatch(/nothing was restored: .*not empty/);
        } finally {
          await target.drop();
        }
      }
    }
  });

  it('refuses a damaged backup and leaves the target empty', async () => {
    const dump = path.join(dir, `${ctx.dialect}-whole.jsonl`);
    await dumpToFile(ctx.db, dump);
    const cut = path.join(dir, `${ctx.dialect}-cut.jsonl`);
    const lines = fs.readFileSync(dump, 'utf8').trimEnd().split('\n');
    fs.writeFileSync(cut, lines.slice(0, Math.floor(lines.length / 2)).join('\n'));
    const target = await emptyTarget(ctx.dialect);
    try {
      const run = await runCli(['restore', '--from', cut, ...target.args]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/nothing was restored: the dump is truncated/);
      const db = target.open();
      try {
        expect((await everyTable(db)).persons).toEqual([]);
      } finally {
        await db.destroy();
      }
      const missing = await runCli(['restore', '--from', path.join(dir, 'no-such-file'), ...target.args]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/no backup file/);
    } finally {
      await target.drop();
    }
  });
});
