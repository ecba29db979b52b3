import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { KinlinkDb } from '@kinlink/store';
import { buildServer } from '../app';
import { loadConfig } from '../config';

export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
}

export function testClock(start = Date.parse('2025-03-01T09:00:00.000Z')): TestClock {
  let t = start;
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

/** A server on the given test database with quiet logs; env overrides configuration. */
export async function testServer(
  db: KinlinkDb,
  options: { env?: Record<string, string>; clock?: TestClock } = {},
): Promise<FastifyInstance> {
  const config = loadConfig({ KINLINK_TOTP_REQUIRED_ROLES: '', ...options.env });
  const app = await buildServer({ config, db, now: options.clock?.now, logLevel: 'silent' });
  await app.ready();
  return app;
}

/** The session cookie a response set, as a Cookie header value. */
export function sessionCookie(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'kinlink_session');
  if (!cookie) throw new Error(`no session cookie in response ${res.statusCode}: ${res.body}`);
  return `kinlink_session=${cookie.value}`;
}

/** Signs in with a password (no second factor) and returns the Cookie header to send. */
export async function signIn(app: FastifyInstance, email: string, password: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200 || res.json().status !== 'signed-in') {
    throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  }
  return sessionCookie(res);
}
