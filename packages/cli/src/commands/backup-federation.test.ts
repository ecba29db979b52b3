import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateToLatest, openDatabase, type DialectName, type KinlinkDb } from '@kinlink/store';
import { createTestDatabase, seedEverything } from '@kinlink/store/testing';
import { FEDERATION_TABLES, federationDb, migrateFederation } from '@kinlink/federation';
import { tableRows } from '@kinlink/store';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/in-process';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinlink-backup-federation-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A kinlink database the CLI opens itself: a data directory (SQLite) or a PostgreSQL URL. */
async function database(dialect: DialectName, migrate: boolean): Promise<{ args: string[]; open(): KinlinkDb; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const data = fs.mkdtempSync(path.join(dir, 'data-'));
    return { args: ['--data', data], open: () => openDatabase({ url: `sqlite:${path.join(data, 'kinlink.db')}` }), drop: async () => undefined };
  }
  const created = await createTestDatabase('postgres', { migrate });
  return { args: ['--database-url', created.url], open: () => openDatabase({ url: created.url, poolSize: 2 }), drop: () => created.drop() };
}

async function federationRows(db: KinlinkDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of FEDERATION_TABLES) {
    out[table.name] = [];
    for await (const rows of tableRows(db, table)) out[table.name]!.push(...rows);
  }
  return out;
}

async function seedFederation(db: KinlinkDb): Promise<void> {
  await migrateFederation(db);
  const fdb = federationDb(db);
  const at = '2026-03-01T12:00:00.000Z';
  await fdb.insertInto('federation_directory').values({ version: 2, signed: '{"directory":{"version":2}}', adopted_at: at }).execute();
  await fdb.insertInto('federation_transfers').values({
    id: '6f0c6b1e-2f8a-4c59-9d67-0d3c2a1b4e5f', direction: 'in', peer: 'mkd-redcross', case_ref: 'srb.example/r1', their_record: 'ref1', candidate_id: 'c1',
    purpose: 'tracing', legal_basis: 'RFL consent', categories: '["identity"]', data: '{"identity":{"names":["Мухамед"]}}', status: 'accepted',
    decline_reason: null, closure_reason: null, created_at: at, updated_at: at, consent_withdrawn_at: null,
  }).execute();
  await fdb.insertInto('federation_ledger').values({ id: 'l1', transfer_id: '6f0c6b1e-2f8a-4c59-9d67-0d3c2a1b4e5f', peer: 'mkd-redcross', direction: 'in', event: 'received', purpose: 'tracing', legal_basis: 'RFL consent', categories: '["identity"]', actor: null, at }).execute();
  await fdb.insertInto('federation_outbox').values({ id: 'o1', to_org: 'mkd-redcross', type: 'transfer.response', body: '{}', status: 'pending', attempts: 2, next_attempt_at: at, last_error: 'fetch failed', created_at: at, delivered_at: null }).execute();
}

describe('kinlink backup and restore keep the federation tables', () => {
  for (const source of ['sqlite', 'postgres'] as const) {
    it(`backs up a federated ${source} server and restores its transfers, ledger, directory and outbox into both dialects`, async () => {
      const from = await database(source, true);
      const db = from.open();
      let expected: Record<string, unknown[]>;
      try {
        await migrateToLatest(db);
        await seedEverything(db);
        await seedFederation(db);
        expected = await federationRows(db);
      } finally {
        await db.destroy();
      }
      expect(expected.federation_transfers).toHaveLength(1);
      const file = path.join(dir, `${source}-${Date.now()}.backup`);
      const backup = await runCli(['backup', '--to', file, ...from.args]);
      expect(backup.stderr).toBe('');
      try {
        for (const dialect of ['sqlite', 'postgres'] as const) {
          const target = await database(dialect, false);
          try {
            const restored = await runCli(['restore', '--from', file, ...target.args]);
            expect(restored.stderr, `${source} → ${dialect}`).toBe('');
            expect(restored.code).toBe(0);
            const back = target.open();
            try {
              expect(await federationRows(back), `${source} → ${dialect}`).toEqual(expected);
            } finally {
              await back.destroy();
            }
          } finally {
            await target.drop();
          }
        }
      } finally {
        await from.drop();
      }
    }, 120_000);
  }
});
