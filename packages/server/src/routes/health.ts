import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

export const HealthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: z.object({ dialect: z.enum(['sqlite', 'postgres']), reachable: z.boolean() }),
  time: z.string(),
});

export interface HealthRouteOptions {
  version: string;
  dialect: 'sqlite' | 'postgres';
  pingDatabase: () => Promise<boolean>;
}

/** Public liveness and readiness: no personal data, no authentication. */
export const healthRoutes: FastifyPluginAsyncZod<HealthRouteOptions> = async (app, options) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database reachability',
        security: [],
        response: { 200: HealthResponse, 503: HealthResponse },
      },
    },
    async (_request, reply) => {
      const reachable = await options.pingDatabase().catch(() => false);
      const body = {
        status: reachable ? ('ok' as const) : ('degraded' as const),
        version: options.version,
        database: { dialect: options.dialect, reachable },
        time: new Date().toISOString(),
      };
      return reply.code(reachable ? 200 : 503).send(body);
    },
  );
};
