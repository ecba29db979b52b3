import { Id, PageQuery, Transfer, TransferDecision, TransferInput, TransferLedgerEntry, TransferStatus, pageOf } from '@kinlink/core';
import { decideTransfer, findCase, findOrganisation, findPerson, findTransfer, listTransferLedger, listTransfers, requestTransfer } from '@kinlink/store';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../context';
import { authorize } from '../http/actor';
import { forbidden, HttpError, invalid, notFound } from '../http/errors';
import { withAudit } from '../http/unit-of-work';
import { errorResponses, IdParam } from './schemas';

const tags = ['transfers'];

export const TransferListQuery = PageQuery.extend({
  direction: z.enum(['incoming', 'outgoing', 'both']).default('both'),
  status: TransferStatus.optional(),
  caseId: Id.optional(),
});
export const LedgerList = z.object({ items: z.array(TransferLedgerEntry), next: z.null() });

/**
 * Cases handed to another organisation, records shared with it and people referred to it: the legal
 * basis and the data categories travel with the request; the receiver accepts or declines; every step
 * is in the transfer's ledger and in the audit log.
 */
export const transferRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  /** Only the two organisations of a transfer know it exists. */
  const visibleTransfer = async (id: string, organisationId: string) => {
    const transfer = await findTransfer(ctx.db, id);
    if (!transfer || (transfer.fromOrganisationId !== organisationId && transfer.toOrganisationId !== organisationId)) throw notFound('Transfer');
    return transfer;
  };

  app.get(
    '/transfers',
    { schema: { tags, summary: 'Transfers your organisation sent or received', querystring: TransferListQuery, response: { 200: pageOf(Transfer), ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'transfer.read');
      return listTransfers(ctx.db, { ...request.query, organisationId: actor.organisationId });
    },
  );

  app.post(
    '/transfers',
    { schema: { tags, summary: 'Ask another organisation to take a case, or share/refer a case or person', body: TransferInput, response: { 201: Transfer, ...errorResponses } } },
    async (request, reply) => {
      const actor = authorize(request, 'transfer.request');
      const input = request.body;
      const transfer = await withAudit(ctx.db, request, async (trx, audit) => {
        if (input.caseId !== undefined) {
          const c = await findCase(trx, input.caseId, ctx.cipher);
          if (!c || c.organisationId !== actor.organisationId) throw invalid([{ path: 'caseId', message: 'Your organisation has no case with this id.' }]);
        }
        if (input.personId !== undefined) {
          const p = await findPerson(trx, input.personId, ctx.cipher);
          if (!p || p.organisationId !== actor.organisationId) throw invalid([{ path: 'personId', message: 'Your organisation has no person with this id.' }]);
        }
        if (input.toOrganisationId === actor.organisationId) throw invalid([{ path: 'toOrganisationId', message: 'Choose another organisation than your own.' }]);
        if (!(await findOrganisation(trx, input.toOrganisationId))) throw invalid([{ path: 'toOrganisationId', message: 'No organisation has this id.' }]);
        const created = await requestTransfer(trx, { fromOrganisationId: actor.organisationId, transfer: input }, { actorUserId: actor.userId });
        await audit({
          action: 'transfer.request', recordType: 'transfer', recordId: created.id,
          details: {
            kind: created.kind, caseId: created.caseId, personId: created.personId, toOrganisationId: created.toOrganisationId,
            legalBasis: created.legalBasis, dataCategories: created.dataCategories,
          },
        });
        return created;
      });
      return reply.code(201).send(transfer);
    },
  );

  app.get(
    '/transfers/:id',
    { schema: { tags, summary: 'One transfer', params: IdParam, response: { 200: Transfer, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'transfer.read');
      return visibleTransfer(request.params.id, actor.organisationId);
    },
  );

  app.post(
    '/transfers/:id/decision',
    { schema: { tags, summary: 'Accept or decline (receiver), or withdraw (sender)', params: IdParam, body: TransferDecision, response: { 200: Transfer, ...errorResponses } } },
    async (request) => {
      const decision = request.body;
      const actor = authorize(request, decision.type === 'withdraw' ? 'transfer.request' : 'transfer.decide');
      await visibleTransfer(request.params.id, actor.organisationId);
      return withAudit(ctx.db, request, async (trx, audit) => {
        const outcome = await decideTransfer(trx, request.params.id, decision, { organisationId: actor.organisationId }, { actorUserId: actor.userId });
        if (!outcome.ok) {
          if (outcome.error.code === 'wrong_side') throw forbidden(outcome.error.message);
          throw new HttpError(409, 'invalid-transition', outcome.error.message, { code: outcome.error.code });
        }
        await audit({
          action: `transfer.${decision.type}`, recordType: 'transfer', recordId: outcome.transfer.id,
          details: { status: outcome.transfer.status, ...(decision.type === 'decline' ? { reason: decision.reason } : {}) },
        });
        return outcome.transfer;
      });
    },
  );

  app.get(
    '/transfers/:id/ledger',
    { schema: { tags, summary: 'What was shared, with whom, on what legal basis', params: IdParam, response: { 200: LedgerList, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'transfer.read');
      await visibleTransfer(request.params.id, actor.organisationId);
      return { items: await listTransferLedger(ctx.db, request.params.id), next: null };
    },
  );
};
