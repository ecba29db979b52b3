import type { KinlinkDb } from '@kinlink/store';
import { enqueueJob, getJob, listAudit, verifyAuditChain } from '@kinlink/store';
import { caseInput, personInput } from '@kinlink/store/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { IMPORT_PERSONS } from '../../src/jobs/import-persons';
import { makeOrganisation, makeUser } from '../../src/testing/factories';
import { signIn } from './api-client';
import type { FaultDatabase } from './fault-database';
import { faultDatabase } from './fault-database';
import type { KinlinkProcess } from './processes';
import { eventually, startKinlink } from './processes';

// Short leases and polls: a killed process's job comes back within seconds.
const WORKER_ENV = { KINLINK_JOB_LEASE_SECONDS: '2', KINLINK_JOB_POLL_MS: '100', KINLINK_JOB_CONCURRENCY: '2' };
// Large enough that the kill lands mid-import (SQLite imports faster than PostgreSQL on loopback).
const IMPORT = { sqlite: { size: 2_000, batch: 20 }, postgres: { size: 600, batch: 20 } } as const;

async function importedBatches(db: KinlinkDb, jobId: string): Promise<{ from: number; through: number; personIds: string[] }[]> {
  const page = await listAudit(db, { recordType: 'job', recordId: jobId, action: 'import.batch', order: 'asc', limit: 500 });
  return page.items.map((e) => e.details as { from: number; through: number; personIds: string[] });
}

describe.each(['sqlite', 'postgres'] as const)('%s: kill -9 of a server in the middle of writes and of an import', (dialect) => {
  let database: FaultDatabase | undefined;
  const processes: KinlinkProcess[] = [];
  afterEach(async () => {
    for (const p of processes.splice(0)) await p.kill('SIGKILL');
    await database?.drop();
  });

  const { size: IMPORT_SIZE, batch: BATCH } = IMPORT[dialect];

  it('keeps every acknowledged write, nothing half-written, a verifying audit chain, and resumes the import', async () => {
    database = await faultDatabase(dialect);
    const { db } = database;
    const org = await makeOrganisation(db);
    const officer = await makeUser(db, org.id);
    const first = await startKinlink({ ...database.env, ...WORKER_ENV });
    processes.push(first);
    const caseworker = await signIn(first.url, officer.email);

    // Eight caseworkers save cases as fast as the server answers; each 201 is an acknowledged write.
    const acknowledged: string[] = [];
    let writing = true;
    const writers = Array.from({ length: 8 }, async (_, w) => {
      for (let i = 0; writing; i++) {
        const body = caseInput({ enquirer: personInput(`Enquirer${w}-${i}`, 'Al-Khatib') });
        const res = await caseworker.request('POST', '/api/v1/cases', body).catch(() => undefined);
        if (res?.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
        else if (res && res.status !== 201) throw new Error(`write refused: ${res.status} ${await res.text()}`);
      }
    });
    // The import starts once writes are flowing, so the kill finds both in progress.
    await eventually('the first cases are saved', async () => acknowledged.length >= 5, 30_000, 20);
    const job = await enqueueJob(db, {
      type: IMPORT_PERSONS,
      payload: { organisationId: org.id, actorUserId: officer.id, batchSize: BATCH, persons: Array.from({ length: IMPORT_SIZE }, (_, i) => personInput(`Imported${i}`, 'Hassan')) },
    });

    const savedBeforeImport = acknowledged.length;
    // Kill once both are under way: some cases acknowledged, some import batches committed, the import not finished.
    await eventually('cases are saved and the import is part-way', async () => acknowledged.length >= savedBeforeImport + 2 && (await importedBatches(db, job.id)).length >= 2, 30_000, 50);
    const killed = await first.kill('SIGKILL');
    writing = false;
    await Promise.all(writers);
    expect(killed.signal).toBe('SIGKILL');
    const before = await importedBatches(db, job.id);
    expect(before.at(-1)!.through).toBeLessThan(IMPORT_SIZE);
    expect((await getJob(db, job.id)).status).toBe('running');

    const restartedAt = Date.now();
    const second = await startKinlink({ ...database.env, ...WORKER_ENV });
    processes.push(second);

    // Every acknowledged write is there, through the API of the restarted server.
    const after = await signIn(second.url, officer.email);
    for (const id of acknowledged) {
      const res = await after.request('GET', `/api/v1/cases/${encodeURIComponent(id)}`);
      expect(res.status, `acknowledged case ${id}`).toBe(200);
    }

    // The interrupted import resumes (its lease expired) and ends with each person exactly once.
    await eventually('the import job is done', async () => (await getJob(db, job.id)).status === 'done', 60_000, 200);
    const done = await getJob(db, job.id);
    const resumedIn = Date.parse(done.finishedAt ?? '') - restartedAt;
    expect(done.attempts).toBe(2);
    expect(done.result).toMatchObject({ total: IMPORT_SIZE, resumedFrom: before.at(-1)!.through });
    const batches = await importedBatches(db, job.id);
    expect(batches.map((b) => b.from)).toEqual(batches.map((_, i) => i * BATCH));
    const importedIds = batches.flatMap((b) => b.personIds);
    expect(new Set(importedIds).size).toBe(IMPORT_SIZE);

    // Nothing half-written: every case has its audit entry and its persons; every person belongs to a case
    // or to a committed import batch (a case cut off mid-transaction would leave orphans).
    const cases = await db.selectFrom('cases').select(['id', 'enquirer_person_id']).where('organisation_id', '=', org.id).execute();
    const created = await listAudit(db, { action: 'case.create', limit: 500 });
    const createdIds = new Set(created.items.map((e) => e.recordId));
    expect(cases.length).toBeGreaterThanOrEqual(acknowledged.length);
    for (const c of cases) expect(createdIds.has(c.id), `case ${c.id} has its audit entry`).toBe(true);
    const sought = await db.selectFrom('case_sought_persons').select(['case_id', 'person_id']).where('case_id', 'in', cases.map((c) => c.id)).execute();
    expect(new Set(sought.map((s) => s.case_id)).size).toBe(cases.length);
    const persons = await db.selectFrom('persons').select('id').where('organisation_id', '=', org.id).execute();
    const accounted = new Set([...cases.map((c) => c.enquirer_person_id), ...sought.map((s) => s.person_id), ...importedIds]);
    expect(persons.length).toBe(accounted.size);
    for (const p of persons) expect(accounted.has(p.id), `person ${p.id} belongs to a case or an import batch`).toBe(true);

    const audit = await verifyAuditChain(db);
    expect(audit).toMatchObject({ ok: true });
    console.info(
      `${dialect}: killed with ${acknowledged.length} acknowledged case writes (${cases.length} cases stored) and the import at ${before.at(-1)!.through}/${IMPORT_SIZE}; ` +
        `after restart all ${acknowledged.length} present, ${persons.length} persons all accounted for, audit chain of ${audit.count} entries verifies, import finished ${resumedIn} ms after the restart began`,
    );
  }, 150_000);
});
