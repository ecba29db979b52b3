import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const API_PREFIX = '/api/v1';

/**
 * OpenAPI 3.1 generated from the same zod schemas that validate requests, served at
 * /api/v1/openapi.json, and a browsable reference (swagger-ui, assets served locally) at /api/v1/docs.
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'kinlink API',
        version,
        description:
          'Case and tracing API of a Red Cross Tracing Service (Restoring Family Links). Sign in with ' +
          '`POST /api/v1/auth/login` (session cookie) or send an API token as `Authorization: Bearer …`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'kinlink_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: `${API_PREFIX}/docs`,
    uiConfig: { docExpansion: 'list', deepLinking: true },
    // Self-hosted assets only: the reference page works offline and loads nothing from the internet.
    staticCSP: true,
  });
  app.get(`${API_PREFIX}/openapi.json`, { schema: { hide: true } }, async () => app.swagger());
}
