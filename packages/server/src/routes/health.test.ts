import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { expect, it } from 'vitest';
import { healthRoutes } from './health';

it('reports 503 "degraded" when the database cannot be reached', async () => {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(healthRoutes, {
    version: 'test',
    dialect: 'postgres',
    pingDatabase: async () => {
      throw new Error('connection refused');
    },
  });
  const res = await app.inject({ method: 'GET', url: '/health' });
  expect(res.statusCode).toBe(503);
  expect(res.json()).toMatchObject({ status: 'degraded', database: { dialect: 'postgres', reachable: false } });
});
