import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001_initial';
import * as potentialMatches from './0002_potential_matches';
import * as caseListOrder from './0003_case_list_order';
import * as auditAppend from './0004_audit_append_and_person_changes';

/** Every migration, in order. Static (no filesystem scan) so it works from any working directory. */
export const migrations: Record<string, Migration> = {
  '0001_initial': initial,
  '0002_potential_matches': potentialMatches,
  '0003_case_list_order': caseListOrder,
  '0004_audit_append_and_person_changes': auditAppend,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
