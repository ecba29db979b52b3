import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX } from './openapi';

export function hasWebBuild(webDir: string | undefined): webDir is string {
  return webDir !== undefined && fs.existsSync(path.join(webDir, 'index.html'));
}

/** Serves the built web app at `/`; unknown non-API GET paths fall back to index.html (client routing). */
export async function registerWebApp(app: FastifyInstance, webDir: string): Promise<void> {
  await app.register(fastifyStatic, { root: webDir, prefix: '/', wildcard: true, index: ['index.html'] });
}

/** True when a request that matched no route should get the single-page app instead of a 404. */
export function wantsSpa(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const url = request.url.split('?')[0] ?? '';
  if (url === API_PREFIX || url.startsWith(`${API_PREFIX}/`) || url.startsWith('/api/')) return false;
  // Paths with a file extension are missing assets, not client routes.
  return path.extname(url) === '';
}

export function sendSpa(reply: FastifyReply): FastifyReply {
  return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
}
