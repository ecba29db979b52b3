import type { ExtraTable, KinlinkDb } from '@kinlink/store';
import { migrateFederation } from './migrations';

/** The federation's tables with their primary keys, for the store's dump and restore (kinlink backup/restore). */
export const FEDERATION_TABLES: readonly ExtraTable[] = [
  { name: 'federation_directory', orderBy: ['version'] },
  { name: 'federation_outbox', orderBy: ['id'] },
  { name: 'federation_inbox', orderBy: ['from_org', 'message_id'] },
  { name: 'federation_message_log', orderBy: ['id'] },
  { name: 'federation_linkage_refs', orderBy: ['ref'] },
  { name: 'federation_candidates', orderBy: ['id'] },
  { name: 'federation_transfers', orderBy: ['id'] },
  { name: 'federation_ledger', orderBy: ['id'] },
  { name: 'federation_nonces', orderBy: ['key'] },
  { name: 'hub_submissions', orderBy: ['org', 'kind'] },
  { name: 'hub_candidates', orderBy: ['id'] },
  { name: 'hub_budgets', orderBy: ['peer'] },
];

/** The federation tables to dump: none for a database that never joined a federation. */
export async function federationTablesToDump(db: KinlinkDb): Promise<readonly ExtraTable[]> {
  const present = new Set((await db.introspection.getTables()).map((table) => table.name));
  return present.has('federation_directory') ? FEDERATION_TABLES : [];
}

/** Prepares a restore target for a dump that may hold federation tables: creates them (empty) and names them. */
export async function federationTablesToRestore(db: KinlinkDb): Promise<readonly ExtraTable[]> {
  await migrateFederation(db);
  return FEDERATION_TABLES;
}
