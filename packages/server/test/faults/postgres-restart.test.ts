import { enqueueJob, getJob, migrateToLatest, openDatabase, verifyAuditChain } from '@kinlink/store';
import type { KinlinkDb } from '@kinlink/store';
import { caseInput, personInput } from '@kinlink/store/testing';
import { afterAll, expect, it } from 'vitest';
import { IMPORT_PERSONS } from '../../src/jobs/import-persons';
import { makeOrganisation, makeUser } from '../../src/testing/factories';
import { signIn } from './api-client';
import type { KinlinkProcess } from './processes';
import { eventually, sleep, startKinlink } from './processes';
import type { RestartablePostgres } from './restartable-postgres';
import { startRestartablePostgres } from './restartable-postgres';

let postgres: RestartablePostgres | undefined;
let db: KinlinkDb | undefined;
let server: KinlinkProcess | undefined;
afterAll(async () => {
  await server?.kill('SIGKILL');
  await db?.destroy();
  await postgres?.remove();
});

interface Outcome {
  at: number;
  ok: boolean;
}

it('recovers by itself when PostgreSQL restarts under load: no restart of kinlink, no lost acknowledged write', async () => {
  postgres = await startRestartablePostgres();
  db = openDatabase({ url: postgres.url, poolSize: 2 });
  await migrateToLatest(db);
  const org = await makeOrganisation(db);
  const officer = await makeUser(db, org.id);
  server = await startKinlink({ KINLINK_DATABASE_URL: postgres.url, KINLINK_JOB_POLL_MS: '100', KINLINK_JOB_LEASE_SECONDS: '5' });
  const caseworker = await signIn(server.url, officer.email);

  // Six caseworkers listing and saving cases without pause.
  const outcomes: Outcome[] = [];
  const acknowledged: string[] = [];
  let running = true;
  const load = Array.from({ length: 6 }, async (_, w) => {
    for (let i = 0; running; i++) {
      const res =
        i % 2 === 0
          ? await caseworker.request('GET', '/api/v1/cases?limit=20').catch(() => undefined)
          : await caseworker.request('POST', '/api/v1/cases', caseInput({ enquirer: personInput(`Enquirer${w}-${i}`, 'Haddad') })).catch(() => undefined);
      const ok = res !== undefined && res.status < 300;
      if (ok && i % 2 === 1) acknowledged.push(((await res.json()) as { id: string }).id);
      else if (res) await res.arrayBuffer();
      outcomes.push({ at: Date.now(), ok });
      if (!ok) await sleep(20);
    }
  });

  await sleep(1_500);
  expect(outcomes.length).toBeGreaterThan(10);
  expect(outcomes.every((o) => o.ok)).toBe(true);

  const down = Date.now();
  await postgres.stop();
  // While the database is away the server keeps answering (with errors) and says it is not ready.
  await eventually('readiness turns 503', async () => (await fetch(`${server!.url}/api/v1/ready`)).status === 503, 10_000).catch((error: Error) => {
    throw new Error(`${error.message}; exit ${server!.child.exitCode}; output:\n${server!.output()}`);
  });
  await sleep(1_000);
  await postgres.start();
  const up = Date.now();

  await eventually('requests succeed again', async () => outcomes.slice(-12).length === 12 && outcomes.slice(-12).every((o) => o.ok && o.at > up), 20_000);
  const recovered = Date.now();
  await sleep(1_500);
  running = false;
  await Promise.all(load);

  expect(server.child.exitCode).toBeNull();
  expect(outcomes.some((o) => !o.ok && o.at >= down)).toBe(true);
  const afterRecovery = outcomes.filter((o) => o.at > recovered);
  expect(afterRecovery.length).toBeGreaterThan(10);
  expect(afterRecovery.filter((o) => !o.ok)).toEqual([]);
  expect(recovered - up).toBeLessThan(15_000);
  expect((await fetch(`${server.url}/api/v1/ready`)).status).toBe(200);
  const failed = outcomes.filter((o) => !o.ok).length;
  console.info(`PostgreSQL down ${up - down} ms; requests answered again ${recovered - up} ms after it was back; ${failed} of ${outcomes.length} requests failed during the outage`);

  // The job worker recovered too: a job enqueued now is run by the same process.
  const job = await enqueueJob(db, { type: IMPORT_PERSONS, payload: { organisationId: org.id, persons: [personInput('After', 'Restart')] } });
  await eventually('the job after the restart is done', async () => (await getJob(db!, job.id)).status === 'done', 20_000);

  const saved = await db.selectFrom('cases').select('id').where('id', 'in', acknowledged).execute();
  expect(saved.length).toBe(acknowledged.length);
  expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
}, 120_000);
