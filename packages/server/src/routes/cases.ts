import type { Actor, TracingCase } from '@kinlink/core';
import { PageQuery, TracingCaseInput, canActor } from '@kinlink/core';
import type { KinlinkDb } from '@kinlink/store';
import { enqueueMatching } from '../matching/match-case-job';
import {
  addTimelineEntry, assignCase, createCase, findCase, findCaseOwner, findCaseWithConsents, findUser, listCasesWithConsents, listTimeline, setSoughtPersonStatus, transitionCaseRecord, updateCase,
} from '@kinlink/store';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServerContext } from '../context';
import {
  caseAccess, grantsFor, ownerOr403, personIdsOf, presentCase, presentCaseWithConsents, recordCaseShown, sharedCaseIds, visibleOr404,
} from '../http/access';
import { authorize } from '../http/actor';
import { forbidden, HttpError, invalid, notFound } from '../http/errors';
import { withAudit, withAuditedRead } from '../http/unit-of-work';
import {
  AssignBody, CaseList, CaseListQuery, CaseUpdateBody, PresentedCase, RevealQuery, SoughtStatusBody, SoughtStatusParams, TimelineEntry,
  TimelineEntryInput, TimelineList, TransitionBody,
} from './cases.schemas';
import { errorResponses, IdParam } from './schemas';

const tags = ['cases'];

/** The assigned officer must be an active user of the case's organisation. */
async function checkOfficer(db: KinlinkDb, organisationId: string, officerId: string | null | undefined, path: string): Promise<void> {
  if (!officerId) return;
  const officer = await findUser(db, officerId);
  if (!officer || officer.organisationId !== organisationId || officer.disabled) {
    throw invalid([{ path, message: 'No active user of this organisation has this id.' }]);
  }
}

/** Checks that the case exists and the caller may see it (404) or change it (403), reading only its owner. */
async function checkCase(db: KinlinkDb, actor: Actor, id: string, need: 'see' | 'change'): Promise<void> {
  const owner = await findCaseOwner(db, id);
  if (!owner) throw notFound('Case');
  const access = caseAccess(actor, owner, await grantsFor(db, actor));
  if (need === 'change') ownerOr403(access, 'Case');
  else visibleOr404(access, 'Case');
}

/** Loads a case with what presenting it needs and checks that the caller may see it (404 otherwise). */
async function visibleCase(ctx: ServerContext, db: KinlinkDb, actor: Actor, id: string) {
  const found = await findCaseWithConsents(db, id, ctx.cipher);
  if (!found) throw notFound('Case');
  const grants = await grantsFor(db, actor);
  return { ...found, access: visibleOr404(caseAccess(actor, found.tracingCase, grants), 'Case') };
}

/** Loads a case the caller's organisation owns, for a change (404 if invisible, 403 if only shared). */
async function ownedCase(ctx: ServerContext, db: KinlinkDb, actor: Actor, id: string): Promise<TracingCase> {
  const found = await findCase(db, id, ctx.cipher);
  if (!found) throw notFound('Case');
  ownerOr403(caseAccess(actor, found, await grantsFor(db, actor)), 'Case');
  return found;
}

const revealing = (reveal: 'sensitive' | undefined, actor: Actor) => reveal === 'sensitive' && canActor(actor, 'person.read_sensitive');

/**
 * Tracing cases: an enquirer looking for one or more sought persons. Every read is audited with the
 * persons it showed; every change happens in one transaction with its audit entry.
 */
