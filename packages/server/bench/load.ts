/**
 * Load benchmark: 50 caseworkers (connections) on loopback against a kinlink serve process holding 100,000
 * cases, on SQLite and on PostgreSQL. Each caseworker repeats a realistic cycle of reads and writes.
 *
 *   npm run bench:load                                  # 60 s per database, 100,000 cases, 50 caseworkers
 *   npm run bench:load -- --duration 10 --cases 2000    # a quick run
 *   npm run bench:load -- --databases postgres --connections 20
 *   npm run bench:load -- --processes 2                 # two kinlink serve processes on PostgreSQL
 *   npm run bench:load -- --jobs false                  # no background matching in the measured processes
 *   npm run bench:load -- --omit search                 # the cycle without the name search (the matching index)
 *   npm run bench:load -- --rate 500                    # latencies at 500 requests/s offered (open loop)
 *   npm run bench:load -- --workers 2                   # PostgreSQL: kinlink serve --workers 2
 *   npm run bench:load -- --paced 500                   # requests due evenly every 1/500 s (open loop, paced-load.ts)
 *
 * SQLite always gets one process: two processes writing one SQLite file fail with "database is locked"
 * (deferred transactions upgrading their lock), so several processes are a PostgreSQL deployment.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { fileLines } from './file-lines';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import type { KinlinkDb } from '@kinlink/store';
import { migrateToLatest, openDatabase, restoreDatabase } from '@kinlink/store';
import { startThrowawayPostgres } from '@kinlink/store/testing';
import type { KinlinkProcess } from '../test/faults/processes';
import { startKinlink } from '../test/faults/processes';
import type { PacedRequest, PacedResult } from './paced-load';
import { runPaced } from './paced-load';
import { machineCpuMs, postmasterPid, treeCpuMs } from './process-cpu';
import { BENCH_PASSWORD, person, prng, tracingCase } from './seed';
import { seededDumpFile, seededSqliteFile } from './seed-cache';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    cases: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '50' },
    databases: { type: 'string', default: 'sqlite,postgres' },
    warmup: { type: 'string', default: '5' },
    processes: { type: 'string', default: '1' },
    /** `false`: the server processes run no background jobs (matching of saved cases waits in the queue). */
    jobs: { type: 'string', default: 'true' },
    /** Leave steps out of the cycle, e.g. `search` (the name search runs the matching index, measured in bench:match). */
    omit: { type: 'string', default: '' },
    /** Requests per second offered in total (0: as fast as the caseworkers get answers — the closed loop). */
    rate: { type: 'string', default: '0' },
    /** PostgreSQL: worker processes of each kinlink serve (`--workers`, node:cluster, one shared port). */
    workers: { type: 'string', default: '1' },
    /** Requests per second due evenly in time (request i at t0 + i/R), latency from the due time; 0: off. */
    paced: { type: 'string', default: '0' },
    /** kinlink serve reaches PostgreSQL over loopback TCP instead of the server's unix socket. */
    tcp: { type: 'boolean', default: false },
  },
});
const workers = Number(flags.workers);
const rate = Number(flags.rate);
const paced = Number(flags.paced);
if (paced > 0 && rate > 0) throw new Error('--paced and --rate are two ways of offering load: give one of them');
const omitted = new Set(flags.omit.split(',').map((s) => s.trim()).filter((s) => s !== ''));
const duration = Number(flags.duration);
const cases = Number(flags.cases);
const connections = Number(flags.connections);
const warmup = Number(flags.warmup);
const processesWanted = Number(flags.processes);
const databases = flags.databases.split(',').map((d) => d.trim()) as ('sqlite' | 'postgres')[];
for (const [name, value] of Object.entries({ duration, cases, connections, warmup, processes: processesWanted, rate, workers, paced })) {
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
}
const log = (line: string): void => void process.stderr.write(`${line}\n`);

interface Target {
  env: Record<string, string>;
  db: KinlinkDb;
  /** PostgreSQL: its URL, to find its processes for the CPU accounting. */
  postgresUrl?: string;
  close(): Promise<void>;
}

