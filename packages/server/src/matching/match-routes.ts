import { Id } from '@kinlink/core';
import { addTimelineEntry, decidePotentialMatch, findCase, findCaseOwner, getPersonOwners, getPotentialMatch, listCaseMatches, setSoughtPersonStatus } from '@kinlink/store';
import type { KinlinkDb, PotentialMatch } from '@kinlink/store';
import type { Actor, AccessGrant } from '@kinlink/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ServerContext } from '../context';
import { caseAccess, grantsFor, personAccess, visibleOr404 } from '../http/access';
import { authorize } from '../http/actor';
import { conflict, notFound } from '../http/errors';
import { withAudit, withAuditedRead } from '../http/unit-of-work';
import { ErrorBody, errorResponses, IdParam } from '../routes/schemas';
import { sharedMatchingService } from './matching-service';
import type { MatchingService } from './matching-service';
import { MatchingUnavailableError } from './matching-unavailable';

const tags = ['matching'];
const field = z.string().trim().max(300).optional();

export const SearchBody = z.strictObject({
  givenName: field, familyName: field, fatherName: field, grandfatherName: field, motherName: field,
  sex: field, birthDate: field, birthPlace: field, nationality: field, address: field, documentNumber: field, phone: field,
  top: z.number().int().min(1).max(50).default(10),
  threshold: z.number().min(0).max(1).default(0),
});

const Explanation = z.array(z.object({ field: z.string(), level: z.string().nullable(), bits: z.number() }));
const SearchResult = z.object({
  items: z.array(z.object({ personId: z.string(), probability: z.number(), matchWeight: z.number(), explanation: Explanation, roles: z.array(z.object({ role: z.string(), caseId: z.string().nullable() })) })),
});
const MatchView = z.object({
  id: z.string(), kind: z.string(), status: z.string(), probability: z.number(), matchWeight: z.number(), explanation: Explanation,
  leftPersonId: z.string(), rightPersonId: z.string(), leftCaseId: z.string().nullable(), rightCaseId: z.string().nullable(),
  modelVersion: z.string(), rejectionReason: z.string().nullable(), version: z.number(),
});
const Unavailable = ErrorBody.extend({ retryAfterSeconds: z.number() }).describe('The search index is being built or its worker restarted: retry after `retryAfterSeconds`');
const DecisionBody = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('confirmed'), version: z.number().int().min(1).optional() }),
  z.strictObject({ decision: z.literal('rejected'), reason: z.string().trim().min(1).max(2000), version: z.number().int().min(1).optional() }),
]);

const view = (m: PotentialMatch) => ({
  id: m.id, kind: m.kind, status: m.status, probability: m.probability, matchWeight: m.matchWeight, explanation: m.explanation,
  leftPersonId: m.leftPersonId, rightPersonId: m.rightPersonId, leftCaseId: m.leftCaseId, rightCaseId: m.rightCaseId,
  modelVersion: m.modelVersion, rejectionReason: m.rejectionReason, version: m.version,
});

/** Which of these persons the caller may see (only their owners are read, not their records). */
async function visiblePersonIds(db: KinlinkDb, actor: Actor, grants: AccessGrant[], personIds: readonly string[]): Promise<Set<string>> {
  const visible = new Set<string>();
  for (const [id, organisationId] of await getPersonOwners(db, personIds)) {
    if ((await personAccess(db, actor, { id, organisationId }, grants)).kind !== 'none') visible.add(id);
  }
  return visible;
}

/** The first `top` hits the caller may see; candidates' owners are read a page of `top` at a time. */
async function visibleHits<T extends { id: string }>(db: KinlinkDb, actor: Actor, grants: AccessGrant[], hits: readonly T[], top: number): Promise<T[]> {
  const visible: T[] = [];
  for (let i = 0; i < hits.length && visible.length < top; i += top) {
    const page = hits.slice(i, i + top);
    const allowed = await visiblePersonIds(db, actor, grants, page.map((h) => h.id));
    for (const h of page) if (allowed.has(h.id) && visible.length < top) visible.push(h);
  }
  return visible;
}

/** Seconds a caller is asked to wait when the search index is being built or its worker is restarting. */
const SEARCH_RETRY_AFTER_SECONDS = 5;

/**
 * Matching in the service: ad-hoc search (audited), a case's potential matches, and the officer's review.
 * A match is shown and decided only by someone whose organisation may see both persons.
 *
 * A process that listens (`kinlink serve`, with or without KINLINK_JOBS) starts building the search index
 * in its matching worker thread as soon as it listens: every process answering `POST /search` needs the
 * index, whether or not it also runs the matching jobs. A search that arrives while the index is still
 * being built waits for it up to a few seconds, then gets 503 `unavailable` with Retry-After.
 */
