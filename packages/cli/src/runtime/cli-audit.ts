import os from 'node:os';
import type { KinlinkDb } from '@kinlink/store';
import { appendAudit } from '@kinlink/store';

/** Audits a change made from the command line (no signed-in user; the OS account is noted). */
export async function auditCli(
  db: KinlinkDb,
  fact: { action: string; recordType: string; recordId: string | null; details?: Record<string, unknown>; actorUserId?: string | null; actorOrganisationId?: string | null },
): Promise<void> {
  let osUser = 'unknown';
  try {
    osUser = os.userInfo().username;
  } catch {
    // no passwd entry (containers): keep "unknown"
  }
  await appendAudit(db, {
    actorUserId: fact.actorUserId ?? null,
    actorOrganisationId: fact.actorOrganisationId ?? null,
    action: fact.action,
    recordType: fact.recordType,
    recordId: fact.recordId,
    ip: null,
    details: { ...fact.details, via: 'cli', osUser },
  });
}
