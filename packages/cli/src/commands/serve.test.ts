import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startServe } from '../testing/serve-process';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinlink-serve-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

it('serves the API on the embedded database and stops cleanly on SIGTERM', async () => {
  const server = await startServe(['--port', '0', '--data', dataDir], { KINLINK_WEB_DIR: path.join(dataDir, 'no-web') });
  const { url } = server;
  try {
    expect(server.output()).toContain('serving the API only');
    const health = await fetch(`${url}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { dialect: 'sqlite' } });
    expect((await fetch(`${url}/api/v1/auth/me`)).status).toBe(401);
    expect(fs.existsSync(path.join(dataDir, 'kinlink.db'))).toBe(true);
  } finally {
    const started = Date.now();
    expect(await server.stop()).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
  }
}, 60_000);
