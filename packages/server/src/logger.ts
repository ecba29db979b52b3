import type { FastifyServerOptions } from 'fastify';
import { redactPersonalData } from './ops/redact';

/**
 * Paths that may carry personal data or secrets. Bodies are never logged by Fastify, but handlers
 * that log objects must not leak them either, so the common field names are censored everywhere.
 */
export const redactedPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'password',
  'token',
  'secret',
  '*.password',
  '*.newPassword',
  '*.token',
  '*.secret',
  '*.code',
  '*.email',
  '*.phone',
  '*.phones',
  '*.givenName',
  '*.familyName',
  '*.fatherName',
  '*.grandfatherName',
  '*.motherName',
  '*.otherNames',
  '*.names',
  '*.birthDate',
  '*.documents',
];

/** The URL without its query string: searches (names, phone numbers) must not reach the logs. */
export function pathOnly(url: string): string {
  const q = url.indexOf('?');
  return q === -1 ? url : `${url.slice(0, q)}?…`;
}

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    // Personal fields at any depth (redact paths above match fixed depths only).
    formatters: { log: redactPersonalData },
    serializers: {
      req(request: { method: string; url: string; ip?: string; id?: string }) {
        return { method: request.method, url: pathOnly(request.url), id: request.id };
      },
    },
  };
}
