import Fastify from 'fastify';
import { isResponseSerializationError, serializerCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileProjection, projectingSerializerCompiler } from './response-serializer';

const Person = z.object({
  id: z.string(),
  names: z.array(z.object({ value: z.string(), script: z.string().nullable() })),
  birth: z.object({ year: z.number() }).optional(),
  contact: z.object({ phone: z.string() }).nullable(),
  tags: z.record(z.string(), z.object({ at: z.string() })),
  state: z.discriminatedUnion('kind', [z.object({ kind: z.literal('open') }), z.object({ kind: z.literal('closed'), reason: z.string() })]),
  level: z.number().default(1),
});

const stored = {
  id: 'p1',
  names: [{ value: 'Ali', script: null, phonetic: 'AL' }],
  contact: { phone: '+389 70 000 000', address: 'hidden street 1' },
  tags: { a: { at: '2026', by: 'someone' } },
  state: { kind: 'closed', reason: 'located', note: 'internal' },
  passwordHash: 'secret',
};

describe('response projection', () => {
  it('writes exactly what zod would: declared fields only, at every depth', () => {
    const projected = JSON.stringify(compileProjection(Person)(stored));
    expect(projected).toBe(JSON.stringify(Person.parse(stored)));
    expect(projected).not.toMatch(/secret|hidden street|phonetic|someone|internal/);
  });

  it('projects a defaulted field given a value like its inner schema, and leaves a missing one to zod', () => {
    const Listing = z.object({ phones: z.array(z.object({ number: z.string() })).default([]), flag: z.boolean().default(false) });
    for (const value of [{ phones: [{ number: '1', secret: 'x' }], flag: true }, {}, { phones: [] }]) {
      expect(JSON.stringify(compileProjection(Listing)(value))).toBe(JSON.stringify(Listing.parse(value)));
    }
  });

  it('projects each option of a discriminated union by its tag, and leaves an unknown tag to zod', () => {
    const State = z.discriminatedUnion('kind', [z.object({ kind: z.literal('open') }), z.object({ kind: z.literal(['closed', 'archived']), reason: z.string() })]);
    for (const value of [{ kind: 'open', note: 'x' }, { kind: 'archived', reason: 'done', note: 'x' }]) {
      expect(JSON.stringify(compileProjection(State)(value))).toBe(JSON.stringify(State.parse(value)));
    }
    expect(() => compileProjection(State)({ kind: 'lost' })).toThrow();
  });

  it('handles recursive schemas', () => {
    interface Node { name: string; children: Node[] }
    const Tree: z.ZodType<Node> = z.lazy(() => z.object({ name: z.string(), children: z.array(Tree) }));
    const value = { name: 'a', extra: 1, children: [{ name: 'b', extra: 2, children: [] }] };
    expect(JSON.stringify(compileProjection(Tree)(value))).toBe(JSON.stringify(Tree.parse(value)));
    const Category = z.object({
      name: z.string(),
      get children(): z.ZodArray<typeof Category> {
        return z.array(Category);
      },
    });
    expect(JSON.stringify(compileProjection(Category)(value))).toBe(JSON.stringify(Category.parse(value)));
  });

  it('serves through Fastify, and a part zod parses and rejects is a serialization error', async () => {
    for (const verify of [false, true]) {
      const app = Fastify();
      app.setSerializerCompiler(projectingSerializerCompiler({ verify }));
      app.get('/p', { schema: { response: { 200: Person } } }, async () => stored);
      app.get('/bad', { schema: { response: { 200: Person } } }, async () => ({ ...stored, state: { kind: 'lost' } }));
      let caught: unknown;
      app.setErrorHandler((error, _request, reply) => {
        caught = error;
        return reply.code(500).send('failed');
      });
      const res = await app.inject({ method: 'GET', url: '/p' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(Person.parse(stored));
      expect((await app.inject({ method: 'GET', url: '/bad' })).statusCode).toBe(500);
      expect(caught instanceof Error && isResponseSerializationError(caught)).toBe(true);
      await app.close();
    }
  });

  it('in verify mode, fails where zod alone would (a missing required field)', async () => {
    const app = Fastify();
    app.setSerializerCompiler(projectingSerializerCompiler({ verify: true }));
    app.get('/p', { schema: { response: { 200: Person } } }, async () => ({ ...stored, id: undefined }));
    const zodApp = Fastify();
    zodApp.setSerializerCompiler(serializerCompiler);
    zodApp.get('/p', { schema: { response: { 200: Person } } }, async () => ({ ...stored, id: undefined }));
    expect((await app.inject({ method: 'GET', url: '/p' })).statusCode).toBe(500);
    expect((await zodApp.inject({ method: 'GET', url: '/p' })).statusCode).toBe(500);
    await app.close();
    await zodApp.close();
  });
});
