import { z } from 'zod';

/** Message types exchanged between kinlink servers, and the zod schema of each body. */
export const MESSAGE_TYPES = {
  linkageSubmit: 'linkage.submit',
  linkageCandidate: 'linkage.candidate',
  transferOffer: 'transfer.offer',
  transferResponse: 'transfer.response',
  transferStatus: 'transfer.status',
  transferConsentWithdrawn: 'transfer.consent-withdrawn',
} as const;

const clkWireSchema = z.object({
  fingerprint: z.string().min(1),
  words: z.number().int().positive().max(4096),
  ids: z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'record references are opaque tokens, never names')).max(200_000),
  data: z.string(),
});

/** A server's current encodings of one kind; each submission replaces the previous one of that kind. */
export const linkageSubmitSchema = z.object({
  kind: z.enum(['sought', 'registered']),
  clks: clkWireSchema,
});
export type LinkageSubmit = z.infer<typeof linkageSubmitSchema>;

/** Hub → both servers: "you may have a match: your record X, their record Y, score S". */
export const linkageCandidateSchema = z.object({
  candidateId: z.string().min(1).max(128),
  yourRecord: z.string(),
  yourKind: z.enum(['sought', 'registered']),
  theirOrg: z.string(),
  theirRecord: z.string(),
  theirKind: z.enum(['sought', 'registered']),
  score: z.number().min(0).max(1),
  schema: z.string(),
});
export type LinkageCandidate = z.infer<typeof linkageCandidateSchema>;

export const PURPOSES = ['tracing', 'match-verification', 'reunification'] as const;
export type Purpose = (typeof PURPOSES)[number];

export const CATEGORIES = ['identity', 'birth', 'family-links', 'circumstances', 'last-news', 'last-known-places', 'contact', 'sensitive'] as const;
export type DataCategory = (typeof CATEGORIES)[number];

/** The data categories each purpose may carry (RFL code of conduct: only what the transfer needs). */
export const PURPOSE_CATEGORIES: Readonly<Record<Purpose, readonly DataCategory[]>> = {
  'match-verification': ['identity', 'birth', 'family-links'],
  tracing: ['identity', 'birth', 'family-links', 'circumstances', 'last-news', 'last-known-places'],
  reunification: ['identity', 'birth', 'family-links', 'last-known-places', 'contact'],
};

export const transferOfferSchema = z.object({
  transferId: z.string().uuid(),
  caseRef: z.string().min(1).max(128),
  purpose: z.enum(PURPOSES),
  legalBasis: z.string().min(3).max(500),
  categories: z.array(z.enum(CATEGORIES)).min(1),
  /** One entry per shared category, nothing else. */
  data: z.partialRecord(z.enum(CATEGORIES), z.unknown()),
  /** The hub candidate that prompted the transfer, if any. */
  candidateId: z.string().optional(),
  /** The receiving server's record the transfer concerns (from the candidate notification). */
  theirRecord: z.string().optional(),
});
export type TransferOffer = z.infer<typeof transferOfferSchema>;

export const transferResponseSchema = z.object({
  transferId: z.string().uuid(),
  decision: z.enum(['accepted', 'declined']),
  reason: z.string().max(500).optional(),
});
export type TransferResponse = z.infer<typeof transferResponseSchema>;

export const transferStatusSchema = z.object({
  transferId: z.string().uuid(),
  status: z.enum(['in-progress', 'located', 'closed']),
  closureReason: z.string().max(200).optional(),
  note: z.string().max(2000).optional(),
});
export type TransferStatus = z.infer<typeof transferStatusSchema>;

/** The person withdrew consent to sharing: the receiver hides the shared data and records it in its ledger. */
export const transferConsentWithdrawnSchema = z.object({
  transferId: z.string().uuid(),
  withdrawnAt: z.string().datetime(),
});
export type TransferConsentWithdrawn = z.infer<typeof transferConsentWithdrawnSchema>;

/**
 * Keep only the categories a purpose allows and the officer chose; refuse a request for a category the
 * purpose does not allow rather than silently dropping it.
 */
export function minimiseForPurpose(purpose: Purpose, categories: readonly DataCategory[], data: Partial<Record<DataCategory, unknown>>): Partial<Record<DataCategory, unknown>> {
  const allowed = PURPOSE_CATEGORIES[purpose];
  const refused = categories.filter((category) => !allowed.includes(category));
  if (refused.length > 0) throw new Error(`purpose "${purpose}" does not allow sharing: ${refused.join(', ')}`);
  const shared: Partial<Record<DataCategory, unknown>> = {};
  for (const category of categories) if (data[category] !== undefined) shared[category] = data[category];
  return shared;
}
