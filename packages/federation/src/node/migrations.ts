import { Migrator, type Kysely, type Migration } from 'kysely';
import type { KinlinkDb } from '@kinlink/store';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

const initial: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('federation_directory')
      .addColumn('version', 'integer', (c) => c.primaryKey())
      .addColumn('signed', 'text', (c) => c.notNull())
      .addColumn('adopted_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('federation_outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('to_org', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_attempt_at', 'text', (c) => c.notNull())
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('delivered_at', 'text')
      .execute();
    await db.schema.createIndex('federation_outbox_due').on('federation_outbox').columns(['status', 'next_attempt_at']).execute();
    await db.schema
      .createTable('federation_inbox')
      .addColumn('from_org', 'text', (c) => c.notNull())
      .addColumn('message_id', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('federation_inbox_pk', ['from_org', 'message_id'])
      .execute();
    await db.schema
      .createTable('federation_message_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('peer', 'text', (c) => c.notNull())
      .addColumn('message_id', 'text')
      .addColumn('type', 'text')
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('detail', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('federation_linkage_refs')
      .addColumn('ref', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('case_id', 'text')
      .addColumn('published_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('federation_candidates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('your_ref', 'text', (c) => c.notNull())
      .addColumn('your_kind', 'text', (c) => c.notNull())
      .addColumn('their_org', 'text', (c) => c.notNull())
      .addColumn('their_ref', 'text', (c) => c.notNull())
      .addColumn('their_kind', 'text', (c) => c.notNull())
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('federation_transfers')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('peer', 'text', (c) => c.notNull())
      .addColumn('case_ref', 'text', (c) => c.notNull())
      .addColumn('their_record', 'text')
      .addColumn('candidate_id', 'text')
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('legal_basis', 'text', (c) => c.notNull())
      .addColumn('categories', 'text', (c) => c.notNull())
      .addColumn('data', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('decline_reason', 'text')
      .addColumn('closure_reason', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('federation_ledger')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('transfer_id', 'text', (c) => c.notNull())
      .addColumn('peer', 'text', (c) => c.notNull())
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('event', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('legal_basis', 'text', (c) => c.notNull())
      .addColumn('categories', 'text', (c) => c.notNull())
      .addColumn('actor', 'text')
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('federation_ledger_transfer').on('federation_ledger').columns(['transfer_id', 'at']).execute();
    await db.schema
      .createTable('hub_submissions')
      .addColumn('org', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('words', 'integer', (c) => c.notNull())
      .addColumn('ids', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('hub_submissions_pk', ['org', 'kind'])
      .execute();
    await db.schema
      .createTable('hub_candidates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('left_org', 'text', (c) => c.notNull())
      .addColumn('left_ref', 'text', (c) => c.notNull())
      .addColumn('left_kind', 'text', (c) => c.notNull())
      .addColumn('right_org', 'text', (c) => c.notNull())
      .addColumn('right_ref', 'text', (c) => c.notNull())
      .addColumn('right_kind', 'text', (c) => c.notNull())
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addColumn('found_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('hub_candidates_pair', ['left_org', 'left_ref', 'right_org', 'right_ref'])
      .execute();
  },
};

const hubBudgets: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('hub_budgets')
      .addColumn('peer', 'text', (c) => c.primaryKey())
      .addColumn('tokens', 'double precision', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .execute();
  },
};

/** Replay guard that survives restarts; consent withdrawals of shared records. */
const noncesAndConsent: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('federation_nonces')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('federation_nonces_expiry').on('federation_nonces').column('expires_at').execute();
    await db.schema.alterTable('federation_transfers').addColumn('consent_withdrawn_at', 'text').execute();
  },
};

/** Federation tables have their own migration history, independent of the store's sequence. */
export async function migrateFederation(db: KinlinkDb): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ '0001_federation': initial, '0002_hub_budgets': hubBudgets, '0003_nonces_consent': noncesAndConsent }) },
    migrationTableName: 'kinlink_federation_migrations',
    migrationLockTableName: 'kinlink_federation_migrations_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw new Error(`federation migration failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
}
