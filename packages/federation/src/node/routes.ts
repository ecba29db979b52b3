import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DirectoryError, signedDirectorySchema } from '../directory';
import { receiptStatus } from '../inbox';
import type { FederationNode } from './node';
import { FederationError, type SocietyService } from './society';
import { federationStatus } from './status';
import {
  Candidate,
  DecisionRequest,
  DirectoryRefresh,
  DirectoryVersion,
  ErrorBody,
  Flushed,
  InboxEnvelope,
  LogEntry,
  Ok,
  Published,
  SignedDirectory,
  Status,
  StatusRequest,
  TransferCreated,
  TransferDetail,
  TransferParams,
  TransferRequest,
  TransferRow,
  inboxResponses,
  officerErrors,
  societyErrors,
  tags,
} from './routes.schemas';

export interface FederationRoutesOptions {
  node: FederationNode;
}

const OFFICER_ROLES = ['tracing_officer', 'administrator'];
const INBOX_BODY_LIMIT = 64 * 1024 * 1024;

function officer(request: FastifyRequest, reply: FastifyReply): string | undefined {
  const principal = (request as FastifyRequest & { principal?: { userId: string; role: string } | null }).principal;
  if (!principal) {
    void reply.code(401).send({ error: 'unauthorized', message: 'sign in first' });
    return undefined;
  }
  if (!OFFICER_ROLES.includes(principal.role)) {
    void reply.code(403).send({ error: 'forbidden', message: 'federation work needs a tracing officer or administrator' });
    return undefined;
  }
  return principal.userId;
}

