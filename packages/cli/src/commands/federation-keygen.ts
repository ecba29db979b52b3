import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { exportIdentity, generateIdentity } from '@kinlink/federation';
import { fail } from '../runtime/output';

/** Writes a new Ed25519 private key (PKCS#8 PEM, mode 0600, never over an existing file); returns the public key. */
export function writeNewIdentity(file: string): string {
  const identity = generateIdentity('unnamed');
  try {
    writeFileSync(file, exportIdentity(identity).privateKeyPem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EEXIST') fail(`${file} already exists: an organisation keeps its identity; choose a new file to make another`);
    fail(`cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return identity.publicKey;
}

export function addFederationKeygenCommand(federation: Command): void {
  federation
    .command('keygen')
    .description("Create this organisation's Ed25519 federation identity: the private key goes to FILE (mode 0600), the public key is printed for the hub's directory")
    .requiredOption('--out <file>', 'the new private key file (must not exist); point KINLINK_FEDERATION_KEY_FILE at it')
    .action((options: { out: string }) => {
      const file = path.resolve(options.out);
      const publicKey = writeNewIdentity(file);
      console.log(`private key written to ${file} (readable by its owner only; keep it in the server's secrets)`);
      console.log(`public key: ${publicKey}`);
    });
}
