import { JobHandlers } from './handlers';
import { IMPORT_PERSONS, importPersons } from './import-persons';
import { MATCH_CASE, MATCH_PERSON, matchCaseJob, matchPersonJob } from '../matching/match-case-job';

/**
 * The job types `kinlink serve` runs in the background. Features register their handler here (matching,
 * imports, exports, retention); a process claims only the types it has a handler for.
 */
export function serverJobHandlers(): JobHandlers {
  return new JobHandlers().register(IMPORT_PERSONS, importPersons).register(MATCH_CASE, matchCaseJob()).register(MATCH_PERSON, matchPersonJob());
}
