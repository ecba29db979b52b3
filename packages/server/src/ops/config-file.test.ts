import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config';
import { environmentWithConfigFile, readConfigFile, settingName } from './config-file';
import { loadOperationsSettings } from './settings';

const dir = mkdtempSync(path.join(tmpdir(), 'kinlink-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

it('names settings as their environment variables', () => {
  expect(settingName('databaseUrl')).toBe('KINLINK_DATABASE_URL');
  expect(settingName('jobConcurrency')).toBe('KINLINK_JOB_CONCURRENCY');
  expect(settingName('port')).toBe('KINLINK_PORT');
  expect(settingName('KINLINK_LOG_LEVEL')).toBe('KINLINK_LOG_LEVEL');
  expect(() => settingName('database-url')).toThrow(ConfigError);
});

it('reads a JSON file under the environment: variables override the file', () => {
  const config = file(
    'kinlink.json',
    JSON.stringify({ port: 9090, host: '0.0.0.0', databaseUrl: 'postgres://kinlink@db.internal/kinlink', totpRequiredRoles: ['administrator', 'auditor'], jobConcurrency: 4, jobs: false, secureCookies: true }),
  );
  const env = environmentWithConfigFile({ KINLINK_CONFIG: config, KINLINK_PORT: '8081' });
  const server = loadConfig(env);
  expect(server).toMatchObject({ port: 8081, host: '0.0.0.0', databaseUrl: 'postgres://kinlink@db.internal/kinlink', totpRequiredRoles: ['administrator', 'auditor'], secureCookies: true });
  expect(loadOperationsSettings(env)).toMatchObject({ jobConcurrency: 4, jobs: false });
  // An explicit file (e.g. --config) wins over KINLINK_CONFIG.
  const other = file('other.json', '{"port": 7070}');
  expect(loadConfig(environmentWithConfigFile({ KINLINK_CONFIG: config }, other)).port).toBe(7070);
});

it('refuses unreadable, malformed and ill-typed files with the reason', () => {
  expect(() => readConfigFile(path.join(dir, 'missing.json'))).toThrow(/cannot read the configuration file/);
  expect(() => readConfigFile(file('bad.json', '{"port": 80,'))).toThrow(/not valid JSON/);
  expect(() => readConfigFile(file('list.json', '[1]'))).toThrow(/one JSON object/);
  expect(() => readConfigFile(file('nested.json', '{"database": {"url": "x"}}'))).toThrow(/must be a string, number, boolean or list/);
  expect(() => readConfigFile(file('loop.json', '{"config": "other.json"}'))).toThrow(/cannot name another/);
  expect(() => readConfigFile(file('twice.json', '{"port": 1, "KINLINK_PORT": 2}'))).toThrow(/given twice/);
  expect(() => loadConfig(environmentWithConfigFile({}, file('range.json', '{"port": 70000}')))).toThrow(/KINLINK_PORT must be a whole number/);
});

it('validates the operations settings', () => {
  expect(loadOperationsSettings({})).toEqual({
    jobs: true, jobConcurrency: 2, jobPollMs: 1000, jobLeaseSeconds: 60, jobRetryBaseMs: 10_000, shutdownGraceSeconds: 20, metricsToken: undefined, matchBackgroundPercent: 50,
  });
  expect(() => loadOperationsSettings({ KINLINK_MATCH_BACKGROUND_PERCENT: '0' })).toThrow(/KINLINK_MATCH_BACKGROUND_PERCENT must be a whole number between 1 and 100/);
  expect(() => loadOperationsSettings({ KINLINK_JOB_CONCURRENCY: '0' })).toThrow(/KINLINK_JOB_CONCURRENCY/);
  expect(() => loadOperationsSettings({ KINLINK_JOBS: 'maybe' })).toThrow(/KINLINK_JOBS must be true or false/);
});
