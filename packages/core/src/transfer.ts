import { z } from 'zod';
import { Id, Timestamp, text } from './primitives';

/** A case handed over to another organisation, a record shared with it, or a person referred to it. */
export const TransferKind = z.enum(['case_transfer', 'share', 'referral']);
export type TransferKind = z.infer<typeof TransferKind>;

export const TransferStatus = z.enum(['requested', 'accepted', 'declined', 'withdrawn']);
export type TransferStatus = z.infer<typeof TransferStatus>;

export const LegalBasis = z.enum([
  'consent', 'vital_interest', 'important_public_interest', 'legitimate_interest', 'legal_obligation', 'icrc_mandate',
]);
export type LegalBasis = z.infer<typeof LegalBasis>;

/** What may travel with a transfer (DESIGN rule 8: only the categories the transfer needs). */
export const DataCategory = z.enum([
  'identity', 'contact', 'case_details', 'family_links', 'whereabouts', 'documents', 'sensitive', 'photo',
]);
export type DataCategory = z.infer<typeof DataCategory>;

export const TransferInput = z
  .strictObject({
    kind: TransferKind,
    caseId: Id.optional(),
    personId: Id.optional(),
    toOrganisationId: Id,
    legalBasis: LegalBasis,
    dataCategories: z.array(DataCategory).min(1).max(DataCategory.options.length),
    message: text(2000).optional(),
  })
  .refine((t) => t.caseId !== undefined || t.personId !== undefined, { message: 'a transfer names a case or a person', path: ['caseId'] })
  .refine((t) => new Set(t.dataCategories).size === t.dataCategories.length, { message: 'data categories repeat', path: ['dataCategories'] });
export type TransferInput = z.infer<typeof TransferInput>;

export const Transfer = z.strictObject({
  id: Id,
  kind: TransferKind,
  status: TransferStatus,
  caseId: Id.nullable(),
  personId: Id.nullable(),
  fromOrganisationId: Id,
  toOrganisationId: Id,
  legalBasis: LegalBasis,
  dataCategories: z.array(DataCategory),
  message: z.string().nullable(),
  declineReason: z.string().nullable(),
  requestedBy: Id.nullable(),
  requestedAt: Timestamp,
  decidedBy: Id.nullable(),
  decidedAt: Timestamp.nullable(),
});
export type Transfer = z.infer<typeof Transfer>;

export const TransferLedgerEvent = z.enum(['requested', 'accepted', 'declined', 'withdrawn', 'data_shared']);
export type TransferLedgerEvent = z.infer<typeof TransferLedgerEvent>;

/** One line of the ledger of what was shared with whom, on what basis. */
export const TransferLedgerEntry = z.strictObject({
  id: Id,
  transferId: Id,
  event: TransferLedgerEvent,
  recordType: z.string().nullable(),
  recordId: Id.nullable(),
  dataCategories: z.array(DataCategory),
  legalBasis: LegalBasis,
  actorUserId: Id.nullable(),
  at: Timestamp,
});
export type TransferLedgerEntry = z.infer<typeof TransferLedgerEntry>;

export const TransferDecision = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('accept') }),
  z.strictObject({ type: z.literal('decline'), reason: text(2000) }),
  z.strictObject({ type: z.literal('withdraw') }),
]);
export type TransferDecision = z.infer<typeof TransferDecision>;

export type TransferTransitionError =
  | { code: 'not_pending'; status: TransferStatus; message: string }
  | { code: 'wrong_side'; message: string };

/**
 * Transfer workflow: requested → accepted | declined (by the receiving organisation) | withdrawn (by the
 * sending one). Pure; the caller's organisation decides which side it is on.
 */
export function transitionTransfer(
  transfer: Pick<Transfer, 'status' | 'fromOrganisationId' | 'toOrganisationId'>,
  decision: TransferDecision,
  actorOrganisationId: string,
): { ok: true; status: TransferStatus } | { ok: false; error: TransferTransitionError } {
  if (transfer.status !== 'requested') {
    return { ok: false, error: { code: 'not_pending', status: transfer.status, message: `the transfer is already ${transfer.status}` } };
  }
  if (decision.type === 'withdraw') {
    if (actorOrganisationId !== transfer.fromOrganisationId) {
      return { ok: false, error: { code: 'wrong_side', message: 'only the sending organisation can withdraw a transfer' } };
    }
    return { ok: true, status: 'withdrawn' };
  }
  if (actorOrganisationId !== transfer.toOrganisationId) {
    return { ok: false, error: { code: 'wrong_side', message: 'only the receiving organisation can accept or decline a transfer' } };
  }
  return { ok: true, status: decision.type === 'accept' ? 'accepted' : 'declined' };
}
