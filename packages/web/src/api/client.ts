import { ApiError, errorFromResponse } from './errors';
import { progress, type ProgressTracker } from './progress';

export const API_BASE = '/api/v1';

/** A request gives up after this long; the user keeps what they typed and may try again. */
export const REQUEST_TIMEOUT_MS = 45_000;

export type Query = Record<string, string | number | boolean | undefined | null | readonly string[]>;

export interface RequestOptions {
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, v);
    else params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** The session provider listens here: any 401 outside sign-in means the session is over. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export interface ApiClientDeps {
  fetch: typeof fetch;
  tracker: ProgressTracker;
}

/** fetch with the session cookie, JSON in and out, a timeout, progress tracking and typed errors. */
export async function request<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
  deps: ApiClientDeps = { fetch: (...args) => globalThis.fetch(...args), tracker: progress },
): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? REQUEST_TIMEOUT_MS);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort);
  const done = deps.tracker.begin();
  try {
    let response: Response;
    try {
      response = await deps.fetch(buildUrl(path, options.query), {
        method,
        credentials: 'same-origin',
        headers: {
          accept: 'application/json',
          ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        body: options.body !== undefined ? JSON.stringify(options.body) : undefined,
        signal: controller.signal,
      });
    } catch (err) {
      if (options.signal?.aborted) throw err;
      if (timedOut) throw new ApiError('timeout', 0, 'The server did not answer in time.');
      throw new ApiError('network', 0, err instanceof Error ? err.message : 'Network error.');
    }
    const text = await response.text();
    let body: unknown = undefined;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = { message: text.slice(0, 200) };
      }
    }
    if (!response.ok) {
      const error = errorFromResponse(response.status, body);
      if (error.kind === 'unauthorized' && !path.startsWith('/auth/')) for (const l of unauthorizedListeners) l();
      throw error;
    }
    return body as T;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    done();
  }
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body: body ?? {} }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** The API's list shape. */
export interface Page<T> {
  items: T[];
  next: string | null;
}
