import type { FastifyInstance } from 'fastify';
import type { KinlinkDb } from '@kinlink/store';
import { buildServer } from '../app';
import type { ServerConfig } from '../config';
import { JobHandlers } from '../jobs/handlers';
import type { JobEvents } from '../jobs/worker';
import { JobWorker } from '../jobs/worker';
import { closeSharedMatchingService, sharedMatchingService } from '../matching/matching-service';
import { Lifecycle } from './lifecycle';
import { ServerMetrics } from './metrics';
import type { OperationsSettings } from './settings';
import { loadOperationsSettings } from './settings';

export interface ServiceOptions {
  config: ServerConfig;
  /** An open, migrated database; the service closes it when it stops. */
  db: KinlinkDb;
  settings?: OperationsSettings;
  /** Background job handlers by type; the worker claims only these types. */
  handlers?: JobHandlers;
  /** Adds to the app before it listens (e.g. federation routes). */
  extend?: (app: FastifyInstance) => Promise<void> | void;
}

export interface RunningService {
  app: FastifyInstance;
  worker: JobWorker | undefined;
  /** The port actually listened on (config.port may be 0). */
  port: number;
  /**
   * Graceful stop: readiness turns 503, the listener closes, in-flight requests finish, running jobs get
   * the grace period and the rest are released to other processes, then the database closes.
   */
  stop(): Promise<void>;
}

function workerLogEvents(app: FastifyInstance, metrics: ServerMetrics): JobEvents {
  const counters = metrics.jobEvents();
  return {
    completed(job, ms) {
      counters.completed?.(job, ms);
      app.log.debug({ jobId: job.id, jobType: job.type, ms: Math.round(ms) }, 'job done');
    },
    failed(job, error, dead) {
      counters.failed?.(job, error, dead);
      const reason = error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : 'non-error thrown';
      app.log.warn({ jobId: job.id, jobType: job.type, attempts: job.attempts, dead, reason }, dead ? 'job dead after its last attempt' : 'job attempt failed; retrying later');
    },
    trouble(error, during) {
      const code = (error as { code?: unknown }).code;
      app.log.warn({ during, code: typeof code === 'string' ? code : undefined, reason: error instanceof Error ? error.message.slice(0, 300) : String(error) }, 'job queue trouble');
    },
  };
}

/** Builds the server with its operational parts, starts listening and the job worker. */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { config, db } = options;
  const settings = options.settings ?? loadOperationsSettings({});
  const metrics = new ServerMetrics();
  const lifecycle = new Lifecycle();
  const app = await buildServer({ config, db, operations: { metrics, lifecycle, metricsToken: settings.metricsToken } });
  await options.extend?.(app);
  sharedMatchingService(db).configure({ backgroundShare: settings.matchBackgroundPercent / 100 });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = address && typeof address === 'object' ? address.port : config.port;

  const handlers = options.handlers ?? new JobHandlers();
  const worker =
    settings.jobs && handlers.types().length > 0
      ? new JobWorker({
          db,
          handlers,
          concurrency: settings.jobConcurrency,
          pollIntervalMs: settings.jobPollMs,
          leaseMs: settings.jobLeaseSeconds * 1000,
          backoff: { baseMs: settings.jobRetryBaseMs },
          events: workerLogEvents(app, metrics),
        })
      : undefined;
  worker?.start();

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      lifecycle.beginShutdown();
      const graceMs = settings.shutdownGraceSeconds * 1000;
      // Connections that turn idle after the listener closed (keep-alive) would hold close() open: sweep them.
      const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
      try {
        const [, jobs] = await Promise.all([app.close(), worker?.stop({ graceMs })]);
        if (jobs && jobs.released > 0) app.log.info({ released: jobs.released }, 'unfinished jobs released to other processes');
      } finally {
        clearInterval(sweep);
        // After the jobs: a running matching job still needs the index's worker thread.
        await closeSharedMatchingService(db).catch(() => {});
        await db.destroy();
      }
    })();
    return stopping;
  };
  return { app, worker, port, stop };
}
