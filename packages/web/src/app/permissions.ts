import { permissionsFor, Role, type Permission } from '@kinlink/core';
import type { CurrentUser } from '../api/endpoints';

/*
 * What the interface offers to whom, from the same role table the server enforces (@kinlink/core). The
 * server decides; these only hide what a role could never use, so a volunteer's tablet shows few screens.
 */
export function can(user: Pick<CurrentUser, 'role'>, permission: Permission): boolean {
  const role = Role.safeParse(user.role);
  return role.success && permissionsFor(role.data).has(permission);
}

export const canTrace = (u: Pick<CurrentUser, 'role'>) => can(u, 'case.read') && can(u, 'person.read') && u.role !== 'field_volunteer';
export const canRegister = (u: Pick<CurrentUser, 'role'>) => can(u, 'registration.create');
export const canCreateCase = (u: Pick<CurrentUser, 'role'>) => can(u, 'case.create');
export const canReviewMatches = (u: Pick<CurrentUser, 'role'>) => can(u, 'match.review');
export const canReadAudit = (u: Pick<CurrentUser, 'role'>) => can(u, 'audit.read');
export const canAdminister = (u: Pick<CurrentUser, 'role'>) => can(u, 'user.manage');
