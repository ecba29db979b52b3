import type { Kysely } from 'kysely';

/*
 * Potential matches found by the matching engine (@kinlink/match): a scored, explained pair of persons
 * with its review. One row per unordered pair of persons (left < right by id); `fingerprint` is the pair's
 * matching-field fingerprint when last scored, so a rejected pair is only proposed again after a change.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations must not depend on the evolving schema type
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('potential_matches')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('left_person_id', 'text', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('right_person_id', 'text', (c) => c.notNull().references('persons.id').onDelete('cascade'))
    .addColumn('left_case_id', 'text', (c) => c.references('cases.id').onDelete('cascade'))
    .addColumn('right_case_id', 'text', (c) => c.references('cases.id').onDelete('cascade'))
    .addColumn('probability', 'double precision', (c) => c.notNull())
    .addColumn('match_weight', 'double precision', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('model_version', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rejection_reason', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('potential_matches_pair', ['left_person_id', 'right_person_id'])
    .execute();
  await db.schema.createIndex('potential_matches_left_case').on('potential_matches').columns(['left_case_id', 'probability']).execute();
  await db.schema.createIndex('potential_matches_right_case').on('potential_matches').columns(['right_case_id', 'probability']).execute();
  await db.schema.createIndex('potential_matches_right_person').on('potential_matches').column('right_person_id').execute();
  await db.schema.createIndex('potential_matches_status').on('potential_matches').columns(['status', 'created_at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('potential_matches').execute();
}
