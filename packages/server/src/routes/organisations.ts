import { BranchInput, Branch, Organisation, OrganisationInput, OrganisationUpdate, PageQuery, pageOf } from '@kinlink/core';
import { addBranch, createOrganisation, getOrganisation, findOrganisation, listOrganisations, updateOrganisation } from '@kinlink/store';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServerContext } from '../context';
import { authorize, requireActor } from '../http/actor';
import { forbidden, notFound } from '../http/errors';
import { withAudit } from '../http/unit-of-work';
import { errorResponses, IdParam } from './schemas';

const tags = ['organisations'];

/**
 * The directory of organisations (national societies with branches, ICRC delegations, partner agencies).
 * Every signed-in user may read it (it holds no personal data and is needed to address transfers);
 * administrators manage their own organisation.
 */
export const organisationRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/organisations',
    { schema: { tags, summary: 'List organisations', querystring: PageQuery, response: { 200: pageOf(Organisation), ...errorResponses } } },
    async (request) => {
      requireActor(request);
      return listOrganisations(ctx.db, request.query);
    },
  );

  app.get(
    '/organisations/:id',
    { schema: { tags, summary: 'One organisation with its branches', params: IdParam, response: { 200: Organisation, ...errorResponses } } },
    async (request) => {
      requireActor(request);
      const org = await findOrganisation(ctx.db, request.params.id);
      if (!org) throw notFound('Organisation');
      return org;
    },
  );

  app.post(
    '/organisations',
    { schema: { tags, summary: 'Register an organisation', body: OrganisationInput, response: { 201: Organisation, ...errorResponses } } },
    async (request, reply) => {
      authorize(request, 'organisation.manage');
      const org = await withAudit(ctx.db, request, async (trx, audit) => {
        const created = await createOrganisation(trx, request.body, { actorUserId: request.principal?.userId ?? null });
        await audit({ action: 'organisation.create', recordType: 'organisation', recordId: created.id, details: { name: created.name, idDomain: created.idDomain } });
        return created;
      });
      return reply.code(201).send(org);
    },
  );

  app.patch(
    '/organisations/:id',
    { schema: { tags, summary: 'Change your organisation', params: IdParam, body: OrganisationUpdate, response: { 200: Organisation, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'organisation.manage');
      if (request.params.id !== actor.organisationId) throw forbidden('You can only change your own organisation.');
      return withAudit(ctx.db, request, async (trx, audit) => {
        const updated = await updateOrganisation(trx, actor.organisationId, request.body, { actorUserId: actor.userId });
        await audit({ action: 'organisation.update', recordType: 'organisation', recordId: updated.id, details: { fields: Object.keys(request.body) } });
        return updated;
      });
    },
  );

  app.post(
    '/organisations/:id/branches',
    { schema: { tags, summary: 'Add a branch to your organisation', params: IdParam, body: BranchInput, response: { 201: Branch, ...errorResponses } } },
    async (request, reply) => {
      const actor = authorize(request, 'organisation.manage');
      if (request.params.id !== actor.organisationId) throw forbidden('You can only add branches to your own organisation.');
      const branch = await withAudit(ctx.db, request, async (trx, audit) => {
        await getOrganisation(trx, actor.organisationId);
        const created = await addBranch(trx, actor.organisationId, request.body, { actorUserId: actor.userId });
        await audit({ action: 'branch.create', recordType: 'branch', recordId: created.id, details: { organisationId: actor.organisationId, name: created.name } });
        return created;
      });
      return reply.code(201).send(branch);
    },
  );
};
