import { AuditEntry, Id, PageQuery, pageOf } from '@kinlink/core';
import { findCaseOwner, findPerson, listAudit, verifyAuditChain } from '@kinlink/store';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../context';
import { authorize } from '../http/actor';
import { notFound } from '../http/errors';
import { withAuditedRead } from '../http/unit-of-work';
import { errorResponses, IdParam } from './schemas';

const tags = ['audit'];

export const AuditQuery = PageQuery.extend({
  action: z.string().max(100).optional(),
  actorUserId: Id.optional(),
  recordType: z.string().max(50).optional(),
  recordId: Id.optional(),
});
export const AuditPage = pageOf(AuditEntry);
export const AuditVerification = z.object({
  ok: z.boolean(),
  count: z.number().int(),
  firstBrokenId: z.string().nullable().optional(),
  firstBrokenSeq: z.number().int().optional(),
  reason: z.string().optional(),
});

/**
 * The hash-chained audit log, for administrators and auditors: what their organisation's people did,
 * and the full trail of a record their organisation owns (including what others did with it).
 */
export const auditRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/audit',
    { schema: { tags, summary: "Audit entries of your organisation's users, newest first", querystring: AuditQuery, response: { 200: AuditPage, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'audit.read');
      return listAudit(ctx.db, { ...request.query, actorOrganisationId: actor.organisationId });
    },
  );

  app.get(
    '/audit/verify',
    { schema: { tags, summary: 'Recompute the whole hash chain; names the first broken entry', response: { 200: AuditVerification, ...errorResponses } } },
    async (request) => {
      authorize(request, 'audit.read');
      return verifyAuditChain(ctx.db);
    },
  );

  for (const recordType of ['case', 'person'] as const) {
    app.get(
      `/${recordType === 'case' ? 'cases' : 'persons'}/:id/audit`,
      { schema: { tags, summary: `The audit trail of a ${recordType} your organisation owns: every read and change, by anyone`, params: IdParam, querystring: PageQuery, response: { 200: AuditPage, ...errorResponses } } },
      async (request) => {
        const actor = authorize(request, 'audit.read');
        const owner = recordType === 'case' ? (await findCaseOwner(ctx.db, request.params.id))?.organisationId : (await findPerson(ctx.db, request.params.id, ctx.cipher))?.organisationId;
        if (owner !== actor.organisationId) throw notFound(recordType === 'case' ? 'Case' : 'Person');
        return withAuditedRead(ctx.db, request, async (db, audit) => {
          const page = await listAudit(db, { ...request.query, recordType, recordId: request.params.id });
          await audit({ action: 'audit.read', recordType, recordId: request.params.id });
          return page;
        });
      },
    );
  }
};
