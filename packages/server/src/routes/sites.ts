import { Id, PageQuery, Site, SiteInput, pageOf } from '@kinlink/core';
import { createSite, getSite, listSites, setSiteActive } from '@kinlink/store';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../context';
import { authorize, requireActor } from '../http/actor';
import { forbidden } from '../http/errors';
import { withAudit } from '../http/unit-of-work';
import { errorResponses, IdParam } from './schemas';

const tags = ['sites'];

export const SiteQuery = PageQuery.extend({ organisationId: Id.optional() });
export const SiteUpdate = z.strictObject({ active: z.boolean() });

/** Transit and reception centres where people are met. Readable by every signed-in user. */
export const siteRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/sites',
    { schema: { tags, summary: 'List sites', querystring: SiteQuery, response: { 200: pageOf(Site), ...errorResponses } } },
    async (request) => {
      requireActor(request);
      const { organisationId, ...page } = request.query;
      return listSites(ctx.db, { ...page, ...(organisationId ? { organisationIds: [organisationId] } : {}) });
    },
  );

  app.get(
    '/sites/:id',
    { schema: { tags, summary: 'One site', params: IdParam, response: { 200: Site, ...errorResponses } } },
    async (request) => {
      requireActor(request);
      return getSite(ctx.db, request.params.id);
    },
  );

  app.post(
    '/sites',
    { schema: { tags, summary: 'Add a site of your organisation', body: SiteInput, response: { 201: Site, ...errorResponses } } },
    async (request, reply) => {
      const actor = authorize(request, 'site.manage');
      if (request.body.organisationId !== actor.organisationId) throw forbidden('You can only add sites of your own organisation.');
      const site = await withAudit(ctx.db, request, async (trx, audit) => {
        const created = await createSite(trx, request.body, { actorUserId: actor.userId });
        await audit({ action: 'site.create', recordType: 'site', recordId: created.id, details: { name: created.name } });
        return created;
      });
      return reply.code(201).send(site);
    },
  );

  app.patch(
    '/sites/:id',
    { schema: { tags, summary: 'Open or close a site', params: IdParam, body: SiteUpdate, response: { 200: Site, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'site.manage');
      return withAudit(ctx.db, request, async (trx, audit) => {
        const site = await getSite(trx, request.params.id);
        if (site.organisationId !== actor.organisationId) throw forbidden('You can only change sites of your own organisation.');
        const updated = await setSiteActive(trx, site.id, request.body.active, { actorUserId: actor.userId });
        await audit({ action: 'site.update', recordType: 'site', recordId: site.id, details: { active: request.body.active } });
        return updated;
      });
    },
  );
};
