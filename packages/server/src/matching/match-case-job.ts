import type { JobHandler } from '../jobs/handlers';
import { MatchingService } from './matching-service';

export const MATCH_CASE = 'match.case';

/** Payload of the background job enqueued when a case (or a registration opening one) is saved. */
export interface MatchCasePayload {
  caseId: string;
}

/** The job handler: one index per process, built from the store on the first job, kept up to date. */
export function matchCaseJob(service: MatchingService = new MatchingService()): JobHandler<MatchCasePayload> {
  return async (payload, ctx) => {
    if (typeof payload?.caseId !== 'string') throw new Error('match.case needs { caseId }');
    return service.matchCase(ctx.db, payload.caseId);
  };
}
