import { OrganisationInput, OrganisationKind } from '@kinlink/core';
import { createOrganisation, listOrganisations } from '@kinlink/store';
import type { Command } from 'commander';
import { auditCli } from '../runtime/cli-audit';
import { configFrom, withDatabase, type DatabaseOptions } from '../runtime/environment';
import { fail, formatIssues } from '../runtime/output';

interface OrgAddOptions extends DatabaseOptions {
  name: string;
  kind: string;
  country: string;
  domain: string;
  shortName?: string;
  branch?: string[];
}

export function addOrgCommand(program: Command): void {
  const org = program.command('org').description('Manage organisations (national societies, ICRC delegations, partner agencies)');
  org
    .command('add')
    .description('Register an organisation')
    .requiredOption('--name <name>', 'full name, e.g. "Red Cross of Serbia"')
    .requiredOption('--country <code>', 'ISO 3166-1 code, e.g. SRB or RS')
    .requiredOption('--domain <domain>', 'record id domain, e.g. rs.redcross.example')
    .option('--kind <kind>', `one of ${OrganisationKind.options.join(', ')}`, 'national_society')
    .option('--short-name <name>', 'short name shown in lists')
    .option('--branch <name...>', 'branch names to create with it')
    .option('--data <dir>', 'data directory (env KINLINK_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env KINLINK_DATABASE_URL)')
    .action(async (options: OrgAddOptions) => {
      const parsed = OrganisationInput.safeParse({
        kind: options.kind,
        name: options.name,
        country: options.country,
        idDomain: options.domain,
        ...(options.shortName ? { shortName: options.shortName } : {}),
        branches: (options.branch ?? []).map((name) => ({ name })),
      });
      if (!parsed.success) return fail(`cannot add the organisation:\n${formatIssues(parsed.error.issues)}`);
      const created = await withDatabase(configFrom(options), (db) =>
        db.transaction().execute(async (trx) => {
          const organisation = await createOrganisation(trx, parsed.data);
          await auditCli(trx, { action: 'organisation.create', recordType: 'organisation', recordId: organisation.id, details: { name: organisation.name } });
          return organisation;
        }),
      );
      console.log(`added organisation ${created.name} (id ${created.id}, record domain ${created.idDomain})`);
    });

  org
    .command('list')
    .description('List organisations')
    .option('--data <dir>', 'data directory (env KINLINK_DATA_DIR)')
    .option('--database-url <url>', 'PostgreSQL URL (env KINLINK_DATABASE_URL)')
    .action(async (options: DatabaseOptions) => {
      await withDatabase(configFrom(options), async (db) => {
        let cursor: string | undefined;
        do {
          const page = await listOrganisations(db, { cursor, limit: 200 });
          for (const o of page.items) console.log(`${o.id}\t${o.idDomain}\t${o.kind}\t${o.country}\t${o.name}`);
          cursor = page.next ?? undefined;
        } while (cursor);
      });
    });
}
