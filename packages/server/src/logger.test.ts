import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, stream };
}

describe('logs', () => {
  it('redact personal data and secrets, and drop query strings', async () => {
    const { lines, stream } = capture();
    const options = loggerOptions('info');
    if (typeof options !== 'object' || options === null) throw new Error('expected logger options');
    const app = Fastify({ logger: { ...options, stream } });
    app.get('/api/v1/persons', async (request) => {
      request.log.info({ person: { givenName: 'محمد', phone: '+963 944 123 456' }, password: 'hunter2-hunter2' }, 'handled');
      return { ok: true };
    });
    await app.inject({ method: 'GET', url: '/api/v1/persons?name=Mohammed%20Alkhatib', headers: { cookie: 'kinlink_session=secret-token', authorization: 'Bearer klt_abc' } });
    await app.close();
    const text = lines.join('');
    expect(text).toContain('handled');
    expect(text).toContain('/api/v1/persons?…');
    expect(text).toContain('"password":"[redacted]"');
    expect(text).toContain('"givenName":"[redacted]"');
    for (const leak of ['محمد', '+963', 'hunter2', 'Mohammed', 'secret-token', 'klt_abc']) expect(text).not.toContain(leak);
  });
});
