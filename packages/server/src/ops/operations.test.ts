import { randomBytes } from 'node:crypto';
import { MIGRATION_NAMES, createCase, enqueueJob, migrateToLatest, openDatabase, recordPotentialMatch } from '@kinlink/store';
import { caseInput, createTestDatabase, forEachDialect, makeOrganisation } from '@kinlink/store/testing';
import { expect, it } from 'vitest';
import { buildServer } from '../app';
import { loadConfig } from '../config';
import { Lifecycle } from './lifecycle';
import { checkReadiness, MigrationsSeen } from './readiness';
import { ServerMetrics } from './metrics';

/** The value of one sample line of the Prometheus text format, e.g. `kinlink_jobs{status="queued"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

forEachDialect((ctx) => {
  const server = (operations: Parameters<typeof buildServer>[0]['operations'] = {}, db = ctx.db) =>
    buildServer({ config: loadConfig({}), db, logLevel: 'silent', operations });

  it('is ready when the database is reachable and migrated, and says so in OpenAPI', async () => {
    const app = await server();
    const res = await app.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ready',
      checks: { database: { reachable: true }, migrations: { current: true, pending: [] }, shuttingDown: false },
      // A server that never listened has not started building its matching index.
      matching: { state: 'idle', persons: 0 },
    });
    const spec = (await app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(spec.paths)).toContain('/api/v1/ready');
    expect(Object.keys(spec.paths)).not.toContain('/metrics');
    await app.close();
  });

  it('is not ready while shutting down', async () => {
    const lifecycle = new Lifecycle();
    const app = await server({ lifecycle });
    lifecycle.beginShutdown();
    const res = await app.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'not-ready', checks: { shuttingDown: true, database: { reachable: true } } });
    await app.close();
  });

  it('is not ready on a database with pending migrations, and names them', async () => {
    const fresh = await createTestDatabase(ctx.dialect, { migrate: false });
    try {
      const app = await server({}, fresh.db);
      const res = await app.inject({ method: 'GET', url: '/api/v1/ready' });
      expect(res.statusCode).toBe(503);
      expect(res.json().checks.migrations).toEqual({ current: false, pending: [...MIGRATION_NAMES] });
      // Liveness stays separate from readiness.
      expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
      // Not being current is never remembered: once migrated, the same process is ready.
      await migrateToLatest(fresh.db);
      expect((await app.inject({ method: 'GET', url: '/api/v1/ready' })).statusCode).toBe(200);
      await app.close();
    } finally {
      await fresh.drop();
    }
  });

  it('exports request counts by route template and status, latencies, and the queues', async () => {
    const metrics = new ServerMetrics({ processMetrics: false });
    const app = await server({ metrics });
    for (let i = 0; i < 3; i++) await app.inject({ method: 'GET', url: '/api/v1/health' });
    await app.inject({ method: 'GET', url: '/api/v1/no/such/thing?name=Mohammed' });
    const matchType = `match.case.${randomBytes(2).toString('hex')}`;
    await enqueueJob(ctx.db, { type: matchType, payload: {} });
    await enqueueJob(ctx.db, { type: matchType, payload: {} });
    const before = sample((await app.inject({ method: 'GET', url: '/metrics' })).body, 'kinlink_matches_awaiting_review') ?? NaN;
    const org = await makeOrganisation(ctx.db);
    const family = await createCase(ctx.db, { organisationId: org.id, case: caseInput() });
    const other = await createCase(ctx.db, { organisationId: org.id, case: caseInput() });
    await recordPotentialMatch(ctx.db, {
      kind: 'reciprocal', personIds: [family.sought[0]!.person.id, other.enquirer.id], caseIds: [family.id, other.id],
      probability: 0.93, matchWeight: 11.2, explanation: [], modelVersion: 'test', fingerprint: 'f1',
    });
    const res = await app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.body;
    expect(sample(text, 'kinlink_http_requests_total{method="GET",route="/api/v1/health",status="200"}')).toBe(3);
    expect(sample(text, 'kinlink_http_requests_total{method="GET",route="unmatched",status="404"}')).toBe(1);
    expect(sample(text, 'kinlink_http_request_duration_seconds_count{method="GET",route="/api/v1/health"}')).toBe(3);
    expect(text).not.toContain('Mohammed');
    expect(sample(text, 'kinlink_jobs{status="queued"}')).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'kinlink_match_queue_depth')).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'kinlink_matches_awaiting_review')).toBe(before + 1);
    expect(text).toContain('# TYPE kinlink_jobs_processed_total counter');
    expect(text).toContain('# TYPE kinlink_jobs_dead_total counter');
    await app.close();
  });

  it('asks for the bearer token when one is configured', async () => {
    const app = await server({ metrics: new ServerMetrics({ processMetrics: false }), metricsToken: 's3cret-token' });
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong' } })).statusCode).toBe(401);
    const ok = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer s3cret-token' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('kinlink_http_requests_total');
    await app.close();
  });
});

// SQLite is an embedded file: once open it cannot become unreachable the way a database server can.
forEachDialect(() => {
  it('is not ready when the database cannot be reached', async () => {
    const unreachable = openDatabase({ url: 'postgres://postgres:hunter2@127.0.0.1:1/nowhere', poolSize: 1 });
    const app = await buildServer({ config: loadConfig({}), db: unreachable, logLevel: 'silent' });
    const res = await app.inject({ method: 'GET', url: '/api/v1/ready' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'not-ready', checks: { database: { reachable: false, error: 'ECONNREFUSED' } } });
    expect(res.body).not.toContain('hunter2');
    await app.close();
    await unreachable.destroy();
  });

  it('still checks the database on every readiness check once migrations were seen current', async () => {
    const unreachable = openDatabase({ url: 'postgres://postgres@127.0.0.1:1/nowhere', poolSize: 1 });
    const seen = new MigrationsSeen();
    seen.current = true;
    const body = await checkReadiness(unreachable, new Lifecycle(), 2_000, seen);
    expect(body).toMatchObject({ status: 'not-ready', checks: { database: { reachable: false } } });
    await unreachable.destroy();
  });
}, { dialects: ['postgres'] });
