import { ConfigError } from '../config';

type Env = Record<string, string | undefined>;

/** Production settings beside the server configuration: the job worker, shutdown and metrics. */
export interface OperationsSettings {
  /** Run the background job worker in this process (KINLINK_JOBS, default true). */
  jobs: boolean;
  /** Jobs run at once by this process (KINLINK_JOB_CONCURRENCY, default 2). */
  jobConcurrency: number;
  /** Poll interval of an idle worker (KINLINK_JOB_POLL_MS, default 1000). */
  jobPollMs: number;
  /** Lease of a claimed job, renewed while it runs; a crashed process's jobs return after it (KINLINK_JOB_LEASE_SECONDS, default 60). */
  jobLeaseSeconds: number;
  /** First retry delay, doubled per attempt up to an hour (KINLINK_JOB_RETRY_BASE_MS, default 10000). */
  jobRetryBaseMs: number;
  /** How long in-flight requests and running jobs get to finish on SIGTERM (KINLINK_SHUTDOWN_GRACE_SECONDS, default 20). */
  shutdownGraceSeconds: number;
  /** Bearer token required by /metrics when set (KINLINK_METRICS_TOKEN). */
  metricsToken: string | undefined;
  /**
   * While caseworkers search, the share of the matching worker's time background matching may take, in
   * percent (KINLINK_MATCH_BACKGROUND_PERCENT, default 50; 100 = no pacing, for machines with cores to spare).
   */
  matchBackgroundPercent: number;
}

function whole(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${key} must be a whole number between ${min} and ${max}, got "${raw}"`);
  return value;
}

function onOff(env: Env, key: string, fallback: boolean): boolean {
  const raw = env[key]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${key} must be true or false, got "${env[key]}"`);
}

export function loadOperationsSettings(env: Env = process.env): OperationsSettings {
  return {
    jobs: onOff(env, 'KINLINK_JOBS', true),
    jobConcurrency: whole(env, 'KINLINK_JOB_CONCURRENCY', 2, 1, 64),
    jobPollMs: whole(env, 'KINLINK_JOB_POLL_MS', 1000, 10, 60_000),
    jobLeaseSeconds: whole(env, 'KINLINK_JOB_LEASE_SECONDS', 60, 1, 24 * 3600),
    jobRetryBaseMs: whole(env, 'KINLINK_JOB_RETRY_BASE_MS', 10_000, 1, 3_600_000),
    shutdownGraceSeconds: whole(env, 'KINLINK_SHUTDOWN_GRACE_SECONDS', 20, 0, 3600),
    metricsToken: env.KINLINK_METRICS_TOKEN?.trim() || undefined,
    matchBackgroundPercent: whole(env, 'KINLINK_MATCH_BACKGROUND_PERCENT', 50, 1, 100),
  };
}