async function sqliteTarget(): Promise<Target> {
  const seed = await seededSqliteFile(cases, connections, log);
  const dir = mkdtempSync(path.join(tmpdir(), 'kinlink-bench-sqlite-'));
  copyFileSync(seed, path.join(dir, 'kinlink.db'));
  const db = openDatabase({ url: `sqlite:${path.join(dir, 'kinlink.db')}` });
  return { env: { KINLINK_DATA_DIR: dir }, db, close: async () => { await db.destroy(); rmSync(dir, { recursive: true, force: true }); } };
}

async function postgresTarget(): Promise<Target> {
  const dump = await seededDumpFile(cases, connections, log);
  const server = await startThrowawayPostgres();
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query('CREATE DATABASE kinlink_bench');
  await admin.end();
  const url = server.url.replace(/\/postgres$/, '/kinlink_bench');
  const db = openDatabase({ url, poolSize: 4 });
  await migrateToLatest(db);
  const started = Date.now();
  await restoreDatabase(db, fileLines(dump));
  const analyze = new pg.Client({ connectionString: url });
  await analyze.connect();
  await analyze.query('analyze'); // planner statistics, as autovacuum would gather after a bulk load
  await analyze.end();
  log(`  loaded the dump into PostgreSQL in ${Math.round((Date.now() - started) / 1000)} s`);
  // How a kinlink serve on the database's machine connects: the unix socket (`--tcp`: loopback TCP).
  const serveUrl = flags.tcp ? url : server.socketUrl.replace('/postgres?', '/kinlink_bench?');
  return { env: { KINLINK_DATABASE_URL: serveUrl }, db, postgresUrl: url, close: async () => { await db.destroy(); await server.stop(); } };
}

async function signInAll(url: string): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < connections; i++) {
    const res = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `officer${i}@bench.kinlink`, password: BENCH_PASSWORD }) });
    if (res.status !== 200) throw new Error(`sign-in of officer${i} failed: ${res.status} ${await res.text()}`);
    cookies.push((res.headers.get('set-cookie') ?? '').split(';')[0] ?? '');
  }
  return cookies;
}

/** What a caseworker types into the search: a given and a family name, in whatever script the family used. */
function searchFor(random: () => number): { givenName: string; familyName: string } {
  const names = person(random).names as { given: { value: string }[]; family: { value: string }[] };
  return { givenName: names.given[0]!.value, familyName: names.family[0]!.value };
}

interface Context {
  cookie?: string;
}

/** One caseworker's cycle: 7 reads (one a cross-script name search, one a case's matches to review), 3 writes. */
function caseworkerCycle(cookies: string[], caseIds: string[]): autocannon.Request[] {
  const random = prng(7);
  let nextCookie = 0;
  const anyCase = (): string => encodeURIComponent(caseIds[Math.floor(random() * caseIds.length)] as string);
  const as = (method: string, pathOf: () => string, body?: () => unknown): autocannon.Request => ({
    method: method as autocannon.Request['method'],
    setupRequest: (req: autocannon.Request, context: Context) => {
      context.cookie ??= cookies[nextCookie++ % cookies.length];
      const headers: Record<string, string> = { cookie: context.cookie as string };
      if (body) headers['content-type'] = 'application/json';
      return { ...req, path: pathOf(), headers, ...(body ? { body: JSON.stringify(body()) } : {}) };
    },
  } as autocannon.Request);
  const steps: [string, autocannon.Request][] = [
    ['list', as('GET', () => '/api/v1/cases?limit=20')],
    ['open', as('GET', () => `/api/v1/cases/${anyCase()}`)],
    ['search', as('POST', () => '/api/v1/search', () => ({ ...searchFor(random), top: 10 }))],
    ['open', as('GET', () => `/api/v1/cases/${anyCase()}`)],
    ['save', as('PATCH', () => `/api/v1/cases/${anyCase()}`, () => ({ lastNews: { date: '2026-11', content: 'Spoke with the enquirer by phone; no news yet.', source: 'enquirer' } }))],
    ['matches', as('GET', () => `/api/v1/cases/${anyCase()}/matches`)],
    ['timeline', as('GET', () => `/api/v1/cases/${anyCase()}/timeline`)],
    ['open', as('GET', () => `/api/v1/cases/${anyCase()}`)],
    ['note', as('POST', () => `/api/v1/cases/${anyCase()}/timeline`, () => ({ kind: 'note', text: 'Called the Red Cross of Serbia about the last known place.' }))],
    ['create', as('POST', () => '/api/v1/cases', () => tracingCase(random))],
  ];
  return steps.filter(([name]) => !omitted.has(name)).map(([, request]) => request);
}

