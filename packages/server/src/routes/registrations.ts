import { Id, PageQuery, Registration, RegistrationInput, RegistrationKind, canActor, pageOf, presentPerson, PresentedPerson } from '@kinlink/core';
import type { Actor, RecordAccess } from '@kinlink/core';
import { createRegistration, findRegistration, getSite, listRegistrations } from '@kinlink/store';
import { enqueueMatching } from '../matching/match-case-job';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

import type { ServerContext } from '../context';
import { grantsFor, personAccess, visibleOr404 } from '../http/access';
import { authorize } from '../http/actor';
import { invalid, notFound } from '../http/errors';
import { withAudit, withAuditedRead } from '../http/unit-of-work';
import { AccessKind, RevealQuery } from './cases.schemas';
import { errorResponses, IdParam } from './schemas';

const tags = ['registrations'];

export const PresentedRegistration = Registration.extend({ person: PresentedPerson, access: AccessKind });
export const RegistrationListQuery = PageQuery.extend({ kind: RegistrationKind.optional(), siteId: Id.optional() });

function present(registration: Registration, actor: Actor, access: Exclude<RecordAccess, { kind: 'none' }>, revealSensitive: boolean) {
  return { ...registration, access: access.kind, person: presentPerson(registration.person, { actor, access, revealSensitive }) };
}

/**
 * People met at sites: "safe and well", "looking for someone" (which opens a tracing case) and
 * unaccompanied or separated children (with their mandatory referral).
 */
export const registrationRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/registrations',
    { schema: { tags, summary: 'Registrations of your organisation, most recent first', querystring: RegistrationListQuery, response: { 200: pageOf(PresentedRegistration), ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'registration.read');
      return withAuditedRead(ctx.db, request, async (db, audit) => {
        const page = await listRegistrations(db, { ...request.query, organisationIds: [actor.organisationId] }, ctx.cipher);
        await audit({
          action: 'registration.list', recordType: 'registration', recordId: null,
          details: { registrationIds: page.items.map((r) => r.id), personIds: page.items.map((r) => r.person.id) },
        });
        return { items: page.items.map((r) => present(r, actor, { kind: 'owner' }, false)), next: page.next };
      });
    },
  );

  app.post(
    '/registrations',
    { schema: { tags, summary: 'Register a person met at a site', body: RegistrationInput, response: { 201: PresentedRegistration, ...errorResponses } } },
    async (request, reply) => {
      const actor = authorize(request, 'registration.create');
      if (request.body.kind === 'looking_for_someone' && !canActor(actor, 'case.create')) authorize(request, 'case.create');
      const registration = await withAudit(ctx.db, request, async (trx, audit) => {
        if (request.body.siteId !== undefined) {
          const site = await getSite(trx, request.body.siteId).catch(() => undefined);
          if (!site) throw invalid([{ path: 'siteId', message: 'No site has this id.' }]);
        }
        const created = await createRegistration(trx, { organisationId: actor.organisationId, registration: request.body }, { actorUserId: actor.userId }, ctx.cipher);
        await enqueueMatching(trx, created.caseId ? { caseId: created.caseId } : { personId: created.person.id });
        await audit({
          action: 'registration.create', recordType: 'registration', recordId: created.id,
          details: { kind: created.kind, personId: created.person.id, siteId: created.siteId, caseId: created.caseId },
        });
        if (created.caseId) await audit({ action: 'case.create', recordType: 'case', recordId: created.caseId, details: { fromRegistration: created.id } });
        return created;
      });
      return reply.code(201).send(present(registration, actor, { kind: 'owner' }, false));
    },
  );

  app.get(
    '/registrations/:id',
    { schema: { tags, summary: 'One registration', params: IdParam, querystring: RevealQuery, response: { 200: PresentedRegistration, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'registration.read');
      return withAuditedRead(ctx.db, request, async (db, audit) => {
        const found = await findRegistration(db, request.params.id, ctx.cipher);
        if (!found) throw notFound('Registration');
        const access =
          found.organisationId === actor.organisationId
            ? ({ kind: 'owner' } as const)
            : visibleOr404(await personAccess(db, actor, found.person, await grantsFor(db, actor)), 'Registration');
        const revealSensitive = request.query.reveal === 'sensitive' && canActor(actor, 'person.read_sensitive');
        await audit({
          action: 'registration.read', recordType: 'registration', recordId: found.id,
          details: { personIds: [found.person.id], ...(revealSensitive ? { revealedSensitive: true } : {}) },
        });
        return present(found, actor, access, revealSensitive);
      });
    },
  );
};

