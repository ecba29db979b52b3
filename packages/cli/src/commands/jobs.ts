import type { Command } from 'commander';
import type { Job, JobStatus, KinlinkDb } from '@kinlink/store';
import { JOB_STATUSES, appendAudit, countJobs, listJobs, retryJob } from '@kinlink/store';
import { configFrom, withDatabase, type DatabaseOptions } from '../runtime/environment';
import { fail } from '../runtime/output';

const databaseOptions = (command: Command): Command =>
  command
    .option('--data <dir>', 'data directory of the embedded SQLite database (env KINLINK_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env KINLINK_DATABASE_URL)')
    .option('--config <file>', 'JSON configuration file (env KINLINK_CONFIG)');

function row(job: Job): string {
  const error = job.lastError ? job.lastError.replace(/\s+/g, ' ').slice(0, 60) : '';
  return [job.id, job.type.padEnd(20), job.status.padEnd(7), `${job.attempts}/${job.maxAttempts}`.padEnd(5), job.runAt, error].join('  ');
}

/** Puts a job back in the queue with fresh attempts, and records who did it in the audit log, together. */
async function retryAudited(db: KinlinkDb, id: string): Promise<Job> {
  return db.transaction().execute(async (trx) => {
    const job = await retryJob(trx, id);
    await appendAudit(trx, { actorUserId: null, actorOrganisationId: null, action: 'job.retry', recordType: 'job', recordId: id, ip: null, details: { via: 'cli', type: job.type } });
    return job;
  });
}

async function retryAllDead(db: KinlinkDb): Promise<Job[]> {
  const retried: Job[] = [];
  // Retried jobs leave the dead state, so the first page is always the next batch.
  for (;;) {
    const page = await listJobs(db, { status: 'dead', limit: 100 });
    if (page.items.length === 0) return retried;
    for (const job of page.items) retried.push(await retryAudited(db, job.id));
  }
}

export function addJobsCommand(program: Command): void {
  const jobs = program.command('jobs').description('The background job queue: list jobs, retry failed and dead ones');

  databaseOptions(jobs.command('list'))
    .description('List jobs, newest first, with a count per status')
    .option('--status <status>', `only jobs in this state (${JOB_STATUSES.join(', ')})`)
    .option('--type <type>', 'only jobs of this type')
    .option('--limit <n>', 'at most this many jobs (1-500)', '50')
    .option('--json', 'one JSON object per line instead of a table')
    .action(async (options: DatabaseOptions & { status?: string; type?: string; limit: string; json?: boolean }) => {
      if (options.status !== undefined && !JOB_STATUSES.includes(options.status as JobStatus)) fail(`--status must be one of ${JOB_STATUSES.join(', ')}`);
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 500) fail('--limit must be a whole number from 1 to 500');
      await withDatabase(configFrom(options), async (db) => {
        const page = await listJobs(db, { status: options.status as JobStatus | undefined, type: options.type, limit });
        if (options.json) {
          for (const job of page.items) console.log(JSON.stringify(job));
          return;
        }
        const counts = await countJobs(db, { type: options.type });
        console.log(JOB_STATUSES.map((s) => `${s}: ${counts[s]}`).join('  '));
        if (page.items.length === 0) {
          console.log('no jobs');
          return;
        }
        console.log(['id'.padEnd(36), 'type'.padEnd(20), 'status ', 'tries', 'run at'.padEnd(24), 'last error'].join('  '));
        for (const job of page.items) console.log(row(job));
        if (page.next) console.log(`… more (raise --limit or filter by --status/--type)`);
      });
    });

  databaseOptions(jobs.command('retry'))
    .description('Put a dead or finished job back in the queue with fresh attempts (or every dead job with --dead)')
    .argument('[id]', 'the job id (see kinlink jobs list)')
    .option('--dead', 'retry every job in the dead-letter state')
    .action(async (id: string | undefined, options: DatabaseOptions & { dead?: boolean }) => {
      if ((id === undefined) === (options.dead !== true)) fail('give either a job id or --dead');
      await withDatabase(configFrom(options), async (db) => {
        if (options.dead) {
          const retried = await retryAllDead(db);
          console.log(retried.length === 0 ? 'no dead jobs' : `${retried.length} dead job${retried.length === 1 ? '' : 's'} queued again`);
          return;
        }
        try {
          const job = await retryAudited(db, id as string);
          console.log(`job ${job.id} (${job.type}) queued again`);
        } catch (error) {
          if (error instanceof Error && (error.name === 'NotFoundError' || error.name === 'ConflictError')) fail(error.message);
          throw error;
        }
      });
    });
}
