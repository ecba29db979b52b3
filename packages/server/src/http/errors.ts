/** Errors a route throws on purpose; the error handler turns them into JSON responses. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const unauthorized = (message = 'Sign in first.') => new HttpError(401, 'unauthorized', message);

export const forbidden = (message = 'You are not allowed to do this.') => new HttpError(403, 'forbidden', message);

/** Also used when a record exists but belongs to an organisation the caller may not see. */
export const notFound = (what = 'Record') => new HttpError(404, 'not-found', `${what} not found.`);

export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new HttpError(409, 'conflict', message, extra);

export const tooManyRequests = (retryAfterSeconds: number) =>
  new HttpError(429, 'too-many-requests', 'Too many failed attempts; try again later.', { retryAfterSeconds });

/** A field-level problem found after schema validation (e.g. a rule that needs the database). */
export interface FieldIssue {
  path: string;
  message: string;
}

export const invalid = (issues: FieldIssue[]) =>
  new HttpError(400, 'validation', 'The request is not valid.', { issues });