export const caseRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/cases',
    { schema: { tags, summary: 'Cases of your organisation and cases shared with it, newest first', querystring: CaseListQuery, response: { 200: CaseList, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'case.read');
      const { assigned, ...query } = request.query;
      return withAuditedRead(ctx.db, request, async (db, audit) => {
        const grants = await grantsFor(db, actor);
        const page = await listCasesWithConsents(
          db,
          { ...query, ...(assigned === 'mine' ? { assignedOfficerId: actor.userId } : {}), organisationIds: [actor.organisationId], ids: sharedCaseIds(actor, grants) },
          ctx.cipher,
        );
        const cases = page.items.map((c) => c.tracingCase);
        await audit({
          action: 'case.list', recordType: 'case', recordId: null,
          details: { caseIds: cases.map((c) => c.id), personIds: cases.flatMap(personIdsOf) },
        });
        const items = page.items.map(({ tracingCase, consents }) =>
          presentCaseWithConsents(tracingCase, consents, { actor, access: visibleOr404(caseAccess(actor, tracingCase, grants), 'Case'), revealSensitive: false }));
        return { items, next: page.next };
      });
    },
  );

  app.post(
    '/cases',
    { schema: { tags, summary: 'Open a tracing case (or a draft) with its enquirer and sought persons', body: TracingCaseInput, response: { 201: PresentedCase, ...errorResponses } } },
    async (request, reply) => {
      const actor = authorize(request, 'case.create');
      if (request.body.assignedOfficerId !== undefined && !canActor(actor, 'case.assign')) throw forbidden('You may not assign cases.');
      const presented = await withAudit(ctx.db, request, async (trx, audit) => {
        await checkOfficer(trx, actor.organisationId, request.body.assignedOfficerId, 'assignedOfficerId');
        const created = await createCase(trx, { organisationId: actor.organisationId, case: request.body }, { actorUserId: actor.userId }, ctx.cipher);
        await enqueueMatching(trx, { caseId: created.id });
        await audit({
          action: 'case.create', recordType: 'case', recordId: created.id,
          details: { status: created.status, personIds: personIdsOf(created), priorities: created.priorities },
        });
        return presentCase(trx, created, { actor, access: { kind: 'owner' }, revealSensitive: false });
      });
      return reply.code(201).send(presented);
    },
  );

  app.get(
    '/cases/:id',
    { schema: { tags, summary: 'One case; `?reveal=sensitive` shows sensitive fields to roles allowed to see them', params: IdParam, querystring: RevealQuery, response: { 200: PresentedCase, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'case.read');
      return withAuditedRead(ctx.db, request, async (db, audit, writeWithAudit) => {
        const { tracingCase, consents, access } = await visibleCase(ctx, db, actor, request.params.id);
        const revealSensitive = revealing(request.query.reveal, actor);
        if (access.kind === 'shared') writeWithAudit((trx) => recordCaseShown(trx, actor, tracingCase.id));
        await audit({
          action: 'case.read', recordType: 'case', recordId: tracingCase.id,
          details: { personIds: personIdsOf(tracingCase), access: access.kind, ...(revealSensitive ? { revealedSensitive: true } : {}) },
        });
        return presentCaseWithConsents(tracingCase, consents, { actor, access, revealSensitive });
      });
    },
  );

  app.patch(
    '/cases/:id',
    { schema: { tags, summary: 'Change separation, last news, priorities or branch', params: IdParam, body: CaseUpdateBody, response: { 200: PresentedCase, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'case.update');
      const { version, ...update } = request.body;
      return withAudit(ctx.db, request, async (trx, audit) => {
        await checkCase(trx, actor, request.params.id, 'change');
        const updated = await updateCase(trx, request.params.id, update, version !== undefined ? { expectedVersion: version } : {}, { actorUserId: actor.userId }, ctx.cipher);
        await audit({ action: 'case.update', recordType: 'case', recordId: updated.id, details: { fields: Object.keys(update).sort() } });
        return presentCase(trx, updated, { actor, access: { kind: 'owner' }, revealSensitive: false });
      });
    },
  );

  app.post(
    '/cases/:id/transitions',
    {
      schema: {
        tags,
        summary: 'Move a case through its workflow: submit, start (desk | field | transferred), change_track, close (with a reason), reopen',
        params: IdParam,
        body: TransitionBody,
        response: { 200: PresentedCase, ...errorResponses },
      },
    },
    async (request) => {
      const action = request.body;
      const permission = action.type === 'close' ? 'case.close' : action.type === 'reopen' ? 'case.reopen' : 'case.update';
      const actor = authorize(request, permission);
      return withAudit(ctx.db, request, async (trx, audit) => {
        const before = await ownedCase(ctx, trx, actor, request.params.id);
        const outcome = await transitionCaseRecord(trx, before.id, action, {}, { actorUserId: actor.userId }, ctx.cipher);
        if (!outcome.ok) throw new HttpError(409, 'invalid-transition', outcome.error.message, { code: outcome.error.code });
        await audit({
          action: `case.${action.type}`, recordType: 'case', recordId: before.id,
          details: { from: before.status, to: outcome.case.status, ...('reason' in action ? { reason: action.reason } : {}), ...('track' in action ? { track: action.track } : {}) },
        });
        return presentCase(trx, outcome.case, { actor, access: { kind: 'owner' }, revealSensitive: false });
      });
    },
  );

  app.post(
    '/cases/:id/assignment',
    { schema: { tags, summary: 'Assign the case to an officer of your organisation (or unassign with null)', params: IdParam, body: AssignBody, response: { 200: PresentedCase, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'case.assign');
      return withAudit(ctx.db, request, async (trx, audit) => {
        const before = await ownedCase(ctx, trx, actor, request.params.id);
        await checkOfficer(trx, actor.organisationId, request.body.officerId, 'officerId');
        const updated = await assignCase(trx, before.id, request.body.officerId, { actorUserId: actor.userId }, ctx.cipher);
        await audit({ action: 'case.assign', recordType: 'case', recordId: before.id, details: { from: before.assignedOfficerId, to: request.body.officerId } });
        return presentCase(trx, updated, { actor, access: { kind: 'owner' }, revealSensitive: false });
      });
    },
  );

  app.put(
    '/cases/:id/sought/:personId/status',
    { schema: { tags, summary: 'Record the outcome of the search for one sought person', params: SoughtStatusParams, body: SoughtStatusBody, response: { 200: PresentedCase, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'case.update');
      return withAudit(ctx.db, request, async (trx, audit) => {
        const before = await ownedCase(ctx, trx, actor, request.params.id);
        if (!before.sought.some((s) => s.person.id === request.params.personId)) throw notFound('Sought person');
        const updated = await setSoughtPersonStatus(trx, before.id, request.params.personId, request.body.status, { actorUserId: actor.userId }, ctx.cipher);
        await audit({ action: 'case.tracing_status', recordType: 'case', recordId: before.id, details: { personId: request.params.personId, status: request.body.status } });
        return presentCase(trx, updated, { actor, access: { kind: 'owner' }, revealSensitive: false });
      });
    },
  );

  app.get(
    '/cases/:id/timeline',
    { schema: { tags, summary: 'The case timeline (status changes, tracing actions, notes), oldest first', params: IdParam, querystring: PageQuery, response: { 200: TimelineList, ...errorResponses } } },
    async (request) => {
      const actor = authorize(request, 'case.read');
      return withAuditedRead(ctx.db, request, async (db, audit) => {
        await checkCase(db, actor, request.params.id, 'see');
        const page = await listTimeline(db, request.params.id, request.query);
        await audit({ action: 'case.timeline_read', recordType: 'case', recordId: request.params.id });
        return page;
      });
    },
  );

  app.post(
    '/cases/:id/timeline',
    { schema: { tags, summary: 'Add a note or a tracing action to the timeline', params: IdParam, body: TimelineEntryInput, response: { 201: TimelineEntry, ...errorResponses } } },
    async (request, reply) => {
      const actor = authorize(request, 'case.note');
      const entry = await withAudit(ctx.db, request, async (trx, audit) => {
        await checkCase(trx, actor, request.params.id, 'change');
        const added = await addTimelineEntry(trx, request.params.id, request.body, { actorUserId: actor.userId });
        await audit({ action: 'case.note', recordType: 'case', recordId: request.params.id, details: { entryId: added.id, kind: added.kind, action: added.action } });
        return added;
      });
      return reply.code(201).send(entry);
    },
  );
};
