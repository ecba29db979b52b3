import type { CurrentUser } from '../api/endpoints';

/*
 * What the interface offers to whom. The server decides what is allowed; these only hide what a role
 * could never use, so that a volunteer's tablet shows the few screens they need.
 */
const tracing = new Set(['administrator', 'tracing_officer', 'auditor']);
const registering = new Set(['administrator', 'tracing_officer', 'field_volunteer']);
const reviewing = new Set(['administrator', 'tracing_officer']);

export const canTrace = (u: Pick<CurrentUser, 'role'>) => tracing.has(u.role);
export const canRegister = (u: Pick<CurrentUser, 'role'>) => registering.has(u.role);
export const canReviewMatches = (u: Pick<CurrentUser, 'role'>) => reviewing.has(u.role);
export const canAdminister = (u: Pick<CurrentUser, 'role'>) => u.role === 'administrator';
