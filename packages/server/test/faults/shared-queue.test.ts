import { enqueueJob, getJob, listAudit, listJobs } from '@kinlink/store';
import { personInput } from '@kinlink/store/testing';
import { afterAll, expect, it } from 'vitest';
import { IMPORT_PERSONS } from '../../src/jobs/import-persons';
import { makeOrganisation } from '../../src/testing/factories';
import type { FaultDatabase } from './fault-database';
import { faultDatabase } from './fault-database';
import type { KinlinkProcess } from './processes';
import { eventually, startKinlink } from './processes';

let database: FaultDatabase | undefined;
const servers: KinlinkProcess[] = [];
afterAll(async () => {
  for (const s of servers) await s.kill('SIGKILL');
  await database?.drop();
});

// A long lease: a job can only move to the other process quickly if the stopping one releases it. No grace:
// the running import is interrupted at its next batch boundary rather than allowed to finish.
const ENV = { KINLINK_JOB_CONCURRENCY: '2', KINLINK_JOB_POLL_MS: '50', KINLINK_JOB_LEASE_SECONDS: '120', KINLINK_SHUTDOWN_GRACE_SECONDS: '0' };

it('two kinlink serve processes on one PostgreSQL share the jobs, run none twice, and hand over on SIGTERM', async () => {
  database = await faultDatabase('postgres');
  const { db } = database;
  const org = await makeOrganisation(db);
  const [a, b] = await Promise.all([startKinlink({ ...database.env, ...ENV }), startKinlink({ ...database.env, ...ENV })]);
  servers.push(a!, b!);

  const small = [];
  for (let i = 0; i < 40; i++) {
    small.push(await enqueueJob(db, { type: IMPORT_PERSONS, payload: { organisationId: org.id, persons: [personInput(`Shared${i}`, 'Osman'), personInput(`Shared${i}`, 'Nur')] } }));
  }
  await eventually('the 40 jobs are done', async () => (await listJobs(db, { status: 'done', limit: 100 })).items.length === 40, 40_000, 100);
  const ranBy = new Set<string>();
  for (const job of small) {
    const done = await getJob(db, job.id);
    // One attempt, and the run that completed it was the first to touch it.
    expect(done).toMatchObject({ status: 'done', attempts: 1, result: { resumedFrom: 0, imported: 2 } });
    ranBy.add((done.result as { ranBy: string }).ranBy);
    const batches = await listAudit(db, { recordType: 'job', recordId: job.id });
    expect(batches.items).toHaveLength(1);
  }
  expect([...ranBy].map((w) => w.split(':')[1]).sort()).toEqual([String(a!.pid), String(b!.pid)].sort());
  const persons = await db.selectFrom('persons').select('id').where('organisation_id', '=', org.id).execute();
  expect(persons).toHaveLength(80);

  // A long import; SIGTERM the process that runs it: it stops at once and releases the job,
  // which the other process resumes at once from the last committed batch.
  const long = await enqueueJob(db, {
    type: IMPORT_PERSONS,
    payload: { organisationId: org.id, batchSize: 10, persons: Array.from({ length: 600 }, (_, i) => personInput(`Long${i}`, 'Yusuf')) },
  });
  await eventually('the long import is part-way', async () => (await listAudit(db, { recordType: 'job', recordId: long.id, limit: 5 })).items.length >= 3, 30_000, 50);
  const holder = (await getJob(db, long.id)).lockedBy ?? '';
  const [stopping, other] = holder.split(':')[1] === String(a!.pid) ? [a!, b!] : [b!, a!];
  const stoppedAt = Date.now();
  const exit = await stopping.kill('SIGTERM');
  expect(exit).toEqual({ code: 0, signal: null });
  expect(Date.now() - stoppedAt).toBeLessThan(10_000);
  await eventually('the other process finishes the import', async () => (await getJob(db, long.id)).status === 'done', 60_000, 100);
  const finished = await getJob(db, long.id);
  expect(finished.attempts).toBe(1);
  expect(finished.result).toMatchObject({ total: 600, ranBy: expect.stringContaining(`:${other.pid}:`) });
  expect((finished.result as { resumedFrom: number }).resumedFrom).toBeGreaterThan(0);
  const imported = await db.selectFrom('persons').select('id').where('organisation_id', '=', org.id).execute();
  expect(imported).toHaveLength(80 + 600);
}, 150_000);
