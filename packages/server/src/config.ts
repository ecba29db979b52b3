import path from 'node:path';
import { DEFAULT_POOL_SIZE } from '@kinlink/store';

/** Everything the server reads from its environment, parsed once and validated. */
export interface ServerConfig {
  /** Directory for the embedded SQLite database and backups. */
  dataDir: string;
  /** PostgreSQL URL; when absent the embedded SQLite database in `dataDir` is used. */
  databaseUrl: string | undefined;
  /** PostgreSQL connections this process keeps open at most. */
  databasePoolSize: number;
  /** PostgreSQL: run repeated statements as prepared statements (off behind a pooler that does not keep them). */
  databasePreparedStatements: boolean;
  port: number;
  host: string;
  /** Set cookies with the Secure attribute (behind https or a TLS-terminating proxy). */
  secureCookies: boolean;
  /** Trust X-Forwarded-* headers (only behind a reverse proxy you control). */
  trustProxy: boolean;
  /** Session lifetime in minutes (sliding: renewed while used). */
  sessionTtlMinutes: number;
  /** Roles that must use a TOTP second factor to sign in. */
  totpRequiredRoles: string[];
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: number;
  /** Failed logins allowed per account (and, ×4, per IP) inside the window before lockout. */
  loginMaxFailures: number;
  loginWindowMinutes: number;
  loginLockoutMinutes: number;
  /** Directory of the built web app; served at `/` when it exists. */
  webDir: string | undefined;
  logLevel: string;
  /** 32-byte key (64 hex characters or base64) encrypting sensitive person fields at rest; none = stored in clear. */
  encryptionKey: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function integer(env: Env, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${key} must be a whole number between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: Env, key: string, fallback: boolean): boolean {
  const raw = env[key]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${key} must be true or false, got "${env[key]}"`);
}

function list(env: Env, key: string, fallback: string[]): string[] {
  const raw = env[key];
  if (raw === undefined) return fallback;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Reads the configuration from environment variables (see README "Configuration"). */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): ServerConfig {
  const databaseUrl = env.KINLINK_DATABASE_URL?.trim() || undefined;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('KINLINK_DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  return {
    dataDir: path.resolve(cwd, env.KINLINK_DATA_DIR?.trim() || './data'),
    databaseUrl,
    databasePoolSize: integer(env, 'KINLINK_DATABASE_POOL_SIZE', DEFAULT_POOL_SIZE, 1, 1000),
    databasePreparedStatements: flag(env, 'KINLINK_DATABASE_PREPARED_STATEMENTS', true),
    port: integer(env, 'KINLINK_PORT', 8080, 0, 65535),
    host: env.KINLINK_HOST?.trim() || '127.0.0.1',
    secureCookies: flag(env, 'KINLINK_SECURE_COOKIES', false),
    trustProxy: flag(env, 'KINLINK_TRUST_PROXY', false),
    sessionTtlMinutes: integer(env, 'KINLINK_SESSION_TTL_MINUTES', 8 * 60, 5, 60 * 24 * 30),
    totpRequiredRoles: list(env, 'KINLINK_TOTP_REQUIRED_ROLES', ['administrator']),
    bodyLimitBytes: integer(env, 'KINLINK_BODY_LIMIT_BYTES', 256 * 1024, 1024, 50 * 1024 * 1024),
    loginMaxFailures: integer(env, 'KINLINK_LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginWindowMinutes: integer(env, 'KINLINK_LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
    loginLockoutMinutes: integer(env, 'KINLINK_LOGIN_LOCKOUT_MINUTES', 15, 1, 24 * 60),
    webDir: env.KINLINK_WEB_DIR?.trim() ? path.resolve(cwd, env.KINLINK_WEB_DIR.trim()) : undefined,
    logLevel: env.KINLINK_LOG_LEVEL?.trim() || 'info',
    encryptionKey: env.KINLINK_ENCRYPTION_KEY?.trim() || undefined,
  };
}

/** The database the configuration names: PostgreSQL when a URL is set, else SQLite in the data directory. */
export function databaseUrlOf(config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>): string {
  return config.databaseUrl ?? `sqlite:${path.join(config.dataDir, 'kinlink.db')}`;
}
