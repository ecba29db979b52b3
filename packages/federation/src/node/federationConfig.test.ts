import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer, loadConfig } from '@kinlink/server';
import { migrateToLatest, openDatabase } from '@kinlink/store';
import { exportIdentity } from '../identity';
import { testFederation } from '../testFederation';
import { attachFederation, federationConfigFromEnv } from './federationConfig';

describe('federation configuration from the environment', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kinlink-fedconf-'));
  const fed = testFederation();
  const file = (name: string, content: string) => {
    const at = path.join(dir, name);
    writeFileSync(at, content);
    return at;
  };
  const hubKey = file('hub.pem', exportIdentity(fed.hub).privateKeyPem);
  const mkdKey = file('mkd.pem', exportIdentity(fed.mkd).privateKeyPem);
  const secret = file('linkage.secret', 'a-federation-linkage-secret-of-enough-length');
  const directory = file('directory.json', JSON.stringify(fed.signedVersion(1)));
  const hubEnv = { KINLINK_FEDERATION_ORG_ID: fed.hub.orgId, KINLINK_FEDERATION_KEY_FILE: hubKey, KINLINK_FEDERATION_HUB_ORG_ID: fed.hub.orgId, KINLINK_FEDERATION_HUB_PUBLIC_KEY: fed.hub.publicKey };

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is off without a role, and explains what is missing or wrong', () => {
    expect(federationConfigFromEnv({})).toBeUndefined();
    expect(() => federationConfigFromEnv({ KINLINK_FEDERATION_ROLE: 'peer' })).toThrow(/"hub" or "society"/);
    expect(() => federationConfigFromEnv({ KINLINK_FEDERATION_ROLE: 'society', ...hubEnv, KINLINK_FEDERATION_ORG_ID: fed.mkd.orgId, KINLINK_FEDERATION_KEY_FILE: mkdKey })).toThrow(
      /KINLINK_FEDERATION_LINKAGE_SECRET_FILE is required/,
    );
    expect(() => federationConfigFromEnv({ ...hubEnv, KINLINK_FEDERATION_KEY_FILE: mkdKey }, true)).toThrow(/does not match/);
    expect(() => federationConfigFromEnv({ ...hubEnv, KINLINK_FEDERATION_KEY_FILE: path.join(dir, 'missing.pem') }, true)).toThrow(/cannot read/);
    expect(() => federationConfigFromEnv({ ...hubEnv, KINLINK_FEDERATION_HUB_THRESHOLD: '0.2' }, true)).toThrow(/between 0.5 and 1/);
    expect(federationConfigFromEnv({ ...hubEnv, KINLINK_FEDERATION_HUB_THRESHOLD: '0.85', KINLINK_FEDERATION_HUB_TOP_K: '5' }, true)).toMatchObject({ hubThreshold: 0.85, hubTopK: 5 });
    const society = federationConfigFromEnv({ KINLINK_FEDERATION_ROLE: 'society', ...hubEnv, KINLINK_FEDERATION_ORG_ID: fed.mkd.orgId, KINLINK_FEDERATION_KEY_FILE: mkdKey, KINLINK_FEDERATION_LINKAGE_SECRET_FILE: secret });
    expect(society).toMatchObject({ role: 'society', identity: { orgId: fed.mkd.orgId, publicKey: fed.mkd.publicKey }, deliveryIntervalMs: 10_000 });
  });

  it('turns a kinlink server into the hub: routes mounted, directory adopted from the file', async () => {
    const db = openDatabase({ url: 'sqlite::memory:' });
    await migrateToLatest(db);
    const app = await buildServer({ config: loadConfig({ KINLINK_TOTP_REQUIRED_ROLES: '' }), db, logLevel: 'silent' });
    const node = await attachFederation(app, db, { ...hubEnv, KINLINK_FEDERATION_DIRECTORY_FILE: directory }, { hub: true });
    expect(node?.hub).toBeDefined();
    const response = await app.inject({ method: 'GET', url: '/api/v1/federation/directory' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ directory: { issuer: fed.hub.orgId, version: 1 } });
    const rejected = await app.inject({ method: 'POST', url: '/api/v1/federation/inbox', payload: { v: 1 } });
    expect(rejected.statusCode).toBe(400);
    expect(rejected.json()).toMatchObject({ outcome: 'rejected', reason: 'malformed' });
    await app.close();
    await db.destroy();
  });
});
