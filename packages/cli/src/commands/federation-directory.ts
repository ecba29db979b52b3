import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { importIdentity, peerSchema, PinnedDirectory, signDirectory, signedDirectorySchema, type SignedDirectory } from '@kinlink/federation';
import { fail, formatIssues } from '../runtime/output';

/** peers.json: a list of peers, or `{ version?, peers }`. */
const peersFileSchema = z.union([z.array(peerSchema).min(1), z.object({ version: z.number().int().positive().optional(), peers: z.array(peerSchema).min(1) })]);

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`cannot read ${what} ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return fail(`${what} ${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Signs the peer list with the hub's key. The issuer is the hub entry whose public key matches the key
 * file; the version is --version, else the file's `version`, else one more than the directory at --out.
 */
export function signDirectoryFile(options: { in: string; key: string; out: string; version?: number; now?: Date }): SignedDirectory {
  const parsed = peersFileSchema.safeParse(readJson(options.in, 'peer list'));
  if (!parsed.success) return fail(`${options.in} is not a peer list:\n${formatIssues(parsed.error.issues)}`);
  const { peers, version: listed } = Array.isArray(parsed.data) ? { peers: parsed.data, version: undefined } : parsed.data;
  let pem: string;
  try {
    pem = readFileSync(options.key, 'utf8');
  } catch (error) {
    return fail(`cannot read the hub key ${options.key}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let publicKey: string;
  try {
    publicKey = importIdentity('hub', pem).publicKey;
  } catch (error) {
    return fail(`${options.key} is not an Ed25519 private key (${error instanceof Error ? error.message : String(error)})`);
  }
  const hub = peers.find((peer) => peer.role === 'hub' && peer.publicKey === publicKey);
  if (hub === undefined) return fail(`the key in ${options.key} (public key ${publicKey}) belongs to no peer with role "hub" in ${options.in}`);
  let version = options.version ?? listed;
  if (version === undefined) {
    const previous = existsSync(options.out) ? signedDirectorySchema.safeParse(readJson(options.out, 'previous directory')) : undefined;
    if (previous !== undefined && !previous.success) return fail(`${options.out} exists but is not a signed directory; give --version or another --out`);
    version = previous === undefined ? 1 : previous.data.directory.version + 1;
  }
  let signed: SignedDirectory;
  try {
    signed = signDirectory(importIdentity(hub.orgId, pem), { version, issuedAt: (options.now ?? new Date()).toISOString(), peers });
  } catch (error) {
    return fail(`cannot sign the directory: ${error instanceof Error ? error.message : String(error)}`);
  }
  // What every server will do with it: verify against the pinned hub key.
  new PinnedDirectory(hub.orgId, hub.publicKey).adopt(signed);
  writeFileSync(options.out, `${JSON.stringify(signed, null, 2)}\n`);
  return signed;
}

export function addFederationDirectoryCommand(federation: Command): void {
  const directory = federation.command('directory').description("The hub's signed, versioned directory of trusted peers");
  directory
    .command('sign')
    .description('Sign a peer list with the hub key; servers pin the hub key and adopt only newer versions')
    .requiredOption('--in <file>', 'peer list JSON: [{orgId, name, role: society|hub|partner, country?, publicKey, url}] or {version?, peers}')
    .requiredOption('--key <file>', "the hub's private key (kinlink federation keygen)")
    .requiredOption('--out <file>', 'the signed directory to write (publish it; KINLINK_FEDERATION_DIRECTORY_FILE)')
    .option('--version <n>', 'directory version (default: the list\'s version, else one more than the directory at --out, else 1)')
    .action((options: { in: string; key: string; out: string; version?: string }) => {
      const version = options.version === undefined ? undefined : Number(options.version);
      if (version !== undefined && (!Number.isInteger(version) || version < 1)) fail(`--version must be a whole number from 1, got "${options.version}"`);
      const out = path.resolve(options.out);
      const signed = signDirectoryFile({ in: path.resolve(options.in), key: path.resolve(options.key), out, ...(version === undefined ? {} : { version }) });
      const { issuer, peers } = signed.directory;
      console.log(`signed directory v${signed.directory.version} of ${peers.length} peers by ${issuer}: ${out}`);
      for (const peer of peers) console.log(`  ${peer.orgId.padEnd(24)} ${peer.role.padEnd(8)} ${peer.url}`);
    });
}
