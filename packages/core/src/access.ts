import type { Permission } from './roles';
import { permissionsFor } from './roles';
import type { DataCategory, TransferStatus } from './transfer';
import type { Actor } from './user';

/** What access policies need to know about a transfer or share: the grant it gives once accepted. */
export interface AccessGrant {
  readonly fromOrganisationId: string;
  readonly toOrganisationId: string;
  readonly status: TransferStatus;
  readonly caseId: string | null;
  readonly personId: string | null;
  readonly dataCategories: readonly DataCategory[];
}

/** Deny by default: true only when the actor's role grants the permission. */
export function canActor(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return permissionsFor(actor.role).has(permission);
}

const acceptedTowards = (actor: Pick<Actor, 'organisationId'>, grants: readonly AccessGrant[]): AccessGrant[] =>
  grants.filter((g) => g.status === 'accepted' && g.toOrganisationId === actor.organisationId);

/**
 * Organisations whose records the actor may see some of: their own, plus every organisation that
 * transferred or shared something with the actor's organisation through an accepted transfer. Records of
 * those other organisations are visible only when a grant names them (see sharedRecordIds).
 */
export function visibleOrganisationIds(actor: Pick<Actor, 'organisationId'>, grants: readonly AccessGrant[]): ReadonlySet<string> {
  const ids = new Set<string>([actor.organisationId]);
  for (const g of acceptedTowards(actor, grants)) ids.add(g.fromOrganisationId);
  return ids;
}

/** Case and person ids another organisation shared with the actor's, with the data categories shared. */
export function sharedRecordIds(actor: Pick<Actor, 'organisationId'>, grants: readonly AccessGrant[]): ReadonlyMap<string, ReadonlySet<DataCategory>> {
  const shared = new Map<string, Set<DataCategory>>();
  for (const g of acceptedTowards(actor, grants)) {
    for (const id of [g.caseId, g.personId]) {
      if (id === null) continue;
      const categories = shared.get(id) ?? new Set<DataCategory>();
      for (const c of g.dataCategories) categories.add(c);
      shared.set(id, categories);
    }
  }
  return shared;
}

/** A record as access control sees it: its owner, and the ids that can be shared to reach it (itself, its cases). */
export interface GuardedRecord {
  readonly organisationId: string;
  readonly recordIds: readonly string[];
}

export type RecordAccess =
  | { readonly kind: 'owner' }
  | { readonly kind: 'shared'; readonly categories: ReadonlySet<DataCategory> }
  | { readonly kind: 'none' };

/**
 * How the actor may see a record: as its owning organisation, through accepted shares (with the union of
 * their data categories), or not at all. Permissions are checked separately with canActor.
 */
export function recordAccess(actor: Pick<Actor, 'organisationId'>, record: GuardedRecord, grants: readonly AccessGrant[]): RecordAccess {
  if (record.organisationId === actor.organisationId) return { kind: 'owner' };
  const shared = sharedRecordIds(actor, grants);
  const categories = new Set<DataCategory>();
  let found = false;
  for (const id of record.recordIds) {
    const granted = shared.get(id);
    if (!granted) continue;
    found = true;
    for (const c of granted) categories.add(c);
  }
  return found ? { kind: 'shared', categories } : { kind: 'none' };
}

/** The actor may read the record: has the read permission, and owns it or received it through a share. */
export function canViewRecord(
  actor: Actor,
  permission: Permission,
  record: GuardedRecord,
  grants: readonly AccessGrant[],
): boolean {
  return canActor(actor, permission) && recordAccess(actor, record, grants).kind !== 'none';
}
