import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateIdentity } from '../identity';
import { startFederatedServer, type FederatedServer } from './federatedServer';

describe('federation routes in the OpenAPI document', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kinlink-federation-openapi-'));
  const hub = generateIdentity('icrc-hub');
  let server: FederatedServer;

  beforeAll(async () => {
    server = await startFederatedServer({ databaseUrl: `sqlite:${path.join(dir, 'hub.db')}`, identity: hub, hub: { orgId: hub.orgId, publicKey: hub.publicKey }, role: 'hub' });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists every federation route with its request and response schemas', async () => {
    const document = (await (await fetch(new URL('/api/v1/openapi.json', server.url))).json()) as {
      paths: Record<string, Record<string, { tags?: string[]; requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[] } }> }; responses: Record<string, unknown> }>>;
    };
    const federation = Object.entries(document.paths).filter(([route]) => route.startsWith('/api/v1/federation/'));
    const operations = federation.flatMap(([route, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${route.slice('/api/v1/federation'.length)}`));
    expect(operations.sort()).toEqual([
      'GET /candidates', 'GET /directory', 'GET /log', 'GET /status', 'GET /transfers', 'GET /transfers/{id}',
      'POST /directory/refresh', 'POST /inbox', 'POST /outbox/flush', 'POST /publish', 'POST /transfers',
      'POST /transfers/{id}/decision', 'POST /transfers/{id}/status', 'PUT /directory',
    ]);
    for (const [, methods] of federation) for (const operation of Object.values(methods)) expect(operation.tags).toEqual(['federation']);
    const offer = document.paths['/api/v1/federation/transfers']!.post!;
    const body = offer.requestBody!.content['application/json']!.schema;
    expect(body.required?.sort()).toEqual(['candidateId', 'categories', 'legalBasis', 'purpose']);
    expect(Object.keys(offer.responses).sort()).toEqual(['200', '400', '401', '403', '404', '409']);
    const inbox = document.paths['/api/v1/federation/inbox']!.post!;
    expect(inbox.requestBody!.content['application/json']!.schema.required).toEqual(expect.arrayContaining(['id', 'nonce', 'from', 'to', 'signature']));
  });

  it('still answers a malformed envelope with its own receipt and logs it (the schema only documents the inbox)', async () => {
    const response = await fetch(new URL('/api/v1/federation/inbox', server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ v: 1, from: 'mkd-redcross' }) });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ outcome: 'rejected', reason: 'malformed' });
    expect(await server.node.fdb.selectFrom('federation_message_log').select('outcome').execute()).toEqual([{ outcome: 'rejected:malformed' }]);
  });

  it('refuses a transfer request that does not match its schema with 400 and the issues', async () => {
    const response = await fetch(new URL('/api/v1/federation/transfers', server.url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ candidateId: 'c1', purpose: 'gossip', categories: [] }) });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { issues?: { path: string }[] };
    expect(body.issues?.map((issue) => issue.path).sort()).toEqual(['categories', 'legalBasis', 'purpose']);
  });
});
