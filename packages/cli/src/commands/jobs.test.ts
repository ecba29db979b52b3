import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { claimJobs, enqueueJob, failJob, getJob, listAudit, migrateToLatest, openDatabase } from '@kinlink/store';
import type { KinlinkDb } from '@kinlink/store';
import { forEachDialect } from '@kinlink/store/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../testing/in-process';

forEachDialect((ctx) => {
  // The CLI finds SQLite as <data>/kinlink.db, PostgreSQL by URL.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinlink-jobs-cli-'));
  let db: KinlinkDb;
  const target = (): string[] => (ctx.dialect === 'postgres' ? ['--database-url', ctx.url] : ['--data', dataDir]);
  beforeAll(async () => {
    db = ctx.dialect === 'postgres' ? ctx.db : openDatabase({ url: `sqlite:${path.join(dataDir, 'kinlink.db')}` });
    await migrateToLatest(db);
  });
  afterAll(async () => {
    if (ctx.dialect === 'sqlite') await db.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function deadJob(type: string): Promise<string> {
    const job = await enqueueJob(db, { type, payload: { file: 'registrations.csv' }, maxAttempts: 1 });
    const [claimed] = await claimJobs(db, { workerId: 'cli-test', types: [type] });
    await failJob(db, claimed!.id, 'cli-test', new Error('column birth_date is missing'));
    return job.id;
  }

  it('lists jobs with counts per status, filters, and retries one dead job (audited)', async () => {
    const dead = await deadJob('import.registrations');
    await enqueueJob(db, { type: 'export.statistics', payload: {} });
    const list = await runCli(['jobs', 'list', ...target()]);
    expect(list.stderr).toBe('');
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/queued: 1 {2}running: 0 {2}done: 0 {2}dead: 1/);
    expect(list.stdout).toContain(dead);
    expect(list.stdout).toContain('column birth_date is missing');

    const onlyDead = await runCli(['jobs', 'list', '--status', 'dead', '--json', ...target()]);
    const lines = onlyDead.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; status: string });
    expect(lines.map((l) => l.id)).toEqual([dead]);

    const retry = await runCli(['jobs', 'retry', dead, ...target()]);
    expect(retry.code).toBe(0);
    expect(retry.stdout).toContain(`job ${dead} (import.registrations) queued again`);
    expect(await getJob(db, dead)).toMatchObject({ status: 'queued', attempts: 0 });
    const audit = await listAudit(db, { recordType: 'job', recordId: dead });
    expect(audit.items.map((e) => e.action)).toEqual(['job.retry']);
  });

  it('retries every dead job with --dead and refuses what cannot be retried', async () => {
    const ids = [await deadJob('match.case'), await deadJob('match.case'), await deadJob('export.pfif')];
    const retry = await runCli(['jobs', 'retry', '--dead', ...target()]);
    expect(retry.code).toBe(0);
    expect(retry.stdout).toContain('3 dead jobs queued again');
    for (const id of ids) expect((await getJob(db, id)).status).toBe('queued');

    const queued = await runCli(['jobs', 'retry', ids[0]!, ...target()]);
    expect(queued.code).toBe(1);
    expect(queued.stderr).toMatch(/is queued; only dead or done jobs can be retried/);
    const missing = await runCli(['jobs', 'retry', '0190a5c4-0000-7000-8000-000000000000', ...target()]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/not found/);
    const neither = await runCli(['jobs', 'retry', ...target()]);
    expect(neither.code).toBe(1);
    expect(neither.stderr).toMatch(/either a job id or --dead/);
    const badStatus = await runCli(['jobs', 'list', '--status', 'sleeping', ...target()]);
    expect(badStatus.code).toBe(1);
  });
});
