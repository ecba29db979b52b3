/**
 * CPU time per request, in process: the load benchmark's routes driven one at a time through `app.inject`
 * against a copy of the cached bench seed (SQLite) or a throwaway PostgreSQL loaded from it. No network, no
 * concurrency: what each request costs the serving process (process.cpuUsage, user + system).
 *
 *   npx tsx packages/server/bench/route-cpu.ts                       # SQLite, 100,000 cases, 300 rounds
 *   npx tsx packages/server/bench/route-cpu.ts --rounds 100 --cases 2000 --database postgres
 *   npx tsx packages/server/bench/route-cpu.ts --profile /tmp/routes.cpuprofile   # CPU profile of the requests
 *
 * On PostgreSQL it also gives the CPU of PostgreSQL's own processes per request (from /proc), connects over the
 * server's unix socket (`--tcp` for loopback TCP) and prepares repeated statements (`--unprepared` not).
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { fileLines } from './file-lines';
import inspector from 'node:inspector';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { KinlinkDb } from '@kinlink/store';
import { migrateToLatest, openDatabase, restoreDatabase } from '@kinlink/store';
import { startThrowawayPostgres } from '@kinlink/store/testing';
import { buildServer } from '../src/app';
import { loadConfig } from '../src/config';
import { postmasterPid, treeCpuMs } from './process-cpu';
import { BENCH_PASSWORD, person, prng, tracingCase } from './seed';
import { seededDumpFile, seededSqliteFile } from './seed-cache';

const { values: flags } = parseArgs({
  options: {
    rounds: { type: 'string', default: '300' },
    cases: { type: 'string', default: '100000' },
    database: { type: 'string', default: 'sqlite' },
    routes: { type: 'string', default: '' },
    /** Instead of one route at a time: this many callers repeat the load mix (without search) for --seconds. */
    concurrency: { type: 'string', default: '0' },
    seconds: { type: 'string', default: '10' },
    /** Write a CPU profile of the measured requests only (not the set-up) to this file (.cpuprofile). */
    profile: { type: 'string' },
    /** PostgreSQL over loopback TCP instead of its unix socket. */
    tcp: { type: 'boolean', default: false },
    /** PostgreSQL without prepared statements (KINLINK_DATABASE_PREPARED_STATEMENTS=false), for comparison. */
    unprepared: { type: 'boolean', default: false },
  },
});
const concurrency = Number(flags.concurrency);
const rounds = Number(flags.rounds);
const cases = Number(flags.cases);
const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function openTarget(): Promise<{ db: KinlinkDb; url?: string; close: () => Promise<void> }> {
  if (flags.database === 'postgres') {
    const dump = await seededDumpFile(cases, 50, log);
    const server = await startThrowawayPostgres();
    const url = flags.tcp ? server.url : server.socketUrl;
    const db = openDatabase({ url, preparedStatements: !flags.unprepared });
    await migrateToLatest(db);
    await restoreDatabase(db, fileLines(dump));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('analyze');
    await client.end();
    return { db, url, close: async () => { await db.destroy(); await server.stop(); } };
  }
  const seed = await seededSqliteFile(cases, 50, log);
  const dir = mkdtempSync(path.join(tmpdir(), 'kinlink-route-cpu-'));
  copyFileSync(seed, path.join(dir, 'kinlink.db'));
  const db = openDatabase({ url: `sqlite:${path.join(dir, 'kinlink.db')}`, backgroundCheckpoints: true });
  return { db, close: async () => { await db.destroy(); rmSync(dir, { recursive: true, force: true }); } };
}

/** What a caseworker types into the search (as in load.ts): a given and a family name. */
function searchFor(random: () => number): { givenName: string; familyName: string } {
  const names = person(random).names as { given: { value: string }[]; family: { value: string }[] };
  return { givenName: names.given[0]!.value, familyName: names.family[0]!.value };
}

let postmaster: number | undefined;

/** CPU ms so far of the PostgreSQL server's processes (the postmaster and its backends and writers). */
async function postgresCpuMs(url: string): Promise<number> {
  postmaster ??= await postmasterPid(url);
  return treeCpuMs(postmaster);
}

