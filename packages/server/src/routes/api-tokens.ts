import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApiTokenRecord } from '../auth/auth-store';
import { API_TOKEN_PREFIX, newSecret } from '../auth/secrets';
import type { ServerContext } from '../context';
import { HttpError, notFound } from '../http/errors';
import { authorize } from '../http/actor';
import { withAudit } from '../http/unit-of-work';
import { requirePrincipal } from '../plugins/auth';
import { createApiToken, revokeApiToken } from '@kinlink/store';
import type { ApiToken} from './auth.schemas';
import { ApiTokenCreateBody, ApiTokenCreated, ApiTokenList, IdParams } from './auth.schemas';

const tags = ['auth'];
const DAY_MS = 24 * 60 * 60 * 1000;

const view = (t: ApiTokenRecord): z.infer<typeof ApiToken> => ({
  id: t.id,
  name: t.name,
  createdAt: t.createdAt,
  expiresAt: t.expiresAt,
  lastUsedAt: t.lastUsedAt,
  revokedAt: t.revokedAt,
});

/**
 * API tokens for integrations: each acts as the user who made it (same organisation and role),
 * is shown once, and only its SHA-256 hash is stored.
 */
export const apiTokenRoutes: FastifyPluginAsyncZod<{ ctx: ServerContext }> = async (app, { ctx }) => {
  app.get(
    '/auth/tokens',
    { schema: { tags, summary: 'Your API tokens', response: { 200: ApiTokenList } } },
    async (request) => {
      const principal = requirePrincipal(request);
      const tokens = await ctx.auth.apiTokensOf(principal.userId);
      return { items: tokens.map(view), next: null };
    },
  );

  app.post(
    '/auth/tokens',
    { schema: { tags, summary: 'Create an API token (shown once)', body: ApiTokenCreateBody, response: { 201: ApiTokenCreated } } },
    async (request, reply) => {
      const principal = authorize(request, 'api_token.manage').principal;
      if (principal.via !== 'session') throw new HttpError(403, 'forbidden', 'Create API tokens from a signed-in session.');
      const now = ctx.now();
      const token = newSecret(API_TOKEN_PREFIX);
      const record = await withAudit(ctx.db, request, async (trx, audit) => {
        const created = await createApiToken(
          trx,
          {
            userId: principal.userId,
            name: request.body.name,
            token,
            expiresAt: request.body.expiresInDays ? new Date(now.getTime() + request.body.expiresInDays * DAY_MS).toISOString() : null,
          },
          { now: now.toISOString() },
        );
        await audit({ action: 'api_token.create', recordType: 'api_token', recordId: created.id, details: { name: created.name } });
        return created;
      });
      return reply.code(201).send({ ...view(record), token });
    },
  );

  app.delete(
    '/auth/tokens/:id',
    { schema: { tags, summary: 'Revoke one of your API tokens', params: IdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const token = await ctx.auth.apiTokenOf(principal.userId, request.params.id);
      if (!token) throw notFound('API token');
      await withAudit(ctx.db, request, async (trx, audit) => {
        await revokeApiToken(trx, token.id, { now: ctx.now().toISOString() });
        await audit({ action: 'api_token.revoke', recordType: 'api_token', recordId: token.id });
      });
      return reply.code(204).send(null);
    },
  );
};