export const matchRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext; service?: MatchingService }> = async (app, { ctx, service = sharedMatchingService(ctx.db) }) => {
  service.useLogger(app.log);
  app.addHook('onListen', async () => service.warmUp(ctx.db));

  app.post(
    '/search',
    { schema: { tags, summary: 'Search people by any fields across scripts (audited); only records you may see are returned', body: SearchBody, response: { 200: SearchResult, ...errorResponses, 503: Unavailable } } },
    async (request, reply) => {
      const actor = authorize(request, 'person.read');
      const { top, threshold, ...fields } = request.body;
      let hits;
      try {
        hits = await service.search(ctx.db, { id: '', ...fields }, { top: top * 3, threshold });
      } catch (error) {
        if (!(error instanceof MatchingUnavailableError)) throw error;
        return reply.code(503).header('retry-after', String(SEARCH_RETRY_AFTER_SECONDS)).send({ error: 'unavailable', message: error.message, retryAfterSeconds: SEARCH_RETRY_AFTER_SECONDS });
      }
      return withAuditedRead(ctx.db, request, async (db, audit) => {
        const grants = await grantsFor(db, actor);
        const items = (await visibleHits(db, actor, grants, hits, top)).map((h) => ({
          personId: h.id, probability: h.probability, matchWeight: h.weight, explanation: h.fields.map((f) => ({ field: f.field, level: f.level, bits: f.bits })), roles: h.roles,
        }));
        const searched = Object.entries(fields).filter(([, v]) => v !== undefined && v !== '').map(([k]) => k);
        await audit({ action: 'match.search', recordType: 'person', recordId: null, details: { fields: searched, resultIds: items.map((i) => i.personId) } });
        return { items };
      });
    },
  );

  app.get(
    '/cases/:id/matches',
    { schema: { tags, summary: "A case's potential and confirmed matches, most probable first (audited)", params: IdParam, response: { 200: z.object({ items: z.array(MatchView) }), ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'case.read');
      return withAuditedRead(ctx.db, request, async (db, audit) => {
        const tracingCase = await findCaseOwner(db, request.params.id);
        if (!tracingCase) throw notFound('Case');
        const grants = await grantsFor(db, actor);
        visibleOr404(caseAccess(actor, tracingCase, grants), 'Case');
        const matches = await listCaseMatches(db, tracingCase.id);
        const visible = await visiblePersonIds(db, actor, grants, matches.flatMap((m) => [m.leftPersonId, m.rightPersonId]));
        const items = matches.filter((m) => visible.has(m.leftPersonId) && visible.has(m.rightPersonId)).map(view);
        await audit({ action: 'match.list', recordType: 'case', recordId: tracingCase.id, details: { matchIds: items.map((i) => i.id) } });
        return { items };
      });
    },
  );

  app.post(
    '/matches/:id/decision',
    { schema: { tags, summary: 'Confirm or reject (with a reason) a potential match; confirming starts contacting the located person', params: z.strictObject({ id: Id }), body: DecisionBody, response: { 200: MatchView, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'match.review');
      return withAudit(ctx.db, request, async (trx, audit) => {
        const match = await getPotentialMatch(trx, request.params.id).catch(() => undefined);
        if (!match) throw notFound('Match');
        const grants = await grantsFor(trx, actor);
        const visible = await visiblePersonIds(trx, actor, grants, [match.leftPersonId, match.rightPersonId]);
        if (!visible.has(match.leftPersonId) || !visible.has(match.rightPersonId)) throw notFound('Match');
        if (match.status !== 'potential') throw conflict(`This match is already ${match.status}.`);
        if (request.body.version !== undefined && request.body.version !== match.version) throw conflict('This match was changed by someone else.');
        const decided = await decidePotentialMatch(
          trx,
          match.id,
          request.body.decision === 'confirmed' ? { status: 'confirmed' } : { status: 'rejected', reason: request.body.reason },
          { expectedVersion: match.version },
          { actorUserId: actor.userId },
        );
        if (decided.status === 'confirmed') {
          // DESIGN rule 1: the located person is contacted and their consent recorded before any
          // whereabouts reach the enquirer. The next step goes on the timeline of each case involved.
          for (const caseId of [decided.leftCaseId, decided.rightCaseId]) {
            if (caseId) await addTimelineEntry(trx, caseId, { kind: 'action', action: 'other', text: `Match ${decided.id} confirmed: contact the located person and record their consent to share their whereabouts before telling the enquirer.` }, { actorUserId: actor.userId });
          }
          if (decided.kind !== 'duplicate') await markLocated(ctx, trx, actor, decided);
        }
        await audit({ action: `match.${decided.status === 'confirmed' ? 'confirm' : 'reject'}`, recordType: 'match', recordId: decided.id, details: { kind: decided.kind } });
        return view(decided);
      });
    },
  );
};

/**
 * A confirmed match (a registration, or the other family's own request) means the sought person of the
 * reviewer's organisation's case is located: their status says so, and from then on the enquirer's side
 * sees their whereabouts only with their recorded consent (the case presenter enforces it). Another
 * organisation's case is left to its owner, who finds the confirmation on its timeline.
 */
async function markLocated(ctx: ServerContext, trx: KinlinkDb, actor: Actor, match: PotentialMatch): Promise<void> {
  const sides = [
    { caseId: match.leftCaseId, personId: match.leftPersonId },
    { caseId: match.rightCaseId, personId: match.rightPersonId },
  ];
  for (const { caseId, personId } of sides) {
    if (!caseId) continue;
    const tracingCase = await findCase(trx, caseId, ctx.cipher);
    if (!tracingCase || tracingCase.organisationId !== actor.organisationId) continue;
    const sought = tracingCase.sought.find((s) => s.person.id === personId);
    if (sought?.tracingStatus !== 'sought') continue;
    await setSoughtPersonStatus(trx, caseId, personId, 'located', { actorUserId: actor.userId }, ctx.cipher);
  }
}
