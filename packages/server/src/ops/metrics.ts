import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Job, JobStatus, KinlinkDb } from '@kinlink/store';
import { JOB_STATUSES, countJobs, countMatchesAwaitingReview, jobQueueDepthByType } from '@kinlink/store';
import type { JobEvents } from '../jobs/worker';
import type { MatchTimingObserver } from '../matching/match-worker-client';

/** Job types whose queue is the match queue (candidates computed after a case or registration is saved). */
export const isMatchJobType = (type: string): boolean => type === 'match' || type.startsWith('match.') || type.startsWith('match:');

/**
 * The server's Prometheus metrics, in a registry of its own (several servers in one test process do not
 * share counters). Labels hold route templates and job types only — never a URL with an id or a name in it.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'kinlink_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status code',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'kinlink_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method and route template',
    labelNames: ['method', 'route'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly jobsProcessed = new Counter({
    name: 'kinlink_jobs_processed_total',
    help: 'Jobs this process completed, by type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });
  readonly jobsFailed = new Counter({
    name: 'kinlink_jobs_failed_total',
    help: 'Failed job attempts in this process (retried later or dead), by type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });
  readonly jobsDead = new Counter({
    name: 'kinlink_jobs_dead_total',
    help: 'Jobs this process moved to the dead-letter state after their last attempt, by type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });
  readonly jobDuration = new Histogram({
    name: 'kinlink_job_duration_seconds',
    help: 'Run time of completed jobs, by type',
    labelNames: ['type'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300],
    registers: [this.registry],
  });
  readonly matchingDuration = new Histogram({
    name: 'kinlink_matching_worker_seconds',
    help: "Calls to the matching worker thread by operation (search, candidates, add…): stage 'wait' queued in the worker, 'run' computing, 'total' the round trip from the API thread",
    labelNames: ['op', 'stage'] as const,
    buckets: [0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics !== false) collectDefaultMetrics({ register: this.registry, prefix: 'kinlink_' });
  }

  /** Queue gauges read from the database at scrape time (shared by every process on the database). */
  watchQueue(db: KinlinkDb): void {
    new Gauge({
      name: 'kinlink_jobs',
      help: 'Jobs in the database queue by status (all processes)',
      labelNames: ['status'] as const,
      registers: [this.registry],
      async collect() {
        const counts = await countJobs(db);
        for (const status of JOB_STATUSES) this.set({ status }, counts[status as JobStatus]);
      },
    });
    new Gauge({
      name: 'kinlink_match_queue_depth',
      help: 'Matching jobs waiting or running (all processes)',
      registers: [this.registry],
      async collect() {
        const byType = await jobQueueDepthByType(db);
        let depth = 0;
        for (const [type, counts] of Object.entries(byType)) if (isMatchJobType(type)) depth += counts.queued + counts.running;
        this.set(depth);
      },
    });
    new Gauge({
      name: 'kinlink_matches_awaiting_review',
      help: 'Potential matches waiting for a caseworker to confirm or reject them (all processes)',
      registers: [this.registry],
      async collect() {
        this.set(await countMatchesAwaitingReview(db));
      },
    });
  }

  /** Feeds the job counters from a worker. */
  jobEvents(): JobEvents {
    return {
      completed: (job: Job, ms: number) => {
        this.jobsProcessed.inc({ type: job.type });
        this.jobDuration.observe({ type: job.type }, ms / 1000);
      },
      failed: (job: Job, _error: unknown, dead: boolean) => {
        this.jobsFailed.inc({ type: job.type });
        if (dead) this.jobsDead.inc({ type: job.type });
      },
    };
  }

  /** Feeds the matching worker histogram (see MatchingService.observeTimings). */
  matchingTimings(): MatchTimingObserver {
    return (op, { waitMs, runMs, roundTripMs }) => {
      this.matchingDuration.observe({ op, stage: 'wait' }, waitMs / 1000);
      this.matchingDuration.observe({ op, stage: 'run' }, runMs / 1000);
      this.matchingDuration.observe({ op, stage: 'total' }, roundTripMs / 1000);
    };
  }

  /** Counts every answered request under its route template (`/api/v1/cases/:id`), `unmatched` for 404s. */
  instrument(app: FastifyInstance): void {
    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      const method = request.method;
      this.httpRequests.inc({ method, route, status: String(reply.statusCode) });
      this.httpDuration.observe({ method, route }, reply.elapsedTime / 1000);
    });
  }
}
