import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { KinlinkDb } from '@kinlink/store';
import { migrationStatus, pingDatabase } from '@kinlink/store';
import type { Lifecycle } from './lifecycle';

export const ReadyResponse = z.object({
  status: z.enum(['ready', 'not-ready']),
  checks: z.object({
    database: z.object({ reachable: z.boolean(), error: z.string().optional() }),
    migrations: z.object({ current: z.boolean(), pending: z.array(z.string()) }),
    shuttingDown: z.boolean(),
  }),
  /** The matching index of this process, for operators: a building index does not make the process unready. */
  matching: z.object({ state: z.enum(['idle', 'building', 'ready', 'failed', 'closed']), persons: z.number().int(), error: z.string().optional() }).optional(),
});
export type ReadyResponse = z.infer<typeof ReadyResponse>;

/** A check that hangs (a database that accepts connections but never answers) counts as a failure. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Remembers that the schema reached the latest migration: this version's migrations never go back, so
 * once current it stays current, and later checks only need to reach the database.
 */
export class MigrationsSeen {
  current = false;
}

/** Whether this process should receive traffic: database reachable, schema at the latest migration, not shutting down. */
export async function checkReadiness(db: KinlinkDb, lifecycle: Lifecycle, timeoutMs = 2_000, seen = new MigrationsSeen()): Promise<ReadyResponse> {
  let database: ReadyResponse['checks']['database'] = { reachable: true };
  let migrations: ReadyResponse['checks']['migrations'] = { current: false, pending: [] };
  try {
    if (seen.current) {
      await within(timeoutMs, pingDatabase(db));
      migrations = { current: true, pending: [] };
    } else {
      const status = await within(timeoutMs, migrationStatus(db));
      migrations = { current: status.current, pending: status.pending };
      seen.current = status.current;
    }
  } catch (error) {
    // No connection details in the answer: the URL may carry a password.
    const code = (error as { code?: unknown }).code;
    database = { reachable: false, error: typeof code === 'string' ? code : error instanceof Error ? error.message.slice(0, 200) : 'unreachable' };
  }
  const shuttingDown = lifecycle.shuttingDown;
  const ready = database.reachable && migrations.current && !shuttingDown;
  return { status: ready ? 'ready' : 'not-ready', checks: { database, migrations, shuttingDown } };
}

export interface ReadinessRouteOptions {
  db: KinlinkDb;
  lifecycle: Lifecycle;
  /** The state of this process's matching index, reported beside the checks. */
  matching?: () => NonNullable<ReadyResponse['matching']>;
}

/** `GET /ready` (under /api/v1): 200 when the process can serve, 503 otherwise. No authentication, no personal data. */
export const readinessRoutes: FastifyPluginAsyncZod<ReadinessRouteOptions> = async (app, options) => {
  const seen = new MigrationsSeen();
  app.get(
    '/ready',
    {
      schema: {
        tags: ['system'],
        summary: 'Readiness: database reachable, migrations current, not shutting down (and the matching index state, which does not decide readiness)',
        security: [],
        response: { 200: ReadyResponse, 503: ReadyResponse },
      },
    },
    async (_request, reply) => {
      const body = await checkReadiness(options.db, options.lifecycle, undefined, seen);
      if (options.matching) body.matching = options.matching();
      return reply.code(body.status === 'ready' ? 200 : 503).send(body);
    },
  );
};
