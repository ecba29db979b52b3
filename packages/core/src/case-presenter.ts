import { z } from 'zod';
import type { RecordAccess } from './access';
import type { PresentedPerson } from './presenters';
import { PresentedPerson as PresentedPersonSchema, presentPerson } from './presenters';
import type { TracingCase } from './tracing-case';
import { SoughtPerson, TracingCase as TracingCaseSchema } from './tracing-case';
import type { Actor } from './user';

export const PresentedCase = TracingCaseSchema.extend({
  enquirer: PresentedPersonSchema,
  sought: z.array(SoughtPerson.extend({ person: PresentedPersonSchema })),
});
export type PresentedCase = z.infer<typeof PresentedCase>;

export interface CaseViewContext {
  readonly actor: Actor;
  readonly access: RecordAccess;
  readonly revealSensitive?: boolean;
  /** Whether a sought person has consented to their whereabouts being disclosed to the enquirer (rule 1). */
  readonly whereaboutsConsented: (personId: string) => boolean;
}

/**
 * A case as shown to a viewer. A case is the enquirer's request, so its sought persons are on the enquirer's
 * side: once located, their contact and whereabouts appear only with their recorded consent.
 */
export function presentCase(tracingCase: TracingCase, context: CaseViewContext): PresentedCase {
  const base = { actor: context.actor, access: context.access, revealSensitive: context.revealSensitive ?? false };
  const enquirer: PresentedPerson = presentPerson(tracingCase.enquirer, base);
  return {
    ...tracingCase,
    enquirer,
    sought: tracingCase.sought.map((s) => ({
      ...s,
      person: presentPerson(s.person, {
        ...base,
        enquirerSide: { tracingStatus: s.tracingStatus, whereaboutsConsented: context.whereaboutsConsented(s.person.id) },
      }),
    })),
  };
}
