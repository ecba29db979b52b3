import cluster from 'node:cluster';
import type { Command } from 'commander';
import { configFrom, describeDatabase, openMigratedDatabase } from '../runtime/environment';
import { serveUntilStopped } from '../runtime/serve';
import { environmentWithConfigFile, hasWebBuild } from '@kinlink/server';
import { federationExtension, type FederationServeOptions } from '../runtime/federation';
import { reportStopping, runPrimary, workerCount, workersRefusal } from './serve-workers';

export function addServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Serve the API (and the built web app, if any) on the configured database')
    .option('--port <port>', 'port to listen on (env KINLINK_PORT, default 8080)')
    .option('--host <host>', 'address to listen on (env KINLINK_HOST, default 127.0.0.1)')
    .option('--data <dir>', 'data directory for the embedded SQLite database (env KINLINK_DATA_DIR, default ./data)')
    .option('--database-url <url>', 'PostgreSQL URL instead of SQLite (env KINLINK_DATABASE_URL)')
    .option('--config <file>', 'JSON configuration file (env KINLINK_CONFIG); environment variables and options override it')
    .option('--federation', 'join the federation configured by KINLINK_FEDERATION_* (on by default when KINLINK_FEDERATION_ROLE is set)')
    .option('--hub', 'run as the federation hub (KINLINK_FEDERATION_* names the hub identity)')
    .option('--workers <n>', 'PostgreSQL: serve from N processes sharing the port (env KINLINK_WORKERS, default 1)')
    .action(async (options: { port?: string; host?: string; data?: string; databaseUrl?: string; config?: string; workers?: string } & FederationServeOptions) => {
      const config = configFrom(options);
      const env = environmentWithConfigFile(process.env, options.config);
      const federation = federationExtension(env, options);
      const workers = workerCount(options.workers ?? env.KINLINK_WORKERS);
      if (workers > 1 && cluster.isPrimary) {
        const refusal = workersRefusal(config, Boolean(federation));
        if (refusal) throw new Error(refusal);
        // Migrate once here, so the workers do not start by racing for the migration lock.
        await (await openMigratedDatabase(config, { serving: true })).destroy();
        console.log(`kinlink: starting ${workers} worker processes on port ${config.port} (${describeDatabase(config)})`);
        process.exit(await runPrimary(workers, (line) => console.error(line)));
      }
      const db = await openMigratedDatabase(config, { serving: true });
      const { url, closed } = await serveUntilStopped(config, db, env, federation && ((app) => federation.extend(app, db)));
      // Only now: a signal listener added before the graceful stop's own would keep a starting worker alive.
      if (cluster.isWorker) reportStopping();
      const web = hasWebBuild(config.webDir) ? `  Web app:       ${url}/` : '  No web app build found: serving the API only (npm run build -w @kinlink/web).';
      if (cluster.worker === undefined || cluster.worker.id === 1) {
        console.log(`kinlink is listening on ${url} (${describeDatabase(config)})\n  API reference: ${url}/api/v1/docs\n${web}`);
      }
      if (federation) console.log(federation.describe());
      await closed;
      // Server, job worker and database are closed: leave now rather than wait for stray timers.
      process.exit(process.exitCode ?? 0);
    });
}
