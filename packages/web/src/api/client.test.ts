import { describe, expect, it } from 'vitest';
import { buildUrl, request } from './client';
import { ApiError, issuesByPath } from './errors';
import { ProgressTracker, SLOW_AFTER_MS } from './progress';

function respond(status: number, body: unknown): typeof fetch {
  return async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('request', () => {
  it('sends JSON with the session cookie and returns the parsed body', async () => {
    let seen: RequestInit | undefined;
    let url = '';
    const fetcher: typeof fetch = async (input, init) => {
      url = String(input);
      seen = init;
      return new Response(JSON.stringify({ id: 'c1' }), { status: 201 });
    };
    const body = await request<{ id: string }>('POST', '/cases', { body: { a: 1 } }, { fetch: fetcher, tracker: new ProgressTracker() });
    expect(body).toEqual({ id: 'c1' });
    expect(url).toBe('/api/v1/cases');
    expect(seen?.credentials).toBe('same-origin');
    expect(seen?.body).toBe('{"a":1}');
  });

  it("turns the API's validation answer into field issues", async () => {
    const fetcher = respond(400, { error: 'validation', message: 'bad', issues: [{ path: 'sought.0.person.names', message: 'at least one name is required' }] });
    const error = await request('POST', '/cases', { body: {} }, { fetch: fetcher, tracker: new ProgressTracker() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.kind).toBe('validation');
    expect(issuesByPath(apiError.issues)).toEqual({ 'sought.0.person.names': 'at least one name is required' });
  });

  it('reports an unreachable server as a network error, and a silent one as a timeout', async () => {
    const tracker = new ProgressTracker();
    const down: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(request('GET', '/cases', {}, { fetch: down, tracker })).rejects.toMatchObject({ kind: 'network' });
    const silent: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    await expect(request('GET', '/cases', { timeoutMs: 20 }, { fetch: silent, tracker })).rejects.toMatchObject({ kind: 'timeout' });
    expect(tracker.getSnapshot().inFlight).toBe(0);
  });

  it('maps statuses to kinds the screens explain', async () => {
    const tracker = new ProgressTracker();
    for (const [status, kind] of [[401, 'unauthorized'], [403, 'forbidden'], [404, 'not-found'], [409, 'conflict'], [429, 'too-many'], [500, 'server']] as const) {
      await expect(request('GET', '/x', {}, { fetch: respond(status, { error: 'e', message: 'm' }), tracker })).rejects.toMatchObject({ kind, status });
    }
  });

  it('builds query strings without empty values', () => {
    expect(buildUrl('/cases', { q: 'محمد', status: '', limit: 20, tag: ['a', 'b'] })).toBe('/api/v1/cases?q=%D9%85%D8%AD%D9%85%D8%AF&limit=20&tag=a&tag=b');
  });
});

describe('ProgressTracker', () => {
  it('counts requests and says when one has been slow', () => {
    let now = 0;
    const tracker = new ProgressTracker(() => now);
    const end = tracker.begin();
    expect(tracker.getSnapshot()).toEqual({ inFlight: 1, slow: false });
    now = SLOW_AFTER_MS + 1;
    tracker.update();
    expect(tracker.getSnapshot()).toEqual({ inFlight: 1, slow: true });
    end();
    end();
    expect(tracker.getSnapshot()).toEqual({ inFlight: 0, slow: false });
  });
});
