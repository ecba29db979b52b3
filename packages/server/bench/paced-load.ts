/**
 * Evenly paced open-loop load: request i is due at t0 + i/R, whatever the answers before it did. Each
 * caseworker has its own session and its own keep-alive connection and does one request at a time; when the
 * caseworker whose turn it is is still busy, the request waits for them. Latency runs from the request's due
 * time, not from when it was sent, so a slow server cannot hide the requests it delayed (no coordinated
 * omission). How late the generator itself dispatched requests is counted separately, so a reader can see
 * whether it kept up.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';

/** One request as a caseworker sends it. */
export interface PacedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface PacedCaseworker {
  url: string;
  cookie: string;
}

export interface PacedOptions {
  caseworkers: PacedCaseworker[];
  /** The cycle's steps; each caseworker goes through them in order, starting again at the end. */
  steps: ((caseworker: PacedCaseworker) => PacedRequest)[];
  /** Requests per second, in total. */
  rate: number;
  seconds: number;
  /** A request unanswered after this long counts as an error. */
  timeoutMs?: number;
  /** The generator counts a request as late when it dispatched it more than this after its due time. */
  lateMs?: number;
}

export interface PacedResult {
  /** Milliseconds from each request's due time to its answer. */
  latencies: number[];
  non2xx: number;
  statuses: Record<number, number>;
  errors: number;
  /** From the first due time to the last answer. */
  seconds: number;
  /** Requests the generator dispatched more than lateMs after their due time (its own lag). */
  late: number;
  /** Requests that found their caseworker still busy with the previous one and waited. */
  waited: number;
}

interface Due {
  at: number;
  request: PacedRequest;
}

interface Answer {
  status: number;
}

function send(agent: http.Agent, base: URL, request: PacedRequest, timeoutMs: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { agent, host: base.hostname, port: base.port, method: request.method, path: request.path, headers: request.headers, timeout: timeoutMs },
      (res) => {
        res.on('data', () => undefined);
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(request.body);
  });
}

export async function runPaced(options: PacedOptions): Promise<PacedResult> {
  const { caseworkers, steps, rate, seconds } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const lateMs = options.lateMs ?? 10;
  if (caseworkers.length === 0 || steps.length === 0) throw new Error('paced load needs caseworkers and steps');
  if (!(rate > 0) || !(seconds > 0)) throw new Error('paced load needs a positive rate and duration');
  const result: PacedResult = { latencies: [], non2xx: 0, statuses: {}, errors: 0, seconds: 0, late: 0, waited: 0 };
  const agents = caseworkers.map(() => new http.Agent({ keepAlive: true, maxSockets: 1 }));
  const bases = caseworkers.map((caseworker) => new URL(caseworker.url));
  const queues: Due[][] = caseworkers.map(() => []);
  const busy = caseworkers.map(() => false);
  // Each caseworker starts at another step of the cycle, as independent people would: all starting at step
  // 0, the 50 of them took every step in lockstep (a tenth of a second of nothing but searches each second).
  const stepOf = caseworkers.map((_, k) => k % steps.length);
  const total = Math.floor(rate * seconds);
  const interval = 1000 / rate;
  let answered = 0;
  let lastAnswer = 0;
  let finished: () => void = () => undefined;
  const allAnswered = new Promise<void>((resolve) => (finished = resolve));

  const record = (due: Due, status: number | undefined): void => {
    const now = performance.now();
    result.latencies.push(now - due.at);
    if (status === undefined) result.errors++;
    else if (status < 200 || status >= 300) {
      result.non2xx++;
      result.statuses[status] = (result.statuses[status] ?? 0) + 1;
    }
    lastAnswer = now;
    if (++answered === total) finished();
  };
  const work = (k: number): void => {
    const due = queues[k]!.shift();
    if (!due) {
      busy[k] = false;
      return;
    }
    busy[k] = true;
    send(agents[k]!, bases[k]!, due.request, timeoutMs).then(
      (answer) => record(due, answer.status),
      () => record(due, undefined),
    ).finally(() => work(k));
  };

  const t0 = performance.now() + 50;
  let next = 0;
  const dispatchDue = (): void => {
    const now = performance.now();
    for (; next < total && t0 + next * interval <= now; next++) {
      const at = t0 + next * interval;
      if (now - at > lateMs) result.late++;
      const k = next % caseworkers.length;
      const step = steps[stepOf[k]! % steps.length]!;
      stepOf[k]!++;
      queues[k]!.push({ at, request: step(caseworkers[k]!) });
      if (busy[k]) result.waited++;
      else work(k);
    }
    if (next < total) setTimeout(dispatchDue, Math.max(0, t0 + next * interval - performance.now()));
  };
  setTimeout(dispatchDue, 50);
  if (total > 0) await allAnswered;
  result.seconds = (lastAnswer - t0) / 1000;
  for (const agent of agents) agent.destroy();
  return result;
}