interface Measured {
  latencies: number[];
  non2xx: number;
  /** Non-2xx answers by status code. */
  statuses: Record<number, number>;
  errors: number;
  seconds: number;
}

/**
 * Runs the caseworkers against the servers (connections split evenly) at the same time and records every
 * response time, so percentiles are exact over all servers together.
 */
async function run(urls: string[], requestsFor: (url: string) => autocannon.Request[], seconds: number): Promise<Measured> {
  const measured: Measured = { latencies: [], non2xx: 0, statuses: {}, errors: 0, seconds };
  await Promise.all(
    urls.map((url, i) => {
      const share = Math.floor(connections / urls.length) + (i < connections % urls.length ? 1 : 0);
      return new Promise<void>((resolve, reject) => {
        // With --rate the servers' share of it is offered, whether or not answers keep up (an open loop).
        const offered = rate > 0 ? { overallRate: Math.max(1, Math.round((rate * share) / connections)) } : {};
        const instance = autocannon({ url, connections: share, duration: seconds, pipelining: 1, requests: requestsFor(url), timeout: 10, ...offered }, (error, result) => {
          if (error) return reject(error);
          measured.errors += result.errors + result.timeouts;
          resolve();
        });
        instance.on('response', (_client, status: number, _bytes: number, ms: number) => {
          measured.latencies.push(ms);
          if (status < 200 || status >= 300) {
            measured.non2xx++;
            measured.statuses[status] = (measured.statuses[status] ?? 0) + 1;
          }
        });
      });
    }),
  );
  return measured;
}

/** The paced run: the same cycle's requests, caseworker k signed in with cookie k on server k mod servers. */
async function runPacedCycle(urls: string[], cookies: string[], caseIds: string[], seconds: number): Promise<PacedResult> {
  const steps = caseworkerCycle(cookies, caseIds).map((request) => (caseworker: { cookie: string }): PacedRequest => {
    const setup = request.setupRequest as (req: autocannon.Request, context: Context) => autocannon.Request;
    const built = setup({ ...request }, { cookie: caseworker.cookie }) as autocannon.Request & { path: string; headers: Record<string, string>; body?: string };
    return { method: built.method ?? 'GET', path: built.path, headers: built.headers, ...(built.body === undefined ? {} : { body: built.body }) };
  });
  const caseworkers = cookies.map((cookie, k) => ({ url: urls[k % urls.length] as string, cookie }));
  return runPaced({ caseworkers, steps, rate: paced, seconds });
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Mean latency per route from the server's own histogram (kinlink_http_request_duration_seconds). */
async function perRoute(urls: string[]): Promise<string[]> {
  const text = (await Promise.all(urls.map(async (url) => (await fetch(`${url}/metrics`)).text()))).join('\n');
  const { sums, counts } = histogramTotals(text, /^kinlink_http_request_duration_seconds_(sum|count)\{method="(\w+)",route="([^"]+)"\} ([\d.e+-]+)$/, ' ');
  const jobs = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^kinlink_jobs_processed_total\{type="([^"]+)"\} ([\d.e+-]+)$/.exec(line);
    if (m) jobs.set(m[1] as string, (jobs.get(m[1] as string) ?? 0) + Number(m[2]));
  }
  const queued = /^kinlink_jobs\{status="queued"\} (\d+)/m.exec(text)?.[1];
  const jobLines = [...jobs.entries()].map(([type, n]) => `    background jobs done meanwhile: ${n} ${type}`);
  if (queued !== undefined) jobLines.push(`    jobs still queued at the end: ${queued}`);
  jobLines.push(...matchingWorkerLines(text));
  return [...counts.entries()]
    .filter(([key]) => key.includes('/api/v1/') && !key.includes('/auth/'))
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `    ${key.padEnd(40)} ${String(n).padStart(8)} requests, mean ${(((sums.get(key) ?? 0) / n) * 1000).toFixed(1)} ms`)
    .concat(jobLines);
}

