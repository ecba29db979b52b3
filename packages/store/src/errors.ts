/** The record does not exist (or is not visible through the query used). */
export class NotFoundError extends Error {
  constructor(readonly recordType: string, readonly recordId: string) {
    super(`${recordType} ${recordId} not found`);
    this.name = 'NotFoundError';
  }
}

/** The write conflicts with the stored state: a stale version, a duplicate, a disallowed change. */
export class ConflictError extends Error {
  constructor(message: string, readonly code: string = 'conflict') {
    super(message);
    this.name = 'ConflictError';
  }
}
