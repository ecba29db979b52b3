import { canActor, Role, type Actor, type Permission } from '@kinlink/core';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../auth/principal';
import { requirePrincipal } from '../plugins/auth';
import { forbidden } from './errors';

export interface RequestActor extends Actor {
  readonly principal: Principal;
}

/** The signed-in caller as access policies see them; 401 when nobody is signed in. */
export function requireActor(request: FastifyRequest): RequestActor {
  const principal = requirePrincipal(request);
  const role = Role.safeParse(principal.role);
  // A user whose stored role this version does not know gets no permissions at all (deny by default).
  if (!role.success) throw forbidden('Your account has no valid role.');
  return { userId: principal.userId, organisationId: principal.organisationId, branchId: principal.branchId, role: role.data, principal };
}

/** 403 unless the caller's role grants the permission. */
export function authorize(request: FastifyRequest, permission: Permission): RequestActor {
  const actor = requireActor(request);
  if (!canActor(actor, permission)) throw forbidden();
  return actor;
}
