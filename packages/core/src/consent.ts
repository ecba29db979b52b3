import { z } from 'zod';
import { Id, LanguageTag, Timestamp, text } from './primitives';

/** Purposes consent is asked for (DESIGN glossary and rule 1). */
export const ConsentPurpose = z.enum([
  'tracing',
  /** The located person agrees that the enquirer learns where they are and how to reach them (rule 1). */
  'disclose_whereabouts_to_enquirer',
  'share_red_cross_network',
  'share_authorities',
  'share_partners',
  'photo_publication',
]);
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

export const ConsentGiver = z.enum(['self', 'parent', 'legal_guardian', 'other_representative']);

export const ConsentInput = z.strictObject({
  personId: Id,
  purpose: ConsentPurpose,
  /** Refusals are recorded too (rule 7). */
  decision: z.enum(['given', 'refused']),
  givenBy: ConsentGiver,
  givenByName: text(200).optional(),
  givenAt: Timestamp,
  language: LanguageTag,
  interpreter: z.strictObject({ name: text(200), organisation: text(200).optional() }).optional(),
  method: z.enum(['oral', 'written', 'electronic']),
  /** Named recipients for sharing with authorities or partners. */
  scope: text(1000).optional(),
  /** Consent was explained in an age-adapted way (children, rule 4). */
  ageAdapted: z.boolean().default(false),
  note: text(2000).optional(),
});
export type ConsentInput = z.input<typeof ConsentInput>;
export type ConsentData = z.infer<typeof ConsentInput>;

export const ConsentWithdrawal = z.strictObject({ reason: text(2000).optional() });

export const Consent = ConsentInput.extend({
  id: Id,
  organisationId: Id,
  recordedBy: Id.nullable(),
  withdrawnAt: Timestamp.nullable(),
  withdrawnBy: Id.nullable(),
  withdrawalReason: z.string().nullable(),
  createdAt: Timestamp,
});
export type Consent = z.infer<typeof Consent>;

/**
 * Whether `personId` currently consents to `purpose`: the latest decision for that purpose (by givenAt) is
 * "given" and has not been withdrawn. No record means no consent.
 */
export function hasConsent(
  consents: readonly Pick<Consent, 'personId' | 'purpose' | 'decision' | 'givenAt' | 'withdrawnAt'>[],
  personId: string,
  purpose: ConsentPurpose,
): boolean {
  let latest: (typeof consents)[number] | undefined;
  for (const c of consents) {
    if (c.personId !== personId || c.purpose !== purpose) continue;
    if (!latest || Date.parse(c.givenAt) >= Date.parse(latest.givenAt)) latest = c;
  }
  return latest !== undefined && latest.decision === 'given' && latest.withdrawnAt === null;
}
