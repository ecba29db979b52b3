import { enqueueJob } from '@kinlink/store';
import type { KinlinkDb } from '@kinlink/store';
import type { JobHandler } from '../jobs/handlers';
import { sharedMatchingService } from './matching-service';
import type { MatchingService } from './matching-service';

export const MATCH_CASE = 'match.case';
export const MATCH_PERSON = 'match.person';

/** Payload of the background job enqueued when a case (or a registration opening one) is saved. */
export interface MatchCasePayload {
  caseId: string;
}

/** The job handler: one index per database handle (shared with the API), built on first use, kept up to date. */
export function matchCaseJob(service?: MatchingService): JobHandler<MatchCasePayload> {
  return async (payload, ctx) => {
    if (typeof payload?.caseId !== 'string') throw new Error('match.case needs { caseId }');
    return (service ?? sharedMatchingService(ctx.db)).matchCase(ctx.db, payload.caseId);
  };
}

export interface MatchPersonPayload {
  personId: string;
}

export function matchPersonJob(service?: MatchingService): JobHandler<MatchPersonPayload> {
  return async (payload, ctx) => {
    if (typeof payload?.personId !== 'string') throw new Error('match.person needs { personId }');
    return (service ?? sharedMatchingService(ctx.db)).matchPerson(ctx.db, payload.personId);
  };
}

/**
 * Called in the transaction that saves a case, a registration or a person: the candidates are computed in
 * the background (the job only exists if the save commits).
 */
export async function enqueueMatching(trx: KinlinkDb, target: { caseId: string } | { personId: string }): Promise<void> {
  if ('caseId' in target) await enqueueJob(trx, { type: MATCH_CASE, payload: { caseId: target.caseId } });
  else await enqueueJob(trx, { type: MATCH_PERSON, payload: { personId: target.personId } });
}
