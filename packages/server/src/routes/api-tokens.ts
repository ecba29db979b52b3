import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApiTokenRecord } from '../auth/auth-store';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../auth/secrets';
import type { ServerContext } from '../context';
import { HttpError, notFound } from '../http/errors';
import { requirePrincipal } from '../plugins/auth';
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
      const principal = requirePrincipal(request);
      if (principal.via !== 'session') throw new HttpError(403, 'forbidden', 'Create API tokens from a signed-in session.');
      const now = ctx.now();
      const token = newSecret(API_TOKEN_PREFIX);
      const record = await ctx.auth.createApiToken({
        userId: principal.userId,
        name: request.body.name,
        tokenHash: hashSecret(token),
        now: now.toISOString(),
        expiresAt: request.body.expiresInDays ? new Date(now.getTime() + request.body.expiresInDays * DAY_MS).toISOString() : null,
      });
      return reply.code(201).send({ ...view(record), token });
    },
  );

  app.delete(
    '/auth/tokens/:id',
    { schema: { tags, summary: 'Revoke one of your API tokens', params: IdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const token = await ctx.auth.apiTokenById(request.params.id);
      if (!token || token.userId !== principal.userId) throw notFound('API token');
      await ctx.auth.revokeApiToken(token.id, ctx.now().toISOString());
      return reply.code(204).send(null);
    },
  );
};
