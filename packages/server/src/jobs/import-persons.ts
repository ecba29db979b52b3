import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { PersonInput } from '@kinlink/core';
import { appendAudit, insertPerson, listAudit } from '@kinlink/store';
import { z } from 'zod';
import type { JobHandler } from './handlers';

export const IMPORT_PERSONS = 'import.persons';

export const ImportPersonsPayload = z.strictObject({
  organisationId: z.string().min(1),
  /** Who asked for the import (recorded as the actor of every batch). */
  actorUserId: z.string().min(1).nullable().default(null),
  persons: z.array(PersonInput).min(1).max(100_000),
  batchSize: z.number().int().min(1).max(5_000).default(200),
});
export type ImportPersonsPayload = z.input<typeof ImportPersonsPayload>;

const BATCH_ACTION = 'import.batch';

/** Where an interrupted import stops: the end of the last batch whose transaction committed. */
async function committedThrough(db: Parameters<JobHandler>[1]['db'], jobId: string): Promise<number> {
  const last = await listAudit(db, { recordType: 'job', recordId: jobId, action: BATCH_ACTION, limit: 1 });
  const through = last.items[0]?.details.through;
  return typeof through === 'number' ? through : 0;
}

/**
 * Imports persons in batches. Each batch and its audit entry commit in one transaction, and that audit entry
 * is the checkpoint: a run interrupted anywhere (kill -9, shutdown, lost lease) resumes after the last
 * committed batch — no person is imported twice, none is lost, nothing half-written.
 */
export const importPersons: JobHandler = async (raw, { job, db, signal, workerId }) => {
  const payload = ImportPersonsPayload.parse(raw);
  const resumedFrom = await committedThrough(db, job.id);
  let through = resumedFrom;
  while (through < payload.persons.length) {
    // Between batches, let waiting requests have the connection (SQLite has one; the import must not starve them).
    await yieldToRequests();
    signal.throwIfAborted();
    const from = through;
    const batch = payload.persons.slice(from, from + payload.batchSize);
    through = from + batch.length;
    await db.transaction().execute(async (trx) => {
      const personIds: string[] = [];
      for (const person of batch) {
        personIds.push((await insertPerson(trx, { organisationId: payload.organisationId, person }, { actorUserId: payload.actorUserId })).id);
      }
      await appendAudit(trx, {
        actorUserId: payload.actorUserId, actorOrganisationId: payload.organisationId, action: BATCH_ACTION, recordType: 'job', recordId: job.id, ip: null,
        details: { from, through, personIds },
      });
    });
  }
  return { imported: payload.persons.length - resumedFrom, total: payload.persons.length, resumedFrom, ranBy: workerId };
};
