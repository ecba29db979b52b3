import { Consent, ConsentInput, ConsentWithdrawal, PageQuery, PersonUpdate, PresentedPerson, canActor, pageOf, presentPerson } from '@kinlink/core';
import { findPerson, getConsent, listConsents, listPersons, recordConsent, updatePerson, withdrawConsent } from '@kinlink/store';
import { enqueueMatching } from '../matching/match-case-job';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../context';
import { grantsFor, ownerOr403, personAccess, sharedPersonIds, visibleOr404 } from '../http/access';
import { authorize } from '../http/actor';
import { notFound } from '../http/errors';
import { withAudit, withAuditedRead } from '../http/unit-of-work';
import { AccessKind, RevealQuery } from './cases.schemas';
import { errorResponses, IdParam } from './schemas';

const tags = ['persons'];

export const PersonView = PresentedPerson.extend({ access: AccessKind });
export const PersonUpdateBody = PersonUpdate.extend({
  /** The version you edited; a newer stored version makes the update fail with 409 instead of overwriting. */
  version: z.number().int().min(1).optional(),
});
export const ConsentList = z.object({ items: z.array(Consent), next: z.null() });

/**
 * Person records (enquirers, sought persons, registered people) and their consents. Every read of a
 * person is audited: who, when, which record, from which address.
 */
export const personRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/persons',
    { schema: { tags, summary: 'Person records of your organisation and those shared with it, newest first (audited)', querystring: PageQuery, response: { 200: pageOf(PersonView), ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'person.read');
      return withAuditedRead(ctx.db, request, async (db, audit) => {
        const grants = await grantsFor(db, actor);
        const page = await listPersons(db, { ...request.query, organisationIds: [actor.organisationId], ids: sharedPersonIds(actor, grants) }, ctx.cipher);
        const items = [];
        for (const person of page.items) {
          const access = visibleOr404(await personAccess(db, actor, person, grants), 'Person');
          items.push({ ...presentPerson(person, { actor, access, revealSensitive: false }), access: access.kind });
        }
        await audit({ action: 'person.list', recordType: 'person', recordId: null, details: { personIds: page.items.map((p) => p.id) } });
        return { items, next: page.next };
      });
    },
  );

  app.get(
    '/persons/:id',
    { schema: { tags, summary: 'One person record (audited); `?reveal=sensitive` for roles allowed to see sensitive fields', params: IdParam, querystring: RevealQuery, response: { 200: PersonView, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'person.read');
      return withAuditedRead(ctx.db, request, async (db, audit) => {
        const person = await findPerson(db, request.params.id, ctx.cipher);
        if (!person) throw notFound('Person');
        const access = visibleOr404(await personAccess(db, actor, person, await grantsFor(db, actor)), 'Person');
        const revealSensitive = request.query.reveal === 'sensitive' && canActor(actor, 'person.read_sensitive');
        await audit({
          action: 'person.read', recordType: 'person', recordId: person.id,
          details: { access: access.kind, ...(revealSensitive ? { revealedSensitive: true } : {}) },
        });
        return { ...presentPerson(person, { actor, access, revealSensitive }), access: access.kind };
      });
    },
  );

  app.patch(
    '/persons/:id',
    { schema: { tags, summary: 'Change a person record (names stay as written: add forms, do not "correct" them)', params: IdParam, body: PersonUpdateBody, response: { 200: PersonView, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'person.update');
      const { version, ...update } = request.body;
      if (update.sensitive !== undefined) authorize(request, 'person.read_sensitive');
      return withAudit(ctx.db, request, async (trx, audit) => {
        const person = await findPerson(trx, request.params.id, ctx.cipher);
        if (!person) throw notFound('Person');
        ownerOr403(await personAccess(trx, actor, person, await grantsFor(trx, actor)), 'Person');
        const updated = await updatePerson(trx, person.id, update, version !== undefined ? { expectedVersion: version } : {}, { actorUserId: actor.userId }, ctx.cipher);
        await enqueueMatching(trx, { personId: person.id });
        await audit({ action: 'person.update', recordType: 'person', recordId: person.id, details: { fields: Object.keys(update).sort(), version: updated.version } });
        return { ...presentPerson(updated, { actor, access: { kind: 'owner' }, revealSensitive: false }), access: 'owner' as const };
      });
    },
  );

  app.get(
    '/persons/:id/consents',
    { schema: { tags: ['consents'], summary: "A person's consent decisions, oldest first", params: IdParam, response: { 200: ConsentList, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'consent.read');
      return withAuditedRead(ctx.db, request, async (db, audit) => {
        const person = await findPerson(db, request.params.id, ctx.cipher);
        if (!person) throw notFound('Person');
        visibleOr404(await personAccess(db, actor, person, await grantsFor(db, actor)), 'Person');
        const items = await listConsents(db, [person.id]);
        await audit({ action: 'consent.list', recordType: 'person', recordId: person.id });
        return { items, next: null };
      });
    },
  );

  app.post(
    '/consents',
    { schema: { tags: ['consents'], summary: 'Record a consent decision (given or refused) for one purpose', body: ConsentInput, response: { 201: Consent, ...errorResponses } } },
    async (request, reply) => {
      const actor = authorize(request, 'consent.record');
      const consent = await withAudit(ctx.db, request, async (trx, audit) => {
        const person = await findPerson(trx, request.body.personId, ctx.cipher);
        if (!person) throw notFound('Person');
        visibleOr404(await personAccess(trx, actor, person, await grantsFor(trx, actor)), 'Person');
        const recorded = await recordConsent(trx, { organisationId: actor.organisationId, consent: request.body }, { actorUserId: actor.userId });
        await audit({
          action: 'consent.record', recordType: 'person', recordId: person.id,
          details: { consentId: recorded.id, purpose: recorded.purpose, decision: recorded.decision },
        });
        return recorded;
      });
      return reply.code(201).send(consent);
    },
  );

  app.post(
    '/consents/:id/withdrawal',
    { schema: { tags: ['consents'], summary: 'Withdraw a consent; takes effect everywhere at once', params: IdParam, body: ConsentWithdrawal, response: { 200: Consent, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'consent.withdraw');
      return withAudit(ctx.db, request, async (trx, audit) => {
        const consent = await getConsent(trx, request.params.id).catch(() => undefined);
        if (!consent) throw notFound('Consent');
        const person = await findPerson(trx, consent.personId, ctx.cipher);
        if (!person) throw notFound('Consent');
        visibleOr404(await personAccess(trx, actor, person, await grantsFor(trx, actor)), 'Consent');
        const withdrawn = await withdrawConsent(trx, consent.id, request.body, { actorUserId: actor.userId });
        await audit({ action: 'consent.withdraw', recordType: 'person', recordId: person.id, details: { consentId: consent.id, purpose: consent.purpose } });
        return withdrawn;
      });
    },
  );
};
