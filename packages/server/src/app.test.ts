import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { forEachDialect } from '@kinlink/store/testing';
import { afterAll, expect, it } from 'vitest';
import { buildServer } from './app';
import { loadConfig } from './config';

const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinlink-web-'));
fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>kinlink</title><div id="root"></div>');
fs.mkdirSync(path.join(webDir, 'assets'));
fs.writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log("hi")');

afterAll(() => fs.rmSync(webDir, { recursive: true, force: true }));

forEachDialect((ctx) => {
  const app = async (options: { webDir?: string } = {}) => {
    const config = loadConfig({ KINLINK_DATA_DIR: webDir, ...(options.webDir ? { KINLINK_WEB_DIR: options.webDir } : {}) });
    return buildServer({ config, db: ctx.db, logLevel: 'silent' });
  };

  it('reports health without authentication', async () => {
    const server = await app();
    const res = await server.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: { dialect: ctx.dialect, reachable: true } });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('publishes an OpenAPI 3 document and a locally served reference page', async () => {
    const server = await app();
    const spec = await server.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(spec.statusCode).toBe(200);
    const doc = spec.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/v1/health');
    expect(Object.keys(doc.paths).some((p) => p.includes('/docs'))).toBe(false);

    const bare = await server.inject({ method: 'GET', url: '/api/v1/docs' });
    expect([200, 302]).toContain(bare.statusCode);
    const page = await server.inject({ method: 'GET', url: '/api/v1/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger-ui');
    expect(page.body).not.toMatch(/https?:\/\/(?!localhost)[a-z]/i);
    const bundle = await server.inject({ method: 'GET', url: '/api/v1/docs/static/swagger-ui-bundle.js' });
    expect(bundle.statusCode).toBe(200);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const server = await app({ webDir });
    const res = await server.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not-found' });
  });

  it('serves the web app with a fallback to index.html for client routes', async () => {
    const server = await app({ webDir });
    const root = await server.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('id="root"');
    const route = await server.inject({ method: 'GET', url: '/cases/123' });
    expect(route.statusCode).toBe(200);
    expect(route.headers['content-type']).toContain('text/html');
    const asset = await server.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.body).toContain('console.log');
    const missingAsset = await server.inject({ method: 'GET', url: '/assets/missing.js' });
    expect(missingAsset.statusCode).toBe(404);
  });

  it('serves no web app when none is built', async () => {
    const server = await app();
    const res = await server.inject({ method: 'GET', url: '/cases/123' });
    expect(res.statusCode).toBe(404);
  });
});
