import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { KinlinkDb } from '@kinlink/store';
import { Lifecycle } from './lifecycle';
import { ServerMetrics } from './metrics';
import { sharedMatchingService } from '../matching/matching-service';
import { readinessRoutes } from './readiness';

export interface OperationsOptions {
  db: KinlinkDb;
  /** Shared with the job worker so its counters appear at /metrics (default: a fresh set). */
  metrics?: ServerMetrics;
  /** Shared with the shutdown handler so readiness turns 503 while draining (default: a fresh one). */
  lifecycle?: Lifecycle;
  /** When set, `/metrics` requires `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** Where the API lives (`/api/v1`). */
  apiPrefix: string;
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

function bearerMatches(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization ?? '';
  const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  return timingSafeEqual(digest(given), digest(token));
}

/** Readiness at `<api>/ready`, Prometheus metrics at `/metrics`, request counting on every route. */
export async function registerOperations(app: FastifyInstance, options: OperationsOptions): Promise<void> {
  // Process metrics (event-loop monitor) only when the caller asks: test servers come and go by the hundred.
  const metrics = options.metrics ?? new ServerMetrics({ processMetrics: false });
  const lifecycle = options.lifecycle ?? new Lifecycle();
  metrics.instrument(app);
  // While draining, answers close their connection: keep-alive clients reconnect to another process.
  app.addHook('onSend', async (_request, reply) => {
    if (lifecycle.shuttingDown) reply.header('connection', 'close');
  });
  metrics.watchQueue(options.db);
  sharedMatchingService(options.db).observeTimings(metrics.matchingTimings());

  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (options.metricsToken && !bearerMatches(request, options.metricsToken)) {
      return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized', message: 'metrics need the configured bearer token' });
    }
    const text = await metrics.registry.metrics();
    return reply.header('content-type', metrics.registry.contentType).send(text);
  });
  await app.register(readinessRoutes, { prefix: options.apiPrefix, db: options.db, lifecycle, matching: () => sharedMatchingService(options.db).status() });
}
