import { hasWebBuild } from '@kinlink/server';
import type { Command } from 'commander';
import { configFrom, describeDatabase, openMigratedDatabase } from '../runtime/environment';
import { repoRoot, webPackageDir } from '../runtime/paths';
import { serveUntilStopped } from '../runtime/serve';
import { buildWebApp, webBuildState } from '../runtime/web-build';
import { printSignIn, runDemo } from './demo';

/** Builds the web app when its build is missing or older than its sources; says what it did. */
async function prepareWebApp(): Promise<void> {
  const state = webBuildState(webPackageDir);
  if (state.kind === 'no-build-script') {
    console.log('The web app has no build yet: serving the API alone (the reference is at /api/v1/docs).');
    return;
  }
  if (state.kind === 'fresh') return;
  console.log(state.kind === 'missing' ? 'Building the web app (first start)…' : 'Web app sources changed: rebuilding…');
  if (!(await buildWebApp(repoRoot))) {
    console.log('The web app build failed (see above): serving the API and any earlier build.');
  }
}

export function addStartCommand(program: Command): void {
  program
    .command('start')
    .description('What `npm start` runs: build the web app if needed, load the demo data, and serve on http://localhost:8080')
    .option('--port <port>', 'port to listen on (env KINLINK_PORT, default 8080)')
    .option('--data <dir>', 'data directory (env KINLINK_DATA_DIR, default ./data)')
    .action(async (options: { port?: string; data?: string }) => {
      // A demo should be explorable at once: no second factor unless asked for (KINLINK_TOTP_REQUIRED_ROLES).
      // Request logs stay out of the way of the sign-in help unless a log level is asked for.
      const env = {
        ...process.env,
        KINLINK_TOTP_REQUIRED_ROLES: process.env.KINLINK_TOTP_REQUIRED_ROLES ?? '',
        KINLINK_LOG_LEVEL: process.env.KINLINK_LOG_LEVEL ?? 'warn',
      };
      const config = configFrom(options, env);
      await prepareWebApp();
      console.log(`Loading demo data (${describeDatabase(config)})…`);
      const { summary, password, generated } = await runDemo(config);
      if (!summary.alreadyLoaded) console.log(`  ${summary.casesCreated} cases and ${summary.registrationsCreated} registrations created.`);
      const db = await openMigratedDatabase(config, { serving: true });
      const { url, closed } = await serveUntilStopped(config, db);
      console.log('');
      console.log(`kinlink is running on ${url}`);
      console.log(hasWebBuild(config.webDir) ? `  Web app:       ${url}/` : '  Web app:       not built yet (API only)');
      console.log(`  API reference: ${url}/api/v1/docs`);
      printSignIn(password, generated);
      if (config.totpRequiredRoles.length === 0) {
        console.log('Two-factor sign-in is not required in this demo; set KINLINK_TOTP_REQUIRED_ROLES=administrator to require it.');
      }
      console.log('Press Ctrl+C to stop.');
      await closed;
      // Server, job worker and database are closed: leave now rather than wait for stray timers.
      process.exit(process.exitCode ?? 0);
    });
}
