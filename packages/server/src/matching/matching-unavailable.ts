export type MatchingUnavailableReason = 'index-building' | 'worker-crashed' | 'closed';

/**
 * Matching cannot answer right now: the index is still being built (past the caller's wait), the worker
 * thread crashed while the call was in flight (it is restarted and the index rebuilt), or the service was
 * closed. The search route answers 503 with Retry-After; a job fails and is retried with backoff.
 */
export class MatchingUnavailableError extends Error {
  override readonly name = 'MatchingUnavailableError';

  constructor(
    readonly reason: MatchingUnavailableReason,
    message: string,
  ) {
    super(message);
  }
}
