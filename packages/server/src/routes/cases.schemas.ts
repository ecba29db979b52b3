import {
  CaseAction, CaseStatus, Id, PageQuery, PresentedCase as CorePresentedCase, TimelineEntry, TimelineEntryInput,
  TracingCaseUpdate, TracingStatus, pageOf,
} from '@kinlink/core';
import { z } from 'zod';

/** How the caller reaches a record: their organisation owns it, or it was shared with them. */
export const AccessKind = z.enum(['owner', 'shared']);

export const PresentedCase = CorePresentedCase.extend({ access: AccessKind });

export const CaseList = pageOf(PresentedCase);

export const CaseListQuery = PageQuery.extend({
  status: CaseStatus.optional(),
  assignedOfficerId: Id.optional(),
  personId: Id.optional(),
  /** `mine`: only cases assigned to the caller. */
  assigned: z.enum(['mine']).optional(),
});

/** Show sensitive fields (for roles allowed to see them); every such read is audited. */
export const RevealQuery = z.strictObject({ reveal: z.enum(['sensitive']).optional() });

export const CaseUpdateBody = TracingCaseUpdate.extend({
  /** The version you edited; a newer stored version makes the update fail with 409 instead of overwriting. */
  version: z.number().int().min(1).optional(),
});

export const TransitionBody = CaseAction;

export const AssignBody = z.strictObject({ officerId: Id.nullable() });

export const SoughtStatusParams = z.strictObject({ id: Id, personId: Id });
export const SoughtStatusBody = z.strictObject({ status: TracingStatus });

export const TimelineList = pageOf(TimelineEntry);
export { TimelineEntryInput, TimelineEntry };
