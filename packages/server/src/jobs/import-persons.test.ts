import { enqueueJob, listAudit, verifyAuditChain } from '@kinlink/store';
import { forEachDialect, makeOrganisation, personInput } from '@kinlink/store/testing';
import { expect, it } from 'vitest';
import type { JobContext } from './handlers';
import { IMPORT_PERSONS, importPersons } from './import-persons';

forEachDialect((ctx) => {
  const people = (n: number) => Array.from({ length: n }, (_, i) => personInput(`Given${i}`, `Family${i}`));
  const personsOf = async (organisationId: string) =>
    (await ctx.db.selectFrom('persons').select('id').where('organisation_id', '=', organisationId).execute()).length;

  it('imports in audited batches and resumes after the last committed batch without duplicates', async () => {
    const org = await makeOrganisation(ctx.db);
    const payload = { organisationId: org.id, persons: people(25), batchSize: 10 };
    const job = await enqueueJob(ctx.db, { type: IMPORT_PERSONS, payload });
    const context: JobContext = { job, db: ctx.db, workerId: 'test', signal: new AbortController().signal };

    // A first run that got through one batch before its process died.
    expect(await importPersons({ ...payload, persons: payload.persons.slice(0, 10) }, context)).toEqual({ imported: 10, total: 10, resumedFrom: 0, ranBy: 'test' });
    expect(await personsOf(org.id)).toBe(10);

    expect(await importPersons(payload, context)).toEqual({ imported: 15, total: 25, resumedFrom: 10, ranBy: 'test' });
    expect(await personsOf(org.id)).toBe(25);
    const batches = await listAudit(ctx.db, { recordType: 'job', recordId: job.id, order: 'asc' });
    expect(batches.items.map((e) => [e.details.from, e.details.through])).toEqual([[0, 10], [10, 20], [20, 25]]);
    expect(batches.items.flatMap((e) => e.details.personIds as string[])).toHaveLength(25);
    expect((await verifyAuditChain(ctx.db)).ok).toBe(true);

    // Run again (e.g. the completion was lost): nothing more is imported.
    expect(await importPersons(payload, context)).toEqual({ imported: 0, total: 25, resumedFrom: 25, ranBy: 'test' });
    expect(await personsOf(org.id)).toBe(25);
  });

  it('stops between batches when aborted, and rejects a bad payload before writing anything', async () => {
    const org = await makeOrganisation(ctx.db);
    const job = await enqueueJob(ctx.db, { type: IMPORT_PERSONS, payload: {} });
    const aborted = new AbortController();
    aborted.abort(new Error('shutting down'));
    await expect(importPersons({ organisationId: org.id, persons: people(3) }, { job, db: ctx.db, workerId: 't', signal: aborted.signal })).rejects.toThrow('shutting down');
    const live = { job, db: ctx.db, workerId: 't', signal: new AbortController().signal };
    await expect(importPersons({ organisationId: org.id, persons: [{ names: {} , sex: 'robot' }] }, live)).rejects.toThrow();
    await expect(importPersons({ organisationId: org.id, persons: people(2), extra: 1 }, live)).rejects.toThrow();
    expect(await personsOf(org.id)).toBe(0);
  });
});
