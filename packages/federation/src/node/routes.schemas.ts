import { z } from 'zod';
import { signedDirectorySchema } from '../directory';
import { envelopeSchema } from '../envelope';
import { CATEGORIES, PURPOSES } from '../messages';

/* Request and response schemas of /api/v1/federation: they validate requests and document the routes in /api/v1/openapi.json. */

export const tags = ['federation'];


export const ErrorBody = z.object({
  error: z.string(),
  message: z.string(),
  in: z.string().optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional().describe('Validation failures: each field path and what is wrong'),
});
export const officerErrors = {
  400: ErrorBody.describe('Validation failed'),
  401: ErrorBody.describe('Not signed in'),
  403: ErrorBody.describe('Needs a tracing officer or administrator'),
};
export const societyErrors = { ...officerErrors, 404: ErrorBody.describe('No such transfer or candidate, or this server is the hub') };

export const TransferRequest = z.object({
  candidateId: z.string().min(1),
  purpose: z.enum(PURPOSES),
  categories: z.array(z.enum(CATEGORIES)).min(1).describe('Only categories the purpose allows; the others are refused (400)'),
  legalBasis: z.string().min(3).max(500),
});
export const DecisionRequest = z.object({ decision: z.enum(['accepted', 'declined']), reason: z.string().max(500).optional() });
export const StatusRequest = z.object({ status: z.enum(['in-progress', 'located', 'closed']), closureReason: z.string().max(200).optional(), note: z.string().max(2000).optional() });
export const TransferParams = z.object({ id: z.string().min(1) });

export const InboxEnvelope = envelopeSchema.describe('A signed envelope from a peer in the pinned directory; checked by signature, time window and nonce, not by session');
export const Receipt = z.union([
  z.object({ outcome: z.enum(['applied', 'duplicate']), id: z.string(), type: z.string(), from: z.string() }),
  z.object({ outcome: z.literal('rejected'), reason: z.string(), detail: z.string() }),
]);
const Rejected = Receipt.describe('Rejected, with the reason (the sender parks 422s and retries the rest)');
export const inboxResponses = { 200: Receipt.describe('Applied, or a duplicate acknowledged without applying it again'), 400: Rejected, 401: Rejected, 409: Rejected, 422: Rejected, 429: Rejected, 500: Rejected };

export const DirectoryVersion = z.object({ version: z.number().int() });
export const DirectoryRefresh = z.object({ version: z.number().int(), changed: z.boolean() });
export const Flushed = z.object({ delivered: z.number().int() });
export const Published = z.object({ sought: z.number().int(), registered: z.number().int() });
export const Ok = z.object({ ok: z.literal(true) });
export const TransferCreated = z.object({ transferId: z.string().uuid() });

export const LogEntry = z.object({
  id: z.string(),
  direction: z.string(),
  peer: z.string(),
  message_id: z.string().nullable(),
  type: z.string().nullable(),
  outcome: z.string(),
  detail: z.string().nullable(),
  at: z.string(),
});

export const Candidate = z.object({
  id: z.string(),
  yourRecord: z.string(),
  yourKind: z.string(),
  personId: z.string().nullable(),
  caseId: z.string().nullable(),
  theirOrg: z.string(),
  theirRecord: z.string(),
  score: z.number(),
  status: z.string(),
  receivedAt: z.string(),
});

const transferColumns = {
  id: z.string(),
  direction: z.enum(['in', 'out']),
  peer: z.string(),
  case_ref: z.string(),
  their_record: z.string().nullable(),
  candidate_id: z.string().nullable(),
  purpose: z.string(),
  legal_basis: z.string(),
  status: z.string(),
  decline_reason: z.string().nullable(),
  closure_reason: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  consent_withdrawn_at: z.string().nullable().optional().describe('When the person withdrew consent to sharing; the receiver no longer holds the data'),
};
export const TransferRow = z.object({ ...transferColumns, categories: z.string().describe('JSON array'), data: z.string().nullable().describe('JSON of the shared categories (received transfers only)') });
export const LedgerEntry = z.object({
  id: z.string(),
  transfer_id: z.string(),
  peer: z.string(),
  direction: z.string(),
  event: z.string(),
  purpose: z.string(),
  legal_basis: z.string(),
  categories: z.string(),
  actor: z.string().nullable(),
  at: z.string(),
});
export const TransferDetail = z.object({ ...transferColumns, categories: z.array(z.string()), data: z.unknown().nullable(), ledger: z.array(LedgerEntry) });

const Exchange = z.object({ at: z.string(), direction: z.enum(['in', 'out']), type: z.string().nullable(), outcome: z.string() });
export const Status = z.object({
  joined: z.boolean(),
  directory: z.object({ issuer: z.string(), version: z.number().int(), adoptedAt: z.string() }).nullable(),
  peers: z.array(z.object({ orgId: z.string(), name: z.string(), role: z.string(), country: z.string().optional(), publicKey: z.string(), url: z.string(), lastExchange: Exchange.nullable() })),
  outbox: z.object({ pending: z.number().int(), parked: z.number().int(), delivered: z.number().int(), oldestPending: z.string().nullable(), lastError: z.string().nullable() }),
  lastHubExchange: Exchange.extend({ peer: z.string() }).nullable(),
});

export { signedDirectorySchema as SignedDirectory };
