import type { Worker } from 'node:worker_threads';
import { afterEach, expect, it, vi } from 'vitest';
import { createCase, createRegistration, decidePotentialMatch, listCaseMatches, updatePerson } from '@kinlink/store';
import { caseInput, forEachDialect, makeOrganisation, personInput } from '@kinlink/store/testing';
import { matchCaseJob } from './match-case-job';
import type { MatchRequest } from './match-protocol';
import { spawnMatchWorker } from './match-worker-client';
import { MatchingService } from './matching-service';
import type { MatchingLog, MatchingServiceOptions } from './matching-service';

forEachDialect((ctx) => {
  const services: MatchingService[] = [];
  const newService = (options?: MatchingServiceOptions) => {
    const service = new MatchingService(options);
    services.push(service);
    return service;
  };
  afterEach(async () => {
    await Promise.all(services.splice(0).map((s) => s.close()));
  });

  async function world() {
    const mk = await makeOrganisation(ctx.db);
    const rs = await makeOrganisation(ctx.db, { country: 'RS' });
    // A mother in Germany looks for her son, written in Arabic by the family.
    const mother = await ctx.db.transaction().execute((trx) =>
      createCase(trx, {
        organisationId: rs.id,
        case: caseInput({
          enquirer: personInput('فاطمة', 'حداد', { sex: 'female', birth: { kind: 'date', date: '1965-03-02' } }),
          sought: [{ relationship: 'son', person: { names: { given: [{ value: 'محمد' }], father: [{ value: 'حسين' }], family: [{ value: 'الخطيب' }] }, sex: 'male', birth: { kind: 'date', date: '1990-07-14' }, birthPlace: 'حلب', nationalities: ['SY'] } }],
        }),
      }),
    );
    // He was registered "safe and well" in Gevgelija, in Cyrillic, born "1 January 1990".
    const registration = await ctx.db.transaction().execute((trx) =>
      createRegistration(trx, {
        organisationId: mk.id,
        registration: { kind: 'safe_and_well', person: { names: { given: [{ value: 'Мухамед' }], father: [{ value: 'Хусеин' }], family: [{ value: 'Ал-Хатиб' }] }, sex: 'male', birth: { kind: 'date', date: '1990-01-01' }, birthPlace: 'Алепо', nationalities: ['SY'] } },
      }),
    );
    // And he asked for his mother himself, in Latin script: the two families are looking for each other.
    const son = await ctx.db.transaction().execute((trx) =>
      createCase(trx, {
        organisationId: mk.id,
        case: caseInput({
          enquirer: personInput('Mohammed', 'Alkhatib', { sex: 'male', birth: { kind: 'date', date: '1990' }, birthPlace: 'Aleppo' }),
          sought: [{ relationship: 'mother', person: personInput('Fatima', 'Haddad', { sex: 'female', birth: { kind: 'date', date: '1965' } }) }],
        }),
      }),
    );
    return { mother, registration, son };
  }

  it('finds the registration and the reciprocal request of a case, stores them with explanations', async () => {
    const { mother, registration, son } = await world();
    const service = newService();
    const result = await service.matchCase(ctx.db, mother.id);
    expect(result.outcomes.created).toBeGreaterThanOrEqual(2);
    const matches = await listCaseMatches(ctx.db, mother.id);
    const soughtId = mother.sought[0]!.person.id;
    const found = matches.find((m) => m.kind === 'registration');
    expect(found).toBeDefined();
    expect([found!.leftPersonId, found!.rightPersonId].sort()).toEqual([soughtId, registration.person.id].sort());
    expect(found!.probability).toBeGreaterThan(0.5);
    expect(found!.explanation.find((e) => e.field === 'name')?.level).toBe('exact');
    expect(found!.explanation.find((e) => e.field === 'birth_date')?.level).toBe('year');
    const reciprocal = matches.filter((m) => m.kind === 'reciprocal');
    expect(reciprocal.some((m) => m.leftCaseId === son.id || m.rightCaseId === son.id)).toBe(true);
  });

  it('does not bring back a rejected pair unless one of the records changes', async () => {
    const { mother } = await world();
    const service = newService();
    await service.matchCase(ctx.db, mother.id);
    const found = (await listCaseMatches(ctx.db, mother.id)).find((m) => m.kind === 'registration')!;
    await decidePotentialMatch(ctx.db, found.id, { status: 'rejected', reason: 'the family says he has a scar; this man does not' });
    const again = await service.matchCase(ctx.db, mother.id);
    expect(again.outcomes['kept-rejected']).toBeGreaterThanOrEqual(1);
    expect((await listCaseMatches(ctx.db, mother.id)).some((m) => m.id === found.id)).toBe(false);
    const soughtId = mother.sought[0]!.person.id;
    await updatePerson(ctx.db, soughtId, { birthPlace: 'Aleppo, Syria' });
    const afterChange = await service.matchCase(ctx.db, mother.id);
    expect(afterChange.outcomes.reopened).toBeGreaterThanOrEqual(1);
    expect((await listCaseMatches(ctx.db, mother.id)).find((m) => m.id === found.id)?.status).toBe('potential');
  });

  it('runs as the match.case background job', async () => {
    const { mother } = await world();
    const handler = matchCaseJob();
    const result = (await handler({ caseId: mother.id }, { db: ctx.db } as never)) as { outcomes: Record<string, number> };
    expect(Object.values(result.outcomes).reduce((s, n) => s + n, 0)).toBeGreaterThanOrEqual(2);
    await expect(handler({} as never, { db: ctx.db } as never)).rejects.toThrow(/caseId/);
  });

  // Every test adds its own world to the file's database: look far enough down the list.
  const soughtSon = { id: '', givenName: 'Muhamed', fatherName: 'Husein', familyName: 'Al Hatib', birthDate: '1990' };

  it('a search issued while the index is being built waits for it and returns the right hits', async () => {
    const { registration, mother } = await world();
    const service = newService();
    service.warmUp(ctx.db);
    expect(service.status().state).toBe('building');
    const hits = await service.search(ctx.db, soughtSon, { top: 50 });
    expect(hits.map((h) => h.id)).toEqual(expect.arrayContaining([registration.person.id, mother.sought[0]!.person.id]));
    expect(hits.find((h) => h.id === registration.person.id)?.roles).toEqual([{ role: 'registration', caseId: null }]);
    expect(service.status()).toMatchObject({ state: 'ready' });
    expect(service.size).toBeGreaterThanOrEqual(6);
  });

  it('a search that would wait longer than its bound for the build is told to retry; later searches work', async () => {
    const { registration } = await world();
    const service = newService({ searchWaitMs: 0 });
    await expect(service.search(ctx.db, soughtSon)).rejects.toMatchObject({ name: 'MatchingUnavailableError', reason: 'index-building' });
    await service.ensureLoaded(ctx.db);
    expect((await service.search(ctx.db, soughtSon, { top: 50 })).map((h) => h.id)).toContain(registration.person.id);
  });

  it('a crashed worker fails the call in flight, is logged, restarted, and its index rebuilt', async () => {
    const { registration } = await world();
    const workers: Worker[] = [];
    let crashOnSearch = false;
    // The worker dies while it holds a search (as on an uncaught error or running out of memory).
    const spawn = () => {
      const worker = spawnMatchWorker();
      const post = worker.postMessage.bind(worker);
      worker.postMessage = (message: { request: MatchRequest }) => {
        post(message);
        if (crashOnSearch && message.request.op === 'search') void worker.terminate();
      };
      workers.push(worker);
      return worker;
    };
    const errors: string[] = [];
    const log: MatchingLog = { info: () => {}, error: (_details, message) => errors.push(message) };
    const service = newService({ spawn, log });
    await service.ensureLoaded(ctx.db);
    const indexed = service.size;

    crashOnSearch = true;
    await expect(service.search(ctx.db, soughtSon)).rejects.toMatchObject({ name: 'MatchingUnavailableError', reason: 'worker-crashed' });
    crashOnSearch = false;
    expect(errors).toContainEqual(expect.stringMatching(/matching worker crashed/));

    await vi.waitFor(() => expect(service.status()).toMatchObject({ state: 'ready', persons: indexed }), { timeout: 20_000, interval: 50 });
    expect(workers).toHaveLength(2);
    expect((await service.search(ctx.db, soughtSon, { top: 50 })).map((h) => h.id)).toContain(registration.person.id);
    expect((await service.matchCase(ctx.db, (await world()).mother.id)).outcomes.created).toBeGreaterThanOrEqual(1);
  });

  it('a worker that dies while the index is being built fails that build; a new worker builds it again', async () => {
    const { registration } = await world();
    let spawned = 0;
    const spawn = () => {
      const worker = spawnMatchWorker();
      if (++spawned === 1) {
        const post = worker.postMessage.bind(worker);
        worker.postMessage = (message: { request: MatchRequest }) => {
          post(message);
          if (message.request.op === 'add') void worker.terminate();
        };
      }
      return worker;
    };
    // Small batches: the worker dies while the next batch is being read from the store.
    const service = newService({ spawn, log: { info: () => {}, error: () => {} }, loadBatch: 2 });
    await expect(service.ensureLoaded(ctx.db)).rejects.toMatchObject({ reason: 'worker-crashed' });
    await vi.waitFor(() => expect(service.status().state).toBe('ready'), { timeout: 20_000, interval: 50 });
    expect(spawned).toBe(2);
    expect((await service.search(ctx.db, soughtSon, { top: 50 })).map((h) => h.id)).toContain(registration.person.id);
  });

  it('catching up indexes a person again only when they changed, not on every look back', async () => {
    const { registration } = await world();
    const added: string[] = [];
    const spawn = () => {
      const worker = spawnMatchWorker();
      const post = worker.postMessage.bind(worker);
      worker.postMessage = (message: { request: MatchRequest }) => {
        if (message.request.op === 'add') added.push(...message.request.entries.map((e) => e.record.id));
        post(message);
      };
      return worker;
    };
    let clock = Date.now();
    const service = newService({ spawn, now: () => clock });
    await service.ensureLoaded(ctx.db);
    clock += 2_000;
    await service.search(ctx.db, soughtSon);
    added.length = 0;

    clock += 2_000;
    await service.search(ctx.db, soughtSon);
    expect(added).toEqual([]);

    await updatePerson(ctx.db, registration.person.id, { names: { given: [{ value: 'Мухамет' }], father: [{ value: 'Хусеин' }], family: [{ value: 'Ал-Хатиб' }] } });
    clock += 2_000;
    await service.search(ctx.db, soughtSon);
    expect(added).toEqual([registration.person.id]);
  });
});
