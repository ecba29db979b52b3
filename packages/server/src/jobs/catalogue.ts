import { JobHandlers } from './handlers';

/**
 * The job types `kinlink serve` runs in the background. Features register their handler here (matching,
 * imports, exports, retention); a process claims only the types it has a handler for.
 */
export function serverJobHandlers(): JobHandlers {
  return new JobHandlers();
}
