import type { AccessGrant, Actor, Consent, Person, RecordAccess, TracingCase } from '@kinlink/core';
import { hasConsent, presentCase as presentCaseView, recordAccess } from '@kinlink/core';
import type { KinlinkDb } from '@kinlink/store';
import { accessGrantsFor, listCases, listConsents, listTransfers, recordDataShared } from '@kinlink/store';
import type { RequestActor } from './actor';
import { forbidden, notFound } from './errors';

/**
 * What the caller's organisation may see beyond its own records: the accepted transfers and shares
 * towards it. Read with the caller's session when they signed in with one (plugins/auth.ts), else here.
 */
export async function grantsFor(db: KinlinkDb, actor: Actor | RequestActor): Promise<AccessGrant[]> {
  const withSession = 'principal' in actor ? actor.principal.accessGrants : undefined;
  return withSession ?? accessGrantsFor(db, actor.organisationId);
}

/** Ids of the cases shared with the caller's organisation (for list queries). */
export function sharedCaseIds(actor: Actor, grants: readonly AccessGrant[]): string[] {
  return grants.filter((g) => g.toOrganisationId === actor.organisationId && g.caseId !== null).map((g) => g.caseId as string);
}

export function sharedPersonIds(actor: Actor, grants: readonly AccessGrant[]): string[] {
  return grants.filter((g) => g.toOrganisationId === actor.organisationId && g.personId !== null).map((g) => g.personId as string);
}

/** 404 — never 403 — when the caller may not see the record: its existence stays private to its owner. */
export function visibleOr404(access: RecordAccess, what: string): Exclude<RecordAccess, { kind: 'none' }> {
  if (access.kind === 'none') throw notFound(what);
  return access;
}

/** Changes are for the owning organisation only; a shared viewer is told no, a stranger sees nothing. */
export function ownerOr403(access: RecordAccess, what: string): void {
  visibleOr404(access, what);
  if (access.kind !== 'owner') throw forbidden(`Only the organisation that owns this ${what.toLowerCase()} can change it.`);
}

export function caseAccess(actor: Actor, tracingCase: Pick<TracingCase, 'id' | 'organisationId'>, grants: readonly AccessGrant[]): RecordAccess {
  return recordAccess(actor, { organisationId: tracingCase.organisationId, recordIds: [tracingCase.id] }, grants);
}

/** A person is reachable through a share of the person or of any case they belong to. */
export async function personAccess(db: KinlinkDb, actor: Actor, person: Pick<Person, 'id' | 'organisationId'>, grants: readonly AccessGrant[]): Promise<RecordAccess> {
  if (person.organisationId === actor.organisationId) return { kind: 'owner' };
  if (grants.length === 0) return { kind: 'none' };
  const cases = await listCases(db, { personId: person.id, limit: 500 });
  return recordAccess(actor, { organisationId: person.organisationId, recordIds: [person.id, ...cases.items.map((c) => c.id)] }, grants);
}

export interface PresentOptions {
  actor: Actor;
  access: Exclude<RecordAccess, { kind: 'none' }>;
  revealSensitive: boolean;
}

/**
 * A case as the caller may see it (core's presentCase): a located sought person's contact and
 * whereabouts stay hidden until they consented to disclosure to the enquirer (DESIGN rule 1).
 */
export async function presentCase(db: KinlinkDb, tracingCase: TracingCase, options: PresentOptions) {
  return presentCaseWithConsents(tracingCase, await listConsents(db, soughtPersonIds([tracingCase])), options);
}

/** Consent decides only what a *located* sought person shows (core's presentPerson): only theirs are read. */
const soughtPersonIds = (cases: readonly TracingCase[]): string[] =>
  cases.flatMap((c) => c.sought.filter((s) => s.tracingStatus === 'located').map((s) => s.person.id));

/** A case as the caller may see it, given the consent records of its located sought persons (findCaseWithConsents). */
export function presentCaseWithConsents(tracingCase: TracingCase, consents: readonly Consent[], options: PresentOptions) {
  const presented = presentCaseView(tracingCase, {
    actor: options.actor,
    access: options.access,
    revealSensitive: options.revealSensitive,
    whereaboutsConsented: (personId) => hasConsent(consents, personId, 'disclose_whereabouts_to_enquirer'),
  });
  return { ...presented, access: options.access.kind };
}

/** Ids of every person shown in a case (for the audit entry of the read). */
export function personIdsOf(tracingCase: TracingCase): string[] {
  return [tracingCase.enquirer.id, ...tracingCase.sought.map((s) => s.person.id)];
}

/**
 * Logs in the transfer ledger that a shared case was shown to the receiving organisation, under which
 * transfer and with which data categories (DESIGN rule 8).
 */
export async function recordCaseShown(db: KinlinkDb, actor: Actor, caseId: string): Promise<void> {
  const transfers = await listTransfers(db, { organisationId: actor.organisationId, direction: 'incoming', status: 'accepted', caseId, limit: 50 });
  for (const transfer of transfers.items) {
    await recordDataShared(db, transfer.id, { recordType: 'case', recordId: caseId, dataCategories: transfer.dataCategories }, { actorUserId: actor.userId });
  }
}
