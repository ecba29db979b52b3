/** One field problem as the API reports it: `path` is dotted ("soughtPersons.0.givenName"), "" = whole form. */
export interface FieldIssue {
  path: string;
  message: string;
}

export type ApiErrorKind =
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'validation'
  | 'too-many'
  | 'server'
  | 'other';

/** Every failed request becomes an ApiError; screens show `kind` in the user's language. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number,
    message: string,
    /** The server's machine-readable code, e.g. "validation", "totp-required". */
    readonly code: string = kind,
    readonly issues: FieldIssue[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

function kindOf(status: number): ApiErrorKind {
  if (status === 400 || status === 422) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'too-many';
  if (status >= 500) return 'server';
  return 'other';
}

function normalisePath(path: unknown): string {
  if (Array.isArray(path)) return path.map(String).join('.');
  if (typeof path === 'string') return path.replace(/^\//, '').replace(/\//g, '.');
  return '';
}

/** Reads the API's `{error, message, issues?}` body (whatever is there) into an ApiError. */
export function errorFromResponse(status: number, body: unknown): ApiError {
  const record = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const code = typeof record.error === 'string' ? record.error : kindOf(status);
  const message = typeof record.message === 'string' ? record.message : `HTTP ${status}`;
  const rawIssues = Array.isArray(record.issues) ? record.issues : [];
  const issues: FieldIssue[] = rawIssues
    .filter((i): i is Record<string, unknown> => i !== null && typeof i === 'object')
    .map((i) => ({ path: normalisePath(i.path), message: typeof i.message === 'string' ? i.message : message }));
  return new ApiError(kindOf(status), status, message, code, issues, record);
}

/** Field issues grouped by path; the first message of each path wins (one message next to each field). */
export function issuesByPath(issues: readonly FieldIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) if (!(issue.path in out)) out[issue.path] = issue.message;
  return out;
}
