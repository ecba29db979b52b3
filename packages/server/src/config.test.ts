import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration from the environment', () => {
  it('defaults to SQLite in ./data on port 8080', () => {
    const config = loadConfig({}, '/srv/kinlink');
    expect(config.dataDir).toBe(path.resolve('/srv/kinlink/data'));
    expect(config.databaseUrl).toBeUndefined();
    expect(config.port).toBe(8080);
    expect(config.totpRequiredRoles).toEqual(['administrator']);
    expect(config.databasePoolSize).toBe(20);
    expect(config.databasePreparedStatements).toBe(true);
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        KINLINK_DATA_DIR: '/var/lib/kinlink',
        KINLINK_DATABASE_URL: 'postgres://u@db/kinlink',
        KINLINK_PORT: '9000',
        KINLINK_HOST: '0.0.0.0',
        KINLINK_SECURE_COOKIES: 'true',
        KINLINK_TOTP_REQUIRED_ROLES: 'administrator, auditor',
        KINLINK_LOGIN_MAX_FAILURES: '3',
        KINLINK_DATABASE_POOL_SIZE: '40',
        KINLINK_DATABASE_PREPARED_STATEMENTS: 'false',
      },
      '/',
    );
    expect(config).toMatchObject({
      dataDir: '/var/lib/kinlink',
      databaseUrl: 'postgres://u@db/kinlink',
      port: 9000,
      host: '0.0.0.0',
      secureCookies: true,
      totpRequiredRoles: ['administrator', 'auditor'],
      loginMaxFailures: 3,
      databasePoolSize: 40,
      databasePreparedStatements: false,
    });
  });

  it('refuses values it cannot use, naming the variable', () => {
    expect(() => loadConfig({ KINLINK_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ KINLINK_PORT: '70000' })).toThrow(/KINLINK_PORT/);
    expect(() => loadConfig({ KINLINK_SECURE_COOKIES: 'maybe' })).toThrow(/KINLINK_SECURE_COOKIES/);
    expect(() => loadConfig({ KINLINK_DATABASE_URL: 'mysql://x' })).toThrow(/KINLINK_DATABASE_URL/);
  });
});
