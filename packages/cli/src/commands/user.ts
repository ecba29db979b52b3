import { Role, UserInput } from '@kinlink/core';
import { AuthStore, hashPassword, MIN_PASSWORD_LENGTH } from '@kinlink/server';
import type { KinlinkDb } from '@kinlink/store';
import { createUser, deleteUserSessions, findOrganisation, findOrganisationByDomain, findUserByEmail, listUsers, setPasswordHash } from '@kinlink/store';
import type { Command } from 'commander';
import { auditCli } from '../runtime/cli-audit';
import { configFrom, withDatabase, type DatabaseOptions } from '../runtime/environment';
import { fail, formatIssues } from '../runtime/output';
import { readSecret } from '../runtime/read-secret';

interface UserAddOptions extends DatabaseOptions {
  email: string;
  name: string;
  role: string;
  org: string;
  language: string;
}

async function organisationId(db: KinlinkDb, ref: string): Promise<string> {
  const org = (await findOrganisationByDomain(db, ref)) ?? (await findOrganisation(db, ref));
  if (!org) fail(`no organisation with the id or record domain "${ref}" (see: kinlink org list)`);
  return org.id;
}

export function addUserCommand(program: Command): void {
  const user = program.command('user').description('Manage user accounts');
  user
    .command('add')
    .description('Add a user; the password is read from standard input (piped, or typed without echo)')
    .requiredOption('--email <email>', 'sign-in e-mail address')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', `one of ${Role.options.join(', ')}`)
    .requiredOption('--org <org>', 'organisation id or record domain')
    .option('--language <tag>', 'interface language (BCP 47)', 'en')
    .option('--data <dir>', 'data directory (env KINLINK_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env KINLINK_DATABASE_URL)')
    .action(async (options: UserAddOptions) => {
      const password = await readSecret(`Password for ${options.email}: `);
      if (password.length < MIN_PASSWORD_LENGTH) fail(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
      const created = await withDatabase(configFrom(options), async (db) => {
        const input = UserInput.safeParse({
          email: options.email,
          displayName: options.name,
          role: options.role,
          organisationId: await organisationId(db, options.org),
          language: options.language,
        });
        if (!input.success) fail(`cannot add the user:\n${formatIssues(input.error.issues)}`);
        const passwordHash = await hashPassword(password);
        return db.transaction().execute(async (trx) => {
          const u = await createUser(trx, { ...input.data, passwordHash });
          await auditCli(trx, { action: 'user.create', recordType: 'user', recordId: u.id, details: { role: u.role }, actorOrganisationId: u.organisationId });
          return u;
        });
      });
      console.log(`added ${created.role} ${created.email} (id ${created.id})`);
    });

  user
    .command('set-password')
    .description("Set a user's password (read from standard input) and end their sessions")
    .requiredOption('--email <email>', 'the user\'s sign-in e-mail address')
    .option('--data <dir>', 'data directory (env KINLINK_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env KINLINK_DATABASE_URL)')
    .action(async (options: DatabaseOptions & { email: string }) => {
      const password = await readSecret(`New password for ${options.email}: `);
      if (password.length < MIN_PASSWORD_LENGTH) fail(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
      const passwordHash = await hashPassword(password);
      await withDatabase(configFrom(options), async (db) => {
        const found = await findUserByEmail(db, options.email);
        if (!found) fail(`no user has the e-mail address ${options.email}`);
        await db.transaction().execute(async (trx) => {
          await setPasswordHash(trx, found.id, passwordHash);
          await deleteUserSessions(trx, found.id);
          await auditCli(trx, { action: 'user.password_reset', recordType: 'user', recordId: found.id, actorOrganisationId: found.organisationId });
        });
      });
      console.log(`password of ${options.email} changed; their sessions were ended`);
    });

  user
    .command('reset-2fa')
    .description("Remove a user's TOTP second factor (lost device); they enrol again at their next sign-in")
    .requiredOption('--email <email>', 'the user\'s sign-in e-mail address')
    .option('--data <dir>', 'data directory (env KINLINK_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env KINLINK_DATABASE_URL)')
    .action(async (options: DatabaseOptions & { email: string }) => {
      await withDatabase(configFrom(options), async (db) => {
        const found = await findUserByEmail(db, options.email);
        if (!found) fail(`no user has the e-mail address ${options.email}`);
        await db.transaction().execute(async (trx) => {
          await new AuthStore(trx).resetTotp(found.id, new Date().toISOString());
          await deleteUserSessions(trx, found.id);
          await auditCli(trx, { action: 'user.second_factor_reset', recordType: 'user', recordId: found.id, actorOrganisationId: found.organisationId });
        });
      });
      console.log(`second factor of ${options.email} removed; their sessions were ended`);
    });

  user
    .command('list')
    .description('List users of an organisation')
    .requiredOption('--org <org>', 'organisation id or record domain')
    .option('--data <dir>', 'data directory (env KINLINK_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env KINLINK_DATABASE_URL)')
    .action(async (options: DatabaseOptions & { org: string }) => {
      await withDatabase(configFrom(options), async (db) => {
        const orgId = await organisationId(db, options.org);
        let cursor: string | undefined;
        do {
          const page = await listUsers(db, { cursor, limit: 200, organisationIds: [orgId] });
          for (const u of page.items) console.log(`${u.id}\t${u.email}\t${u.role}\t${u.disabled ? 'disabled' : 'active'}\t${u.displayName}`);
          cursor = page.next ?? undefined;
        } while (cursor);
      });
    });
}
