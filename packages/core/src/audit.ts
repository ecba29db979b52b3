import { z } from 'zod';
import { Id, Timestamp } from './primitives';

/** `area.verb`, e.g. `case.create`, `person.read`, `transfer.accept`, `auth.login_failed`. */
export const AuditAction = z.string().regex(/^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/, 'expected area.verb, e.g. case.create').max(100);

/** What the caller gives to append an audit entry. */
export const AuditEntryInput = z.strictObject({
  actorUserId: Id.nullable(),
  actorOrganisationId: Id.nullable(),
  action: AuditAction,
  recordType: z.string().min(1).max(50),
  recordId: Id.nullable(),
  /** Where the request came from (client IP). */
  ip: z.string().max(100).nullable(),
  details: z.record(z.string(), z.unknown()).default({}),
});
export type AuditEntryInput = z.input<typeof AuditEntryInput>;

/** A stored audit entry: position in the chain, time, and the hashes that chain it. */
export const AuditEntry = z.strictObject({
  seq: z.number().int().min(1),
  id: Id,
  at: Timestamp,
  actorUserId: Id.nullable(),
  actorOrganisationId: Id.nullable(),
  action: AuditAction,
  recordType: z.string(),
  recordId: Id.nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
