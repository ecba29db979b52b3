import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkpointInBackground } from './sqlite-checkpoints';

const dir = mkdtempSync(path.join(tmpdir(), 'kinlink-checkpoints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes ~2 MB three times with pauses; returns the write-ahead log's size at the end. */
async function walAfterWrites(file: string, background: boolean): Promise<number> {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  const stop = background ? checkpointInBackground(sqlite, file, 200) : (sqlite.pragma('wal_autocheckpoint = 0'), () => undefined);
  sqlite.exec('create table t (v text)');
  const insert = sqlite.prepare('insert into t values (?)');
  for (let round = 0; round < 3; round++) {
    sqlite.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run('x'.repeat(4000));
    })();
    await sleep(700);
  }
  const size = statSync(`${file}-wal`).size;
  expect((sqlite.prepare('select count(*) as n from t').get() as { n: number }).n).toBe(1500);
  stop();
  sqlite.close();
  return size;
}

it('keeps the write-ahead log from growing without checkpoints in the commits', async () => {
  const without = await walAfterWrites(path.join(dir, 'inline-off.db'), false);
  const withWorker = await walAfterWrites(path.join(dir, 'background.db'), true);
  // Without any checkpoint the log holds all three rounds; with the worker it is reused after each.
  expect(without).toBeGreaterThan(5_500_000);
  expect(withWorker).toBeLessThan(without / 2);
  const reopened = new Database(path.join(dir, 'background.db'));
  expect((reopened.prepare('select count(*) as n from t').get() as { n: number }).n).toBe(1500);
  reopened.close();
}, 30_000);
