import { z } from 'zod';
import { CountryCode, Id, PartialDate, Timestamp, text } from './primitives';
import { Person, PersonInput } from './person';

export const CaseStatus = z.enum(['draft', 'open', 'in_progress', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** How a case in progress is being worked: from the desk, in the field, or transferred to another organisation. */
export const CaseTrack = z.enum(['desk', 'field', 'transferred']);
export type CaseTrack = z.infer<typeof CaseTrack>;

/** Closure reasons exactly as in DESIGN.md. */
export const ClosureReason = z.enum([
  'located_contact_restored',
  'located_refused_contact',
  'fate_clarified_deceased',
  'not_located_search_exhausted',
  'enquirer_withdrew',
  'enquirer_unreachable',
  'duplicate_merged',
  'out_of_mandate',
  'reunited',
]);
export type ClosureReason = z.infer<typeof ClosureReason>;

export const CasePriority = z.enum(['unaccompanied_child', 'separated_child', 'elderly', 'medical', 'other_vulnerability']);
export type CasePriority = z.infer<typeof CasePriority>;

export const Relationship = z.enum([
  'mother', 'father', 'son', 'daughter', 'brother', 'sister', 'husband', 'wife', 'spouse', 'grandmother',
  'grandfather', 'grandson', 'granddaughter', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'fiance',
  'stepparent', 'stepchild', 'in_law', 'guardian', 'other_relative', 'other',
]);
export type Relationship = z.infer<typeof Relationship>;

export const SeparationCause = z.enum([
  'conflict', 'migration_route', 'border_crossing', 'detention', 'deportation', 'disaster', 'shipwreck', 'other', 'unknown',
]);

export const Separation = z.strictObject({
  date: PartialDate.optional(),
  place: text(300).optional(),
  country: CountryCode.optional(),
  cause: SeparationCause.optional(),
  circumstances: text(4000).optional(),
});
export type Separation = z.infer<typeof Separation>;

export const LastNews = z.strictObject({
  date: PartialDate.optional(),
  content: text(4000).optional(),
  source: text(300).optional(),
});
export type LastNews = z.infer<typeof LastNews>;

/** State of the search for one sought person within a case. */
export const TracingStatus = z.enum(['sought', 'located', 'deceased', 'not_found']);
export type TracingStatus = z.infer<typeof TracingStatus>;

export const SoughtPersonInput = z.strictObject({
  /** Relationship of the sought person to the enquirer ("my brother"). */
  relationship: Relationship,
  person: PersonInput,
});
export type SoughtPersonInput = z.input<typeof SoughtPersonInput>;

export const TracingCaseInput = z.strictObject({
  enquirer: PersonInput,
  sought: z.array(SoughtPersonInput).min(1).max(20),
  separation: Separation.optional(),
  lastNews: LastNews.optional(),
  priorities: z.array(CasePriority).max(5).default([]),
  branchId: Id.optional(),
  assignedOfficerId: Id.optional(),
  /** Create as a draft (field intake, to be completed) instead of an open case. */
  draft: z.boolean().default(false),
});
export type TracingCaseInput = z.input<typeof TracingCaseInput>;

export const TracingCaseUpdate = z.strictObject({
  separation: Separation.nullable().optional(),
  lastNews: LastNews.nullable().optional(),
  priorities: z.array(CasePriority).max(5).optional(),
  branchId: Id.nullable().optional(),
});
export type TracingCaseUpdate = z.infer<typeof TracingCaseUpdate>;

export const SoughtPerson = z.strictObject({
  relationship: Relationship,
  tracingStatus: TracingStatus,
  person: Person,
});
export type SoughtPerson = z.infer<typeof SoughtPerson>;

export const TracingCase = z.strictObject({
  id: Id,
  organisationId: Id,
  branchId: Id.nullable(),
  status: CaseStatus,
  track: CaseTrack.nullable(),
  closureReason: ClosureReason.nullable(),
  priorities: z.array(CasePriority),
  separation: Separation.nullable(),
  lastNews: LastNews.nullable(),
  assignedOfficerId: Id.nullable(),
  enquirer: Person,
  sought: z.array(SoughtPerson),
  version: z.number().int().min(1),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  closedAt: Timestamp.nullable(),
});
export type TracingCase = z.infer<typeof TracingCase>;

export const TimelineKind = z.enum(['status', 'action', 'note']);
export type TimelineKind = z.infer<typeof TimelineKind>;

/** Tracing actions an officer records on a case. */
export const TracingAction = z.enum([
  'interview', 'phone_call', 'message_sent', 'field_visit', 'record_check', 'publication', 'referral',
  'contact_restored', 'other',
]);
export type TracingAction = z.infer<typeof TracingAction>;

export const TimelineEntryInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('note'), text: text(4000) }),
  z.strictObject({ kind: z.literal('action'), action: TracingAction, text: text(4000).optional() }),
]);
export type TimelineEntryInput = z.infer<typeof TimelineEntryInput>;

export const TimelineEntry = z.strictObject({
  id: Id,
  caseId: Id,
  kind: TimelineKind,
  /** For `status`: the case action (submit, start, close…); for `action`: a TracingAction; for `note`: `note`. */
  action: z.string(),
  text: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  actorUserId: Id.nullable(),
  at: Timestamp,
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;
