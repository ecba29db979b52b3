import { randomBytes } from 'node:crypto';
import { MIN_PASSWORD_LENGTH, type ServerConfig } from '@kinlink/server';
import { createFieldCipher, plainFieldStore } from '@kinlink/store';
import type { Command } from 'commander';
import { loadDemo, type DemoSummary } from '../demo/load';
import { DEMO_USERS } from '../demo/directory';
import { configFrom, describeDatabase, withDatabase, type DatabaseOptions } from '../runtime/environment';
import { fail } from '../runtime/output';

/** The demo password: KINLINK_DEMO_PASSWORD, or a fresh random one (printed, stored only as a hash). */
export function demoPassword(env = process.env): { password: string; generated: boolean } {
  const given = env.KINLINK_DEMO_PASSWORD;
  if (given !== undefined && given !== '') {
    if (given.length < MIN_PASSWORD_LENGTH) fail(`KINLINK_DEMO_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters`);
    return { password: given, generated: false };
  }
  return { password: randomBytes(12).toString('base64url'), generated: true };
}

export async function runDemo(config: ServerConfig): Promise<{ summary: DemoSummary; password: string; generated: boolean }> {
  const { password, generated } = demoPassword();
  const cipher = config.encryptionKey ? createFieldCipher(config.encryptionKey) : plainFieldStore;
  const summary = await withDatabase(config, (db) => loadDemo(db, cipher, { password }));
  return { summary, password, generated };
}

export function printSignIn(password: string, generated: boolean): void {
  console.log('Sign in with any of these demo accounts:');
  for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(28)} ${u.role.replace('_', ' ')}`);
  console.log(
    generated
      ? `Password (generated for this run, stored only as a hash): ${password}\n  Set KINLINK_DEMO_PASSWORD to choose your own.`
      : 'Password: the value of KINLINK_DEMO_PASSWORD.',
  );
}

export function addDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Load demo organisations, sites, users and a few hundred synthetic cases and registrations (idempotent)')
    .option('--data <dir>', 'data directory (env KINLINK_DATA_DIR, default ./data)')
    .option('--database-url <url>', 'PostgreSQL URL (env KINLINK_DATABASE_URL)')
    .action(async (options: DatabaseOptions) => {
      const config = configFrom(options);
      const { summary, password, generated } = await runDemo(config);
      console.log(
        summary.alreadyLoaded
          ? `Demo data already present in ${describeDatabase(config)}; accounts refreshed.`
          : `Loaded demo data into ${describeDatabase(config)}: ${summary.organisationsCreated} organisations, ${summary.usersCreated} users, ` +
              `${summary.casesCreated} cases, ${summary.registrationsCreated} registrations.`,
      );
      printSignIn(password, generated);
    });
}