/**
 * A histogram's _sum and _count lines added up over every server, by its two labels joined with `separator`;
 * `pattern` captures sum|count, the two label values and the number.
 */
function histogramTotals(text: string, pattern: RegExp, separator: string): { sums: Map<string, number>; counts: Map<string, number> } {
  const sums = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = pattern.exec(line);
    if (!m) continue;
    const key = `${m[2]}${separator}${m[3]}`;
    const into = m[1] === 'sum' ? sums : counts;
    into.set(key, (into.get(key) ?? 0) + Number(m[4]));
  }
  return { sums, counts };
}

/** Mean time of the matching worker's calls by operation: queued in the worker, computing, round trip. */
function matchingWorkerLines(text: string): string[] {
  const { sums, counts } = histogramTotals(text, /^kinlink_matching_worker_seconds_(sum|count)\{op="(\w+)",stage="(\w+)"\} ([\d.e+-]+)$/, '|');
  const mean = (op: string, stage: string): string => {
    const n = counts.get(`${op}|${stage}`) ?? 0;
    return n === 0 ? '-' : (((sums.get(`${op}|${stage}`) ?? 0) / n) * 1000).toFixed(1);
  };
  // p99 from the histogram: the upper bound of the bucket where 99 % of the calls are reached
  const buckets = new Map<string, [number, number][]>();
  for (const line of text.split('\n')) {
    const m = /^kinlink_matching_worker_seconds_bucket\{le="([^"]+)",op="(\w+)",stage="(\w+)"\} ([\d.e+-]+)$/.exec(line);
    if (m) (buckets.get(`${m[2]}|${m[3]}`) ?? buckets.set(`${m[2]}|${m[3]}`, []).get(`${m[2]}|${m[3]}`)!).push([m[1] === '+Inf' ? Infinity : Number(m[1]), Number(m[4])]);
  }
  const p99 = (op: string, stage: string): string => {
    const all = (buckets.get(`${op}|${stage}`) ?? []).sort((a, b) => a[0] - b[0]);
    const total = all.at(-1)?.[1] ?? 0;
    const at = all.find(([, n]) => n >= 0.99 * total)?.[0];
    return at === undefined ? '-' : at === Infinity ? '>5000' : `≤${at * 1000}`;
  };
  const ops = [...new Set([...counts.keys()].map((k) => k.split('|')[0] as string))];
  return ops.map(
    (op) =>
      `    matching worker ${op.padEnd(10)} ${String(counts.get(`${op}|run`) ?? 0).padStart(8)} calls, mean (p99) wait ${mean(op, 'wait')} (${p99(op, 'wait')}) ms, run ${mean(op, 'run')} (${p99(op, 'run')}) ms, round trip ${mean(op, 'total')} (${p99(op, 'total')}) ms`,
  );
}

interface Row {
  database: string;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** --paced: requests the generator dispatched more than 10 ms after their due time. */
  late?: number;
  /** --paced: requests that waited for their caseworker to finish the previous one. */
  waited?: number;
  /** Match jobs waiting or running when the load stopped, and how long until none was left. */
  backlog?: number;
  drainSeconds?: number;
  /** CPU ms per request of the server, PostgreSQL, the generator and the rest of the machine. */
  cpu: CpuPerRequest;
}

