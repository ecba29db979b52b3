import { PageQuery, Role, User, UserInput, UserUpdate, canActor, pageOf } from '@kinlink/core';
import { createUser, deleteUserSessions, findUser, listUsers, updateUser } from '@kinlink/store';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuthStore } from '../auth/auth-store';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/passwords';
import type { ServerContext } from '../context';
import { authorize, requireActor } from '../http/actor';
import { conflict, forbidden, notFound } from '../http/errors';
import { withAudit } from '../http/unit-of-work';
import { errorResponses, IdParam } from './schemas';

const tags = ['users'];

export const UserCreateBody = UserInput.extend({
  /** Initial password; without one the user cannot sign in until an administrator sets it. */
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1024).optional(),
});
export const UserQuery = PageQuery.extend({ role: Role.optional() });

/** Users of the caller's organisation: administrators manage them; officers see them to assign cases. */
export const userRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  const mayList = (request: Parameters<typeof requireActor>[0]) => {
    const actor = requireActor(request);
    if (!canActor(actor, 'user.manage') && !canActor(actor, 'case.assign')) throw forbidden();
    return actor;
  };

  app.get(
    '/users',
    { schema: { tags, summary: 'Users of your organisation', querystring: UserQuery, response: { 200: pageOf(User), ...errorResponses } } },
    async (request) => {
      const actor = mayList(request);
      return listUsers(ctx.db, { ...request.query, organisationIds: [actor.organisationId] });
    },
  );

  app.get(
    '/users/:id',
    { schema: { tags, summary: 'One user of your organisation', params: IdParam, response: { 200: User, ...errorResponses } } },
    async (request) => {
      const actor = mayList(request);
      const user = await findUser(ctx.db, request.params.id);
      if (!user || user.organisationId !== actor.organisationId) throw notFound('User');
      return user;
    },
  );

  app.post(
    '/users',
    { schema: { tags, summary: 'Add a user to your organisation', body: UserCreateBody, response: { 201: User, ...errorResponses } } },
    async (request, reply) => {
      const actor = authorize(request, 'user.manage');
      const { password, ...input } = request.body;
      if (input.organisationId !== actor.organisationId) throw forbidden('You can only add users to your own organisation.');
      const passwordHash = password ? await hashPassword(password) : null;
      const user = await withAudit(ctx.db, request, async (trx, audit) => {
        const created = await createUser(trx, { ...input, passwordHash }, { actorUserId: actor.userId });
        await audit({ action: 'user.create', recordType: 'user', recordId: created.id, details: { role: created.role } });
        return created;
      });
      return reply.code(201).send(user);
    },
  );

  app.patch(
    '/users/:id',
    { schema: { tags, summary: 'Change, disable or re-enable a user', params: IdParam, body: UserUpdate, response: { 200: User, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'user.manage');
      const changes = request.body;
      return withAudit(ctx.db, request, async (trx, audit) => {
        const user = await findUser(trx, request.params.id);
        if (!user || user.organisationId !== actor.organisationId) throw notFound('User');
        if (user.id === actor.userId && (changes.disabled === true || (changes.role !== undefined && changes.role !== user.role))) {
          throw conflict('You cannot disable yourself or change your own role; ask another administrator.');
        }
        const updated = await updateUser(trx, user.id, changes, { actorUserId: actor.userId });
        // A disabled user or a changed role must not keep old sessions.
        if (changes.disabled === true || (changes.role !== undefined && changes.role !== user.role)) await deleteUserSessions(trx, user.id);
        await audit({ action: 'user.update', recordType: 'user', recordId: user.id, details: { fields: Object.keys(changes), ...(changes.role ? { role: changes.role } : {}) } });
        return updated;
      });
    },
  );
  app.post(
    '/users/:id/second-factor-reset',
    { schema: { tags, summary: "Remove a user's TOTP second factor (lost device) and end their sessions", params: IdParam, response: { 200: User, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'user.manage');
      return withAudit(ctx.db, request, async (trx, audit) => {
        const user = await findUser(trx, request.params.id);
        if (!user || user.organisationId !== actor.organisationId) throw notFound('User');
        await new AuthStore(trx).resetTotp(user.id, ctx.now().toISOString());
        await deleteUserSessions(trx, user.id);
        await audit({ action: 'user.second_factor_reset', recordType: 'user', recordId: user.id });
        return (await findUser(trx, user.id)) ?? user;
      });
    },
  );
};
