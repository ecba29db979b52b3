import { z } from 'zod';
import type { RecordAccess } from './access';
import { canActor } from './access';
import type { Person } from './person';
import { Person as PersonSchema } from './person';
import type { TracingStatus } from './tracing-case';
import type { Actor } from './user';

/** A person as shown to a viewer, with the paths of what was withheld. */
export const PresentedPerson = PersonSchema.extend({ masked: z.array(z.string()) });
export type PresentedPerson = z.infer<typeof PresentedPerson>;

export interface PersonViewContext {
  readonly actor: Actor;
  /** How the actor reaches this record (recordAccess). */
  readonly access: RecordAccess;
  /** The viewer asked to unmask sensitive fields (they stay masked by default, even for restricted roles). */
  readonly revealSensitive?: boolean;
  /**
   * The person is a sought person of a case, shown on the enquirer's side. When they have been located,
   * their whereabouts and contact details need their recorded consent (DESIGN rule 1).
   */
  readonly enquirerSide?: { readonly tracingStatus: TracingStatus; readonly whereaboutsConsented: boolean };
}

/**
 * Drops from a person what the viewer may not see:
 * - sensitive data unless asked for, allowed to the role, and (for a shared record) shared;
 * - contact (phones), whereabouts (last known places) and documents not included in a share;
 * - a located person's contact and whereabouts on the enquirer side without their consent.
 */
export function presentPerson(person: Person, context: PersonViewContext): PresentedPerson {
  const masked: string[] = [];
  const out: Person = { ...person };
  const shared = context.access.kind === 'shared' ? context.access.categories : null;
  const withhold = <K extends 'phones' | 'lastKnownPlaces' | 'documents'>(field: K): void => {
    if (out[field].length > 0) masked.push(field);
    out[field] = [];
  };

  const sensitiveAllowed =
    context.revealSensitive === true && canActor(context.actor, 'person.read_sensitive') && (shared === null || shared.has('sensitive'));
  if (!sensitiveAllowed && out.sensitive !== undefined) {
    masked.push('sensitive');
    delete out.sensitive;
  } else if (sensitiveAllowed && out.sensitive?.photoRef !== undefined && shared !== null && !shared.has('photo')) {
    masked.push('sensitive.photoRef');
    const { photoRef: _photo, ...rest } = out.sensitive;
    out.sensitive = rest;
  }

  if (shared !== null) {
    if (!shared.has('contact')) withhold('phones');
    if (!shared.has('whereabouts')) withhold('lastKnownPlaces');
    if (!shared.has('documents')) withhold('documents');
  }

  const side = context.enquirerSide;
  if (side && side.tracingStatus === 'located' && !side.whereaboutsConsented) {
    if (!masked.includes('phones')) withhold('phones');
    if (!masked.includes('lastKnownPlaces')) withhold('lastKnownPlaces');
  }
  return { ...out, masked };
}
