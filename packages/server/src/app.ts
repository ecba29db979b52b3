import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ServerConfig } from './config';
import { loggerOptions } from './logger';
import { registerErrorHandling } from './plugins/errors';
import { API_PREFIX, registerOpenApi } from './plugins/openapi';
import { hasWebBuild, registerWebApp } from './plugins/web';
import { healthRoutes } from './routes/health';
import { SERVER_VERSION } from './version';

export interface BuildServerOptions {
  config: ServerConfig;
  database: { dialect: 'sqlite' | 'postgres'; ping: () => Promise<boolean> };
  /** Overrides the log level from the configuration (tests pass 'silent'). */
  logLevel?: string;
}

/** Builds the whole HTTP application without listening; tests drive it with `app.inject`. */
export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? config.logLevel),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const spa = hasWebBuild(config.webDir);
  registerErrorHandling(app, { spa });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    if (request.url.startsWith(API_PREFIX)) reply.header('cache-control', 'no-store');
  });

  await app.register(cookie);
  await registerOpenApi(app, SERVER_VERSION);

  await app.register(
    async (api) => {
      await api.register(healthRoutes, {
        version: SERVER_VERSION,
        dialect: options.database.dialect,
        pingDatabase: options.database.ping,
      });
    },
    { prefix: API_PREFIX },
  );

  if (spa) await registerWebApp(app, config.webDir as string);
  return app;
}