function post(session: inspector.Session, method: string): Promise<unknown> {
  return new Promise((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
}

const { db, url: postgresUrl, close } = await openTarget();
const app = await buildServer({ config: loadConfig({ KINLINK_DATA_DIR: tmpdir() }), db, logLevel: 'silent' });
try {
  const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: 'officer0@bench.kinlink', password: BENCH_PASSWORD } });
  if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.statusCode} ${login.body}`);
  const cookie = String(login.headers['set-cookie']).split(';')[0] as string;
  const caseIds = (await db.selectFrom('cases').select('id').limit(5000).execute()).map((r) => r.id);
  const random = prng(7);
  const anyCase = (): string => encodeURIComponent(caseIds[Math.floor(random() * caseIds.length)] as string);
  type Call = { method: 'GET' | 'POST' | 'PATCH'; url: () => string; body?: () => unknown };
  const routes: Record<string, Call> = {
    health: { method: 'GET', url: () => '/api/v1/health' },
    list: { method: 'GET', url: () => '/api/v1/cases?limit=20' },
    open: { method: 'GET', url: () => `/api/v1/cases/${anyCase()}` },
    timeline: { method: 'GET', url: () => `/api/v1/cases/${anyCase()}/timeline` },
    matches: { method: 'GET', url: () => `/api/v1/cases/${anyCase()}/matches` },
    save: { method: 'PATCH', url: () => `/api/v1/cases/${anyCase()}`, body: () => ({ lastNews: { date: '2026-11', content: 'Spoke with the enquirer by phone.', source: 'enquirer' } }) },
    note: { method: 'POST', url: () => `/api/v1/cases/${anyCase()}/timeline`, body: () => ({ kind: 'note', text: 'Called the Red Cross of Serbia.' }) },
    create: { method: 'POST', url: () => '/api/v1/cases', body: () => tracingCase(random) },
    search: { method: 'POST', url: () => '/api/v1/search', body: () => ({ ...searchFor(random), top: 10 }) },
  };
  const chosen = flags.routes ? flags.routes.split(',') : Object.keys(routes);
  const inject = async (call: Call) => {
    const res = await app.inject({ method: call.method, url: call.url(), headers: { cookie }, ...(call.body ? { payload: call.body() as object } : {}) });
    if (res.statusCode >= 300) throw new Error(`${call.method} ${call.url()}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  };
  if (chosen.includes('search')) {
    // The matching index is built in the background on first use: wait until the search answers.
    for (let ready = false; !ready; ) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/search', headers: { cookie }, payload: { givenName: 'Ali', familyName: 'Haddad' } });
      ready = res.statusCode === 200;
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
  for (const name of chosen) for (let i = 0; i < 30; i++) await inject(routes[name] as Call); // warm-up
  const profiler = flags.profile ? new inspector.Session() : undefined;
  if (profiler) {
    profiler.connect();
    await post(profiler, 'Profiler.enable');
    await post(profiler, 'Profiler.start');
  }
  if (concurrency > 0) await runConcurrently();
  else console.log(`route CPU per request, ${flags.database}, ${cases} cases, ${rounds} requests each (app.inject, sequential)\nroute       cpu ms   wall ms${postgresUrl ? '  postgres cpu ms' : ''}`);
  for (const name of concurrency > 0 ? [] : chosen) {
    const call = routes[name] as Call;
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const postgresBefore = postgresUrl ? await postgresCpuMs(postgresUrl) : 0;
    for (let i = 0; i < rounds; i++) await inject(call);
    const used = process.cpuUsage(cpu);
    const wall = Number(process.hrtime.bigint() - started) / 1e6;
    const postgres = postgresUrl ? ` ${(((await postgresCpuMs(postgresUrl)) - postgresBefore) / rounds).toFixed(2).padStart(16)}` : '';
    console.log(`${name.padEnd(10)} ${((used.user + used.system) / 1000 / rounds).toFixed(2).padStart(7)} ${(wall / rounds).toFixed(2).padStart(9)}${postgres}`);
  }

  /** The load mix (as load.ts, without search) from `concurrency` callers at once; PostgreSQL wait events sampled meanwhile. */
  async function runConcurrently(): Promise<void> {
    const cycle = ['list', 'open', 'open', 'save', 'matches', 'timeline', 'open', 'note', 'create'].map((name) => routes[name] as Call);
    const until = Date.now() + Number(flags.seconds) * 1000;
    let done = 0;
    const waits = new Map<string, number>();
    const sampler = postgresUrl ? new pg.Client({ connectionString: postgresUrl }) : undefined;
    await sampler?.connect();
    const sampling = (async () => {
      while (sampler && Date.now() < until) {
        const { rows } = await sampler.query<{ w: string; n: number }>(
          "select coalesce(wait_event_type || ':' || wait_event, state) as w, count(*)::int as n from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid() group by 1",
        );
        for (const r of rows) waits.set(r.w, (waits.get(r.w) ?? 0) + r.n);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const cpu = process.cpuUsage();
    const postgresBefore = postgresUrl ? await postgresCpuMs(postgresUrl) : 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: concurrency }, async (_, worker) => {
        for (let i = worker; Date.now() < until; i++, done++) await inject(cycle[i % cycle.length] as Call);
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const postgres = postgresUrl ? `, ${(((await postgresCpuMs(postgresUrl)) - postgresBefore) / done).toFixed(2)} ms in PostgreSQL's processes` : '';
    await sampling;
    await sampler?.end();
    console.log(`${concurrency} callers: ${(done / seconds).toFixed(0)} req/s, ${((used.user + used.system) / 1000 / done).toFixed(2)} ms CPU each in this process${postgres}`);
    for (const [w, n] of [...waits].sort((a, b) => b[1] - a[1])) console.log(`  ${w.padEnd(40)} ${n}`);
  }
  if (profiler && flags.profile) {
    const { profile } = (await post(profiler, 'Profiler.stop')) as { profile: unknown };
    writeFileSync(flags.profile, JSON.stringify(profile));
    profiler.disconnect();
  }
} finally {
  await app.close();
  await close();
}
