import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DirectoryError, signedDirectorySchema } from '../directory';
import { receiptStatus } from '../inbox';
import { CATEGORIES, PURPOSES } from '../messages';
import type { FederationNode } from './node';
import { FederationError, type SocietyService } from './society';

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

const transferRequest = z.object({
  candidateId: z.string().min(1),
  purpose: z.enum(PURPOSES),
  categories: z.array(z.enum(CATEGORIES)).min(1),
  legalBasis: z.string().min(3).max(500),
});
const decisionRequest = z.object({ decision: z.enum(['accepted', 'declined']), reason: z.string().max(500).optional() });
const statusRequest = z.object({ status: z.enum(['in-progress', 'located', 'closed']), closureReason: z.string().max(200).optional(), note: z.string().max(2000).optional() });

/** Federation routes, mounted under /api/v1/federation. The inbox authenticates by signature, the rest by session. */
export async function federationRoutes(app: FastifyInstance, { node }: FederationRoutesOptions): Promise<void> {
  app.post('/inbox', { bodyLimit: INBOX_BODY_LIMIT }, async (request, reply) => {
    const receipt = await node.receive(request.body);
    await reply.code(receiptStatus(receipt)).send(receipt);
  });

  app.get('/directory', async (_request, reply) => {
    const signed = await node.signedDirectory();
    if (signed === undefined) return reply.code(404).send({ error: 'not_found', message: 'no directory pinned yet' });
    return reply.send(signed);
  });

  app.put('/directory', async (request, reply) => {
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

  app.post('/directory/refresh', async (request, reply) => {
    if (officer(request, reply) === undefined) return;
    try {
      return reply.send(await node.refreshDirectory());
    } catch (error) {
      return reply.code(error instanceof DirectoryError ? 409 : 502).send({ error: 'directory_refresh_failed', message: error instanceof Error ? error.message : String(error) });
    }
  });

  app.post('/outbox/flush', async (request, reply) => {
    if (officer(request, reply) === undefined) return;
    return reply.send({ delivered: await node.flush() });
  });

  app.get('/log', async (request, reply) => {
    if (officer(request, reply) === undefined) return;
    return reply.send(await node.fdb.selectFrom('federation_message_log').selectAll().orderBy('at').execute());
  });

  const society = (reply: FastifyReply): SocietyService | undefined => {
    if (node.society === undefined) void reply.code(404).send({ error: 'not_found', message: 'this server is the hub, not a national society' });
    return node.society;
  };

  app.post('/publish', async (request, reply) => {
    if (officer(request, reply) === undefined) return;
    const service = society(reply);
    if (service) return reply.send(await service.publish());
  });

  app.get('/candidates', async (request, reply) => {
    if (officer(request, reply) === undefined) return;
    const service = society(reply);
    if (service) return reply.send(await service.candidates());
  });

  app.get('/transfers', async (request, reply) => {
    if (officer(request, reply) === undefined) return;
    const service = society(reply);
    if (service) return reply.send(await service.transfers());
  });

  app.post('/transfers', async (request, reply) => {
    const actor = officer(request, reply);
    if (actor === undefined) return;
    const body = parse(transferRequest, request.body, reply);
    const service = body && society(reply);
    if (body && service) await guarded(reply, () => service.offerTransfer({ ...body, actor }));
  });

  app.get<{ Params: { id: string } }>('/transfers/:id', async (request, reply) => {
    const reader = officer(request, reply);
    if (reader === undefined) return;
    const service = society(reply);
    if (service) await guarded(reply, () => service.transferWithLedger(request.params.id, reader));
  });

  app.post<{ Params: { id: string } }>('/transfers/:id/decision', async (request, reply) => {
    const actor = officer(request, reply);
    if (actor === undefined) return;
    const body = parse(decisionRequest, request.body, reply);
    const service = body && society(reply);
    if (body && service) await guarded(reply, async () => (await service.decide(request.params.id, body.decision, body.reason, actor), { ok: true }));
  });

  app.post<{ Params: { id: string } }>('/transfers/:id/status', async (request, reply) => {
    const actor = officer(request, reply);
    if (actor === undefined) return;
    const body = parse(statusRequest, request.body, reply);
    const service = body && society(reply);
    if (body && service) await guarded(reply, async () => (await service.updateStatus(request.params.id, body.status, body.closureReason, body.note, actor), { ok: true }));
  });
}
