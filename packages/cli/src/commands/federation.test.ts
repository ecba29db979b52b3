import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEMA, schemaFingerprint } from '@kinlink/linkage';
import { generateIdentity, importIdentity, PinnedDirectory, sealEnvelope, signedDirectorySchema } from '@kinlink/federation';
import { runCli } from '../testing/in-process';
import { startServe } from '../testing/serve-process';
import { runCli as runCliProcess } from '../runtime/run-cli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinlink-federation-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const publicKeyOf = (stdout: string): string => /public key: ([A-Za-z0-9_-]{43})$/m.exec(stdout)?.[1] ?? '';

describe('kinlink federation keygen', () => {
  it('writes a private key only its owner can read and prints the matching public key', async () => {
    const file = path.join(dir, 'mkd.key');
    const made = await runCli(['federation', 'keygen', '--out', file]);
    expect(made.code).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const pem = fs.readFileSync(file, 'utf8');
    expect(pem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(made.stdout).not.toContain('PRIVATE KEY');
    expect(publicKeyOf(made.stdout)).toBe(importIdentity('mkd-redcross', pem).publicKey);

    // An identity is never overwritten by accident.
    const again = await runCli(['federation', 'keygen', '--out', file]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
    expect(fs.readFileSync(file, 'utf8')).toBe(pem);
  });
});

describe('kinlink federation directory sign', () => {
  it('signs the peer list with the hub key, bumps the version on each signing, refuses another key', async () => {
    const hubKey = path.join(dir, 'hub-sign.key');
    const hubPublic = publicKeyOf((await runCli(['federation', 'keygen', '--out', hubKey])).stdout);
    const society = generateIdentity('srb-redcross');
    const peers = path.join(dir, 'peers.json');
    fs.writeFileSync(peers, JSON.stringify([
      { orgId: 'icrc-hub', name: 'ICRC hub', role: 'hub', publicKey: hubPublic, url: 'https://hub.example/' },
      { orgId: 'srb-redcross', name: 'Red Cross of Serbia', role: 'society', country: 'SRB', publicKey: society.publicKey, url: 'https://rs.example/' },
    ]));
    const out = path.join(dir, 'directory.json');
    const first = await runCli(['federation', 'directory', 'sign', '--in', peers, '--key', hubKey, '--out', out]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/signed directory v1 of 2 peers by icrc-hub/);
    const signed = signedDirectorySchema.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    const pinned = new PinnedDirectory('icrc-hub', hubPublic);
    expect(pinned.adopt(signed).peers.map((p) => p.orgId)).toEqual(['icrc-hub', 'srb-redcross']);

    expect((await runCli(['federation', 'directory', 'sign', '--in', peers, '--key', hubKey, '--out', out])).stdout).toMatch(/v2 of 2 peers/);
    expect(pinned.adopt(JSON.parse(fs.readFileSync(out, 'utf8'))).version).toBe(2);
    expect(() => pinned.adopt(signed)).toThrow(/not newer/);

    const otherKey = path.join(dir, 'not-the-hub.key');
    await runCli(['federation', 'keygen', '--out', otherKey]);
    const refused = await runCli(['federation', 'directory', 'sign', '--in', peers, '--key', otherKey, '--out', path.join(dir, 'forged.json')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/belongs to no peer with role "hub"/);
    expect(fs.existsSync(path.join(dir, 'forged.json'))).toBe(false);

    fs.writeFileSync(path.join(dir, 'bad-peers.json'), JSON.stringify([{ orgId: 'Srb Red Cross', role: 'society' }]));
    const bad = await runCli(['federation', 'directory', 'sign', '--in', path.join(dir, 'bad-peers.json'), '--key', hubKey, '--out', path.join(dir, 'bad.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/is not a peer list/);
  });
});

describe('kinlink serve --hub and kinlink federation status', () => {
  it('serves the federation routes, accepts a signed message, and status reports directory, peers and the exchange', async () => {
    const hubKey = path.join(dir, 'hub.key');
    const hubPublic = publicKeyOf((await runCli(['federation', 'keygen', '--out', hubKey])).stdout);
    const mkd = generateIdentity('mkd-redcross');
    const peers = path.join(dir, 'serve-peers.json');
    fs.writeFileSync(peers, JSON.stringify({ version: 3, peers: [
      { orgId: 'icrc-hub', name: 'ICRC hub', role: 'hub', publicKey: hubPublic, url: 'http://127.0.0.1:9/' },
      { orgId: 'mkd-redcross', name: 'Red Cross of North Macedonia', role: 'society', country: 'MKD', publicKey: mkd.publicKey, url: 'http://127.0.0.1:9/' },
    ] }));
    const directoryFile = path.join(dir, 'serve-directory.json');
    expect((await runCli(['federation', 'directory', 'sign', '--in', peers, '--key', hubKey, '--out', directoryFile])).code).toBe(0);
    const dataDir = path.join(dir, 'hub-data');
    const env = {
      KINLINK_FEDERATION_ORG_ID: 'icrc-hub',
      KINLINK_FEDERATION_KEY_FILE: hubKey,
      KINLINK_FEDERATION_HUB_ORG_ID: 'icrc-hub',
      KINLINK_FEDERATION_HUB_PUBLIC_KEY: hubPublic,
      KINLINK_FEDERATION_DIRECTORY_FILE: directoryFile,
    };

    const before = await runCli(['federation', 'status', '--data', dataDir]);
    expect(before.stdout).toMatch(/has not joined a federation/);

    const server = await startServe(['--hub', '--port', '0', '--data', dataDir], { ...env, KINLINK_WEB_DIR: path.join(dir, 'no-web') }, /listening on (http:\/\/\S+)[\s\S]*Federation:/);
    const { url } = server;
    try {
      expect(server.output()).toMatch(/Federation: +hub icrc-hub, directory v3/);
      const published = await fetch(`${url}/api/v1/federation/directory`);
      expect(published.status).toBe(200);
      expect(((await published.json()) as { directory: { version: number } }).directory.version).toBe(3);
      const pinned = new PinnedDirectory('icrc-hub', hubPublic);
      pinned.adopt(JSON.parse(fs.readFileSync(directoryFile, 'utf8')));
      const body = { kind: 'registered', clks: { fingerprint: schemaFingerprint(DEFAULT_SCHEMA), words: 16, ids: [], data: '' } };
      const envelope = sealEnvelope(mkd, pinned, { to: 'icrc-hub', type: 'linkage.submit', body }, new Date());
      const post = () => fetch(`${url}/api/v1/federation/inbox`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(envelope) });
      const delivered = await post();
      expect(delivered.status).toBe(200);
      expect(await delivered.json()).toMatchObject({ outcome: 'applied' });
      expect((await post()).status).toBe(409);
      expect((await fetch(`${url}/api/v1/federation/candidates`)).status).toBe(401);
    } finally {
      expect(await server.stop()).toBe(0);
    }

    const status = await runCli(['federation', 'status', '--data', dataDir], { KINLINK_FEDERATION_ORG_ID: 'icrc-hub' });
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/directory: v3 issued by icrc-hub/);
    expect(status.stdout).toMatch(/outbox: 0 pending, 0 parked/);
    expect(status.stdout).toMatch(/last hub exchange: \S+ from mkd-redcross linkage\.submit rejected:replayed/);
    expect(status.stdout).toMatch(/mkd-redcross +society +MKD/);
    const json = JSON.parse((await runCli(['federation', 'status', '--json', '--data', dataDir])).stdout) as { peers: { orgId: string; lastExchange: { outcome: string } | null }[] };
    expect(json.peers.find((p) => p.orgId === 'mkd-redcross')?.lastExchange?.outcome).toBe('rejected:replayed');
  }, 90_000);

  it('refuses to start with --federation but no federation configured, or with a wrong key file', async () => {
    const missing = await runCliProcess(['serve', '--federation', '--port', '0', '--data', path.join(dir, 'nofed')], { env: { KINLINK_FEDERATION_ROLE: '' } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/--federation needs KINLINK_FEDERATION_ROLE/);
    const wrongKey = path.join(dir, 'wrong.key');
    fs.writeFileSync(wrongKey, 'not a key');
    const bad = await runCliProcess(['serve', '--port', '0', '--data', path.join(dir, 'nofed')], {
      env: { KINLINK_FEDERATION_ROLE: 'society', KINLINK_FEDERATION_ORG_ID: 'mkd-redcross', KINLINK_FEDERATION_KEY_FILE: wrongKey },
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/federation: KINLINK_FEDERATION_KEY_FILE: not an Ed25519/);
  }, 60_000);

  it('has --help on each federation command', async () => {
    for (const command of [['keygen'], ['directory', 'sign'], ['status']]) {
      const help = await runCliProcess(['federation', ...command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^Usage: kinlink federation/);
    }
  }, 60_000);
});