/** Waits until the server's matching index is built (a search before that waits, then answers 503). */
async function matchingIndexBuilt(url: string): Promise<void> {
  const started = performance.now();
  for (;;) {
    const body = (await (await fetch(`${url}/api/v1/ready`)).json()) as { matching?: { state?: string; persons?: number } };
    if (body.matching?.state === 'ready') {
      log(`    matching index of ${body.matching.persons} persons built in ${((performance.now() - started) / 1000).toFixed(1)} s after the server was ready`);
      return;
    }
    if (performance.now() - started > 300_000) throw new Error(`the matching index was not built within 300 s: ${JSON.stringify(body.matching)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

type CpuPerRequest = { server: number; database: number; generator: number; other: number; busyShare: number };

/**
 * CPU used during the measured window, per request: the serving processes (with their threads and workers),
 * PostgreSQL's processes, this load generator, and the rest of the machine (other work on a shared machine).
 */
async function cpuMeter(serverPids: readonly number[], postgresUrl: string | undefined): Promise<{ perRequest(requests: number): CpuPerRequest }> {
  const postgres = postgresUrl ? await postmasterPid(postgresUrl) : undefined;
  const snapshot = () => ({
    server: serverPids.reduce((sum, pid) => sum + treeCpuMs(pid), 0),
    database: postgres === undefined ? 0 : treeCpuMs(postgres),
    generator: ((usage) => (usage.user + usage.system) / 1000)(process.cpuUsage()), // this process only: the servers are its children
    machine: machineCpuMs(),
  });
  const before = snapshot();
  return {
    perRequest(requests) {
      const after = snapshot();
      const server = after.server - before.server;
      const database = after.database - before.database;
      const generator = after.generator - before.generator;
      const busy = after.machine.busy - before.machine.busy;
      const idle = after.machine.idle - before.machine.idle;
      const per = (ms: number) => ms / Math.max(1, requests);
      return { server: per(server), database: per(database), generator: per(generator), other: per(Math.max(0, busy - server - database - generator)), busyShare: busy / Math.max(1, busy + idle) };
    },
  };
}

/** Background matching deferred during the load: the match queue when the load stopped, then polled until empty (at most 300 s). */
async function drainMatching(urls: string[]): Promise<{ atEnd: number; seconds: number | undefined }> {
  const depth = async (): Promise<number> => {
    let total = 0;
    for (const url of urls) total += Number(/^kinlink_match_queue_depth (\d+)/m.exec(await (await fetch(`${url}/metrics`)).text())?.[1] ?? 0);
    return total;
  };
  const started = performance.now();
  const atEnd = await depth();
  for (let left = atEnd; left > 0; left = await depth()) {
    if (performance.now() - started > 300_000) return { atEnd, seconds: undefined };
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return { atEnd, seconds: (performance.now() - started) / 1000 };
}

async function benchOne(database: 'sqlite' | 'postgres'): Promise<Row> {
  const processes = database === 'sqlite' ? 1 : processesWanted;
  log(`${database}: preparing ${cases} cases, ${connections} caseworkers, ${processes} server process(es)`);
  const target = database === 'sqlite' ? await sqliteTarget() : await postgresTarget();
  const servers: KinlinkProcess[] = [];
  try {
    const caseIds = (await target.db.selectFrom('cases').select('id').execute()).map((r) => r.id);
    const workerEnv: Record<string, string> = database === 'postgres' && workers > 1 ? { KINLINK_WORKERS: String(workers) } : {};
    for (let i = 0; i < processes; i++) servers.push(await startKinlink({ ...target.env, ...workerEnv, KINLINK_LOG_LEVEL: 'warn', KINLINK_JOBS: flags.jobs }));
    const cookies = await signInAll(servers[0]!.url);
    const urls = servers.map((s) => s.url);
    for (const url of urls) await matchingIndexBuilt(url);
    const requestsFor = (): autocannon.Request[] => caseworkerCycle(cookies, caseIds);
    const measure = async (seconds: number): Promise<Measured & Partial<PacedResult>> =>
      paced > 0 ? runPacedCycle(urls, cookies, caseIds, seconds) : run(urls, requestsFor, seconds);
    if (warmup > 0) await measure(warmup);
    log(`${database}: ${duration} s of load`);
    const cpu = await cpuMeter(servers.map((s) => s.pid), target.postgresUrl);
    const result = await measure(duration);
    const used = cpu.perRequest(result.latencies.length);
    log(`    CPU ms per request: server ${used.server.toFixed(2)}, PostgreSQL ${used.database.toFixed(2)}, load generator ${used.generator.toFixed(2)}, other processes ${used.other.toFixed(2)}; machine ${(used.busyShare * 100).toFixed(0)} % busy`);
    for (const line of await perRoute(urls)) log(line);
    const backlog = flags.jobs === 'false' ? undefined : await drainMatching(urls);
    if (backlog) log(`    match jobs queued when the load stopped: ${backlog.atEnd}; all done ${backlog.seconds === undefined ? 'not within 300' : backlog.seconds.toFixed(0)} s later`);
    if (result.non2xx > 0) {
      log(`  non-2xx answers by status: ${JSON.stringify(result.statuses)}`);
      for (const server of servers) log(server.output().split('\n').filter((l) => l.includes('"level":50') || l.includes('"level":40')).slice(-3).join('\n'));
    }
    const sorted = result.latencies.sort((a, b) => a - b);
    return {
      database: `${database}${processes > 1 ? `×${processes}` : ''}${database === 'postgres' && workers > 1 ? ` w${workers}` : ''}`,
      rps: sorted.length / result.seconds, p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN,
      requests: sorted.length, non2xx: result.non2xx, errors: result.errors, late: result.late, waited: result.waited,
      backlog: backlog?.atEnd, drainSeconds: backlog?.seconds, cpu: used,
    };
  } finally {
    for (const server of servers) await server.kill('SIGTERM');
    await target.close();
  }
}

const rows: Row[] = [];
for (const database of databases) rows.push(await benchOne(database));
console.log(`\nkinlink load: ${connections} caseworkers${paced > 0 ? ` with ${paced} requests/s due evenly (open loop, latency from the due time)` : rate > 0 ? ` offering ${rate} requests/s` : ' without think time'}, ${duration} s, ${cases} cases, ${processesWanted} server process(es) on PostgreSQL, background jobs ${flags.jobs === 'false' ? 'off' : 'on'}, cycle of 7 reads + 3 writes (list, open, name search, save, matches of a case, timeline, note, new case)${omitted.size ? ` without ${[...omitted].join(', ')}` : ''}`);
console.log(`database   req/s   p50 ms  p90 ms  p99 ms  max ms  requests  non-2xx  errors${paced > 0 ? '  late>10ms  waited' : ''}  match backlog  drained s  cpu ms/req server+db+gen+other  busy`);
for (const r of rows) {
  console.log(
    `${r.database.padEnd(9)} ${r.rps.toFixed(0).padStart(6)} ${r.p50.toFixed(0).padStart(7)} ${r.p90.toFixed(0).padStart(7)} ${r.p99.toFixed(0).padStart(7)} ${r.max.toFixed(0).padStart(7)} ${String(r.requests).padStart(9)} ${String(r.non2xx).padStart(8)} ${String(r.errors).padStart(7)}${paced > 0 ? ` ${String(r.late).padStart(10)} ${String(r.waited).padStart(7)}` : ''} ${String(r.backlog ?? '-').padStart(14)} ${(r.drainSeconds === undefined ? '-' : r.drainSeconds.toFixed(0)).padStart(10)} ${[r.cpu.server, r.cpu.database, r.cpu.generator, r.cpu.other].map((ms) => ms.toFixed(2)).join('+').padStart(33)} ${`${(r.cpu.busyShare * 100).toFixed(0)} %`.padStart(5)}`,
  );
}
if (rows.length === 2) console.log(`PostgreSQL / SQLite throughput: ${(rows[1]!.rps / rows[0]!.rps).toFixed(2)}×`);
