import type { KinlinkDb } from '../database';

/** Runs `work` while the audit chain's head row is missing, so that every audit append fails; puts it back after. */
export async function withAuditChainBroken(db: KinlinkDb, work: () => Promise<void>): Promise<void> {
  const head = await db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow();
  await db.deleteFrom('audit_head').execute();
  try {
    await work();
  } finally {
    await db.insertInto('audit_head').values(head).execute();
  }
}
