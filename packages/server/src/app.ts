import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { createFieldCipher, dialectOf, pingDatabase, plainFieldStore, type KinlinkDb } from '@kinlink/store';
import { AuthStore } from './auth/auth-store';
import { SignIn } from './auth/sign-in';
import { LoginThrottle } from './auth/throttle';
import type { ServerConfig } from './config';
import type { ServerContext } from './context';
import { projectingSerializerCompiler } from './http/response-serializer';
import { auditAlone } from './http/unit-of-work';
import { registerAuth } from './plugins/auth';
import { apiTokenRoutes } from './routes/api-tokens';
import { authRoutes } from './routes/auth';
import { caseRoutes } from './routes/cases';
import { auditRoutes } from './routes/audit';
import { personRoutes } from './routes/persons';
import { registrationRoutes } from './routes/registrations';
import { transferRoutes } from './routes/transfers';
import { organisationRoutes } from './routes/organisations';
import { siteRoutes } from './routes/sites';
import { userRoutes } from './routes/users';
import { loggerOptions } from './logger';
import { registerErrorHandling } from './plugins/errors';
import { API_PREFIX, registerOpenApi } from './plugins/openapi';
import { hasWebBuild, registerWebApp } from './plugins/web';
import { healthRoutes } from './routes/health';
import { matchRoutes } from './matching/match-routes';
import { registerOperations, type OperationsOptions } from './ops/operations';
import { SERVER_VERSION } from './version';

export interface BuildServerOptions {
  config: ServerConfig;
  /** An open, migrated database (see @kinlink/store openDatabase/migrateToLatest); the caller closes it. */
  db: KinlinkDb;
  /** The clock; tests move it to check expiry and lockout. */
  now?: () => Date;
  /** Overrides the log level from the configuration (tests pass 'silent'). */
  logLevel?: string;
  /** Metrics, readiness and shutdown state shared with the job worker (see ops/service.ts); defaults are fresh. */
  operations?: Omit<OperationsOptions, 'db' | 'apiPrefix'>;
  /**
   * Also serialize every response the slow way (zod parse) and fail on any difference from the fast
   * projection. Default: on under vitest, off otherwise.
   */
  verifyResponses?: boolean;
}

/** Builds the whole HTTP application without listening; tests drive it with `app.inject`. */
export async function buildServer(options: BuildServerOptions): Promise<FastifyInstance> {
  const { config, db } = options;
  const now = options.now ?? (() => new Date());
  const ctx = createContext(config, db, now);
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? config.logLevel),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // Responses are projected onto their schema, not re-validated; tests (verifyResponses) check both agree.
  app.setSerializerCompiler(projectingSerializerCompiler({ verify: options.verifyResponses ?? process.env.VITEST !== undefined }));

  const spa = hasWebBuild(config.webDir);
  registerErrorHandling(app, { spa });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    if (request.url.startsWith(API_PREFIX)) reply.header('cache-control', 'no-store');
  });

  await app.register(cookie);
  registerAuth(app, { store: ctx.auth, sessionTtlMs: config.sessionTtlMinutes * 60_000, now });
  await registerOpenApi(app, SERVER_VERSION);

  await app.register(
    async (api) => {
      await api.register(healthRoutes, {
        version: SERVER_VERSION,
        dialect: dialectOf(db),
        // Liveness: one trivial query, not the migration check (that is readiness, /ready).
        pingDatabase: async () => (await pingDatabase(db), true),
      });
      await api.register(authRoutes, { ctx });
      await api.register(apiTokenRoutes, { ctx });
      await api.register(organisationRoutes, { ctx });
      await api.register(siteRoutes, { ctx });
      await api.register(userRoutes, { ctx });
      await api.register(caseRoutes, { ctx });
      await api.register(personRoutes, { ctx });
      await api.register(registrationRoutes, { ctx });
      await api.register(transferRoutes, { ctx });
      await api.register(auditRoutes, { ctx });
      await api.register(matchRoutes, { ctx });
    },
    { prefix: API_PREFIX },
  );

  await registerOperations(app, { db, apiPrefix: API_PREFIX, ...options.operations });
  if (spa) await registerWebApp(app, config.webDir as string);
  return app;
}

function createContext(config: ServerConfig, db: KinlinkDb, now: () => Date): ServerContext {
  const minutes = (m: number) => m * 60_000;
  const clock = () => now().getTime();
  const auth = new AuthStore(db);
  const cipher = config.encryptionKey ? createFieldCipher(config.encryptionKey) : plainFieldStore;
  const window = { windowMs: minutes(config.loginWindowMinutes), lockoutMs: minutes(config.loginLockoutMinutes), now: clock };
  const signIn = new SignIn(
    auth,
    new LoginThrottle({ ...window, maxFailures: config.loginMaxFailures * 4 }),
    new LoginThrottle({ ...window, maxFailures: config.loginMaxFailures }),
    {
      maxFailures: config.loginMaxFailures,
      lockoutMs: minutes(config.loginLockoutMinutes),
      sessionTtlMs: minutes(config.sessionTtlMinutes),
      totpRequiredRoles: config.totpRequiredRoles,
    },
    now,
    (request, fact) => auditAlone(db, request, fact),
    cipher,
  );
  return { config, db, auth, signIn, now, cipher };
}
