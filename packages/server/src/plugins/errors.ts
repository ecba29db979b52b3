import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { HttpError, type FieldIssue } from '../http/errors';
import { sendSpa, wantsSpa } from './web';

interface ZodLikeIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: { keys?: unknown };
}

/** "/a/0/b" → "a.0.b"; the root of the document is "". */
function dotted(instancePath: string): string {
  return instancePath.split('/').filter((p) => p !== '').join('.');
}

/** Unknown fields become one issue per field, with the field in the path. */
export function toFieldIssues(validation: ZodLikeIssue[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const v of validation) {
    const base = dotted(v.instancePath);
    if (v.keyword === 'unrecognized_keys' && Array.isArray(v.params.keys)) {
      for (const key of v.params.keys) {
        issues.push({ path: base ? `${base}.${String(key)}` : String(key), message: 'Unknown field.' });
      }
    } else {
      issues.push({ path: base, message: v.message ?? 'Invalid value.' });
    }
  }
  return issues;
}

interface ZodErrorLike {
  name: 'ZodError';
  issues: { path: PropertyKey[]; message: string; code: string; keys?: string[] }[];
}

/**
 * Errors thrown below the routes, matched by name so the server does not depend on their classes:
 * the store's NotFoundError, ConflictError and InvalidCursorError, and zod errors from its parsing.
 */
function domainError(err: unknown): { status: number; body: Record<string, unknown> } | undefined {
  if (!(err instanceof Error)) return undefined;
  switch (err.name) {
    case 'NotFoundError':
      return { status: 404, body: { error: 'not-found', message: 'Record not found.' } };
    case 'ConflictError':
      return { status: 409, body: { error: 'conflict', code: (err as Error & { code?: string }).code ?? 'conflict', message: err.message } };
    case 'InvalidCursorError':
      return {
        status: 400,
        body: { error: 'validation', message: err.message, issues: [{ path: 'cursor', message: err.message }] },
      };
    case 'ZodError': {
      const issues = (err as unknown as ZodErrorLike).issues.map((i) => ({
        instancePath: `/${i.path.map(String).join('/')}`,
        keyword: i.code,
        message: i.message,
        params: { keys: i.keys },
      }));
      return { status: 400, body: { error: 'validation', message: 'The request is not valid.', issues: toFieldIssues(issues) } };
    }
  }
  return undefined;
}

function send(reply: FastifyReply, status: number, body: Record<string, unknown>) {
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/** One JSON shape for every failure: `{ error, message, ... }`; validation adds `issues`. */
export function registerErrorHandling(app: FastifyInstance, options: { spa: boolean }): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof HttpError) {
      if (err.statusCode === 429 && typeof err.extra.retryAfterSeconds === 'number') {
        reply.header('retry-after', String(err.extra.retryAfterSeconds));
      }
      return send(reply, err.statusCode, { error: err.code, message: err.message, ...err.extra });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      return send(reply, 400, {
        error: 'validation',
        message: `The request ${err.validationContext ?? 'input'} is not valid.`,
        in: err.validationContext,
        issues: toFieldIssues(err.validation as unknown as ZodLikeIssue[]),
      });
    }
    const domain = domainError(err);
    if (domain) return send(reply, domain.status, domain.body);
    if (isResponseSerializationError(err)) {
      request.log.error({ err }, 'response did not match its schema');
      return send(reply, 500, { error: 'internal', message: 'Internal error.' });
    }
    switch (err.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return send(reply, 413, { error: 'too-large', message: 'The request body is too large.' });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return send(reply, 415, { error: 'unsupported-media-type', message: 'Send JSON (application/json).' });
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return send(reply, 400, {
          error: 'validation',
          message: 'The request body is not valid JSON.',
          issues: [{ path: '', message: 'The request body is not valid JSON.' }],
        });
    }
    if (err instanceof SyntaxError && err.statusCode === 400) {
      return send(reply, 400, {
        error: 'validation',
        message: 'The request body is not valid JSON.',
        issues: [{ path: '', message: 'The request body is not valid JSON.' }],
      });
    }
    const status = err.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err }, 'request failed');
      return send(reply, 500, { error: 'internal', message: 'Internal error.' });
    }
    return send(reply, status, { error: 'bad-request', message: err.message });
  });

  app.setNotFoundHandler((request, reply) => {
    if (options.spa && wantsSpa(request)) return sendSpa(reply);
    return send(reply, 404, { error: 'not-found', message: `No route ${request.method} ${request.url.split('?')[0]}.` });
  });
}
