import { Writable } from 'node:stream';
import Fastify from 'fastify';
import pino from 'pino';
import type { LoggerOptions } from 'pino';
import { expect, it } from 'vitest';
import { loggerOptions } from '../logger';
import { redactPersonalData } from './redact';

function capture(): { stream: Writable; lines: () => Record<string, unknown>[]; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const text = () => chunks.join('');
  return { stream, text, lines: () => text().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const personal = {
  jobId: 'j1',
  case: {
    enquirer: { names: { given: [{ value: 'محمد' }] }, phones: ['+38970123456'], email: 'family@example.org' },
    sought: [{ givenName: 'Mohammed', familyName: 'Alkhatib', documents: [{ number: 'N1234567' }], birthDate: '1990-01-01' }],
  },
  headers: { cookie: 'kinlink_session=abc', authorization: 'Bearer klt_secret' },
};

it('censors names, phones, documents, emails, birth dates, cookies and authorization at any depth', () => {
  const out = redactPersonalData(personal);
  const text = JSON.stringify(out);
  for (const leaked of ['محمد', '+38970123456', 'family@example.org', 'Mohammed', 'Alkhatib', 'N1234567', '1990-01-01', 'abc', 'klt_secret']) {
    expect(text).not.toContain(leaked);
  }
  expect(out.jobId).toBe('j1');
  expect((out.case as { enquirer: { email: string } }).enquirer.email).toBe('[redacted]');
  // The input is not modified: the caller's object stays intact.
  expect(personal.case.enquirer.email).toBe('family@example.org');
});

it('the server logger writes no personal data from logged objects, request URLs or headers', async () => {
  const sink = capture();
  const logger = pino(loggerOptions('info') as LoggerOptions, sink.stream);
  logger.info(personal, 'saving a case');
  const app = Fastify({ loggerInstance: logger });
  app.get('/api/v1/search', async (request) => {
    request.log.info({ query: request.query }, 'searching');
    return { ok: true };
  });
  await app.inject({
    method: 'GET',
    url: '/api/v1/search?givenName=Mohammed&phone=%2B38970123456',
    headers: { cookie: 'kinlink_session=abc', authorization: 'Bearer klt_secret' },
  });
  await app.close();
  const text = sink.text();
  expect(sink.lines().length).toBeGreaterThanOrEqual(3);
  for (const leaked of ['Mohammed', '38970123456', 'family@example.org', 'N1234567', 'kinlink_session=abc', 'klt_secret', 'محمد']) {
    expect(text).not.toContain(leaked);
  }
  expect(text).toContain('saving a case');
  expect(text).toContain('/api/v1/search?…');
});