function parse<T>(schema: z.ZodType<T>, input: unknown, reply: FastifyReply): T | undefined {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  void reply.code(400).send({ error: 'bad_request', message: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
  return undefined;
}

async function guarded(reply: FastifyReply, work: () => Promise<unknown>): Promise<void> {
  try {
    await reply.send(await work());
  } catch (error) {
    if (error instanceof FederationError) await reply.code(error.statusCode).send({ error: error.code, message: error.message });
    else throw error;
  }
}

const conflict = { 409: ErrorBody.describe('Refused in the current state (e.g. consent_required, already decided)') };

/** Federation routes, mounted under /api/v1/federation. The inbox authenticates by signature, the rest by session. */
export async function federationRoutes(app: FastifyInstance, { node }: FederationRoutesOptions): Promise<void> {
  app.post('/inbox', {
    bodyLimit: INBOX_BODY_LIMIT,
    // The inbox checks (and logs) malformed envelopes itself; the schema documents the format.
    attachValidation: true,
    schema: { tags, summary: 'Receive a signed message from a peer server (signature-authenticated)', security: [], body: InboxEnvelope, response: inboxResponses },
  }, async (request, reply) => {
    const receipt = await node.receive(request.body);
    await reply.code(receiptStatus(receipt) as keyof typeof inboxResponses).send(receipt);
  });

  app.get('/directory', { schema: { tags, summary: "The pinned signed directory of trusted peers (the hub's is what servers pull)", security: [], response: { 200: SignedDirectory, 404: ErrorBody } } }, async (_request, reply) => {
    const signed = await node.signedDirectory();
    if (signed === undefined) return reply.code(404).send({ error: 'not_found', message: 'no directory pinned yet' });
    return reply.send(signed);
  });

  app.put('/directory', { schema: { tags, summary: 'Pin a newer directory signed by the pinned hub key', body: SignedDirectory, response: { 200: DirectoryVersion, ...officerErrors, ...conflict } } }, async (request, reply) => {
    if (officer(request, reply) === undefined) return;
    const signed = parse(signedDirectorySchema, request.body, reply);
    if (signed === undefined) return;
    try {
      await node.adoptDirectory(signed);
      return reply.send({ version: node.directory.version });
    } catch (error) {
      if (error instanceof DirectoryError) return reply.code(409).send({ error: 'directory_refused', message: error.message });
      throw error;
    }
  });

  app.post('/directory/refresh', { schema: { tags, summary: "Pull the hub's directory and pin it when newer", response: { 200: DirectoryRefresh, ...officerErrors, ...conflict, 502: ErrorBody.describe('The hub could not be reached') } } }, async (request, reply) => {
    if (officer(request, reply) === undefined) return;
    try {
      return reply.send(await node.refreshDirectory());
    } catch (error) {
      return reply.code(error instanceof DirectoryError ? 409 : 502).send({ error: 'directory_refresh_failed', message: error instanceof Error ? error.message : String(error) });
    }
  });

  app.post('/outbox/flush', { schema: { tags, summary: 'Deliver due outbox messages now (also sends notices of withdrawn consent)', response: { 200: Flushed, ...officerErrors } } }, async (request, reply) => {
    if (officer(request, reply) === undefined) return;
    return reply.send({ delivered: await node.flush() });
  });

  app.get('/status', { schema: { tags, summary: 'Pinned directory, peers and their last exchange, outbox pending/parked, last hub exchange', response: { 200: Status, ...officerErrors } } }, async (request, reply) => {
    if (officer(request, reply) === undefined) return;
    return reply.send(await federationStatus(node.options.db, { self: node.options.identity.orgId }));
  });

  app.get('/log', { schema: { tags, summary: 'Every message sent and received, with its outcome', response: { 200: z.array(LogEntry), ...officerErrors } } }, async (request, reply) => {
    if (officer(request, reply) === undefined) return;
    return reply.send(await node.fdb.selectFrom('federation_message_log').selectAll().orderBy('at').execute());
  });

  const society = (reply: FastifyReply): SocietyService | undefined => {
    if (node.society === undefined) void reply.code(404).send({ error: 'not_found', message: 'this server is the hub, not a national society' });
    return node.society;
  };

  app.post('/publish', { schema: { tags, summary: 'Encode open sought persons and registrations (CLKs, never names) and send them to the hub', response: { 200: Published, ...societyErrors } } }, async (request, reply) => {
    if (officer(request, reply) === undefined) return;
    const service = society(reply);
    if (service) return reply.send(await service.publish());
  });

  app.get('/candidates', { schema: { tags, summary: 'Possible matches the hub found: your record, their organisation and record, score', response: { 200: z.array(Candidate), ...societyErrors } } }, async (request, reply) => {
    if (officer(request, reply) === undefined) return;
    const service = society(reply);
    if (service) return reply.send(await service.candidates());
  });

  app.get('/transfers', { schema: { tags, summary: 'Transfers offered and received', response: { 200: z.array(TransferRow), ...societyErrors } } }, async (request, reply) => {
    if (officer(request, reply) === undefined) return;
    const service = society(reply);
    if (service) return reply.send(await service.transfers());
  });

  app.post('/transfers', {
    schema: { tags, summary: 'Offer the case behind a candidate to the peer, only the categories the purpose allows; needs recorded consent to network sharing', body: TransferRequest, response: { 200: TransferCreated, ...societyErrors, ...conflict } },
  }, async (request, reply) => {
    const actor = officer(request, reply);
    if (actor === undefined) return;
    const body = parse(TransferRequest, request.body, reply);
    const service = body && society(reply);
    if (body && service) await guarded(reply, () => service.offerTransfer({ ...body, actor }));
  });

  app.get<{ Params: { id: string } }>('/transfers/:id', { schema: { tags, summary: 'A transfer with its ledger (the read is audited)', params: TransferParams, response: { 200: TransferDetail, ...societyErrors } } }, async (request, reply) => {
    const reader = officer(request, reply);
    if (reader === undefined) return;
    const service = society(reply);
    if (service) await guarded(reply, () => service.transferWithLedger(request.params.id, reader));
  });

  app.post<{ Params: { id: string } }>('/transfers/:id/decision', { schema: { tags, summary: 'Accept or decline a received transfer', params: TransferParams, body: DecisionRequest, response: { 200: Ok, ...societyErrors, ...conflict } } }, async (request, reply) => {
    const actor = officer(request, reply);
    if (actor === undefined) return;
    const body = parse(DecisionRequest, request.body, reply);
    const service = body && society(reply);
    if (body && service) await guarded(reply, async () => (await service.decide(request.params.id, body.decision, body.reason, actor), { ok: true }));
  });

  app.post<{ Params: { id: string } }>('/transfers/:id/status', { schema: { tags, summary: 'Status update or closure, sent to the other side', params: TransferParams, body: StatusRequest, response: { 200: Ok, ...societyErrors, ...conflict } } }, async (request, reply) => {
    const actor = officer(request, reply);
    if (actor === undefined) return;
    const body = parse(StatusRequest, request.body, reply);
    const service = body && society(reply);
    if (body && service) await guarded(reply, async () => (await service.updateStatus(request.params.id, body.status, body.closureReason, body.note, actor), { ok: true }));
  });
}
