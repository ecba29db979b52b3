import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { KinlinkDb } from '@kinlink/store';
import { DirectoryError } from '../directory';
import { importIdentity } from '../identity';
import { FederationNode, type FederationNodeOptions } from './node';
import { federationRoutes } from './routes';

type Env = Record<string, string | undefined>;

export class FederationConfigError extends Error {
  override name = 'FederationConfigError';
}

/**
 * Federation settings from the environment; undefined when KINLINK_FEDERATION_ROLE is unset (a server
 * outside any federation). Secrets are read from files, never from variables.
 *
 * KINLINK_FEDERATION_ROLE            hub | society
 * KINLINK_FEDERATION_ORG_ID          this organisation's id in the directory
 * KINLINK_FEDERATION_KEY_FILE        its Ed25519 private key, PKCS#8 PEM
 * KINLINK_FEDERATION_HUB_ORG_ID      the hub's id            } pinned at installation
 * KINLINK_FEDERATION_HUB_PUBLIC_KEY  the hub's key, base64url }
 * KINLINK_FEDERATION_LINKAGE_SECRET_FILE  societies: the federation's linkage secret (the hub has none)
 * KINLINK_FEDERATION_DIRECTORY_FILE  optional signed directory JSON, adopted at start when newer
 * KINLINK_FEDERATION_DELIVERY_SECONDS  outbox delivery interval (default 10)
 * KINLINK_FEDERATION_HUB_THRESHOLD   hub: Dice score from which a pair is notified (default 0.75)
 * KINLINK_FEDERATION_HUB_TOP_K       hub: most pairs notified per record and counterpart server (default 3)
 */
export function federationConfigFromEnv(env: Env, forceHub = false): Omit<FederationNodeOptions, 'db'> & { directoryFile?: string; deliveryIntervalMs: number } | undefined {
  const role = forceHub ? 'hub' : env.KINLINK_FEDERATION_ROLE?.trim();
  if (role === undefined || role === '') return undefined;
  if (role !== 'hub' && role !== 'society') throw new FederationConfigError(`KINLINK_FEDERATION_ROLE must be "hub" or "society", got "${role}"`);
  const required = (key: string): string => {
    const value = env[key]?.trim();
    if (!value) throw new FederationConfigError(`${key} is required for a federated ${role}`);
    return value;
  };
  const readSecretFile = (key: string): Buffer => {
    const file = required(key);
    try {
      return readFileSync(file);
    } catch (error) {
      throw new FederationConfigError(`${key}: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const orgId = required('KINLINK_FEDERATION_ORG_ID');
  let identity;
  try {
    identity = importIdentity(orgId, readSecretFile('KINLINK_FEDERATION_KEY_FILE').toString('utf8'));
  } catch (error) {
    if (error instanceof FederationConfigError) throw error;
    throw new FederationConfigError(`KINLINK_FEDERATION_KEY_FILE: not an Ed25519 PKCS#8 private key (${error instanceof Error ? error.message : String(error)})`);
  }
  const hub = { orgId: required('KINLINK_FEDERATION_HUB_ORG_ID'), publicKey: required('KINLINK_FEDERATION_HUB_PUBLIC_KEY') };
  if (role === 'hub' && hub.orgId !== orgId) throw new FederationConfigError(`a hub's KINLINK_FEDERATION_ORG_ID (${orgId}) must be KINLINK_FEDERATION_HUB_ORG_ID (${hub.orgId})`);
  if (role === 'hub' && hub.publicKey !== identity.publicKey) throw new FederationConfigError('the hub key file does not match KINLINK_FEDERATION_HUB_PUBLIC_KEY');
  const seconds = Number(env.KINLINK_FEDERATION_DELIVERY_SECONDS?.trim() || '10');
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 3600) throw new FederationConfigError('KINLINK_FEDERATION_DELIVERY_SECONDS must be 1..3600');
  const number = (key: string, min: number, max: number, integer: boolean): number | undefined => {
    const raw = env[key]?.trim();
    if (!raw) return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      throw new FederationConfigError(`${key} must be ${integer ? 'a whole number' : 'a number'} between ${min} and ${max}, got "${raw}"`);
    }
    return value;
  };
  const hubThreshold = number('KINLINK_FEDERATION_HUB_THRESHOLD', 0.5, 1, false);
  const hubTopK = number('KINLINK_FEDERATION_HUB_TOP_K', 1, 100, true);
  const secret = role === 'society' ? new Uint8Array(readSecretFile('KINLINK_FEDERATION_LINKAGE_SECRET_FILE')) : undefined;
  const directoryFile = env.KINLINK_FEDERATION_DIRECTORY_FILE?.trim() || undefined;
  return { identity, hub, role, ...(secret ? { linkageSecret: secret } : {}), ...(hubThreshold === undefined ? {} : { hubThreshold }), ...(hubTopK === undefined ? {} : { hubTopK }), ...(directoryFile ? { directoryFile } : {}), deliveryIntervalMs: seconds * 1000 };
}

/**
 * Joins a built (not yet listening) kinlink server to the federation configured in `env`: federation
 * tables, routes under /api/v1/federation, the directory file, background outbox delivery. Returns
 * undefined when no federation is configured. Call node.stopDelivery() on shutdown.
 */
export async function attachFederation(app: FastifyInstance, db: KinlinkDb, env: Env, options: { hub?: boolean; now?: () => Date } = {}): Promise<FederationNode | undefined> {
  const config = federationConfigFromEnv(env, options.hub ?? false);
  if (config === undefined) return undefined;
  const node = await FederationNode.open({ ...config, db, ...(options.now ? { now: options.now } : {}) });
  if (config.directoryFile !== undefined) {
    let signed: unknown;
    try {
      signed = JSON.parse(readFileSync(config.directoryFile, 'utf8'));
    } catch (error) {
      throw new FederationConfigError(`KINLINK_FEDERATION_DIRECTORY_FILE: ${error instanceof Error ? error.message : String(error)}`);
    }
    const pinned = node.directory.version;
    try {
      await node.adoptDirectory(signed as never);
    } catch (error) {
      // An older or equal file is normal after the directory was updated over the API.
      if (!(error instanceof DirectoryError) || pinned === 0) throw error;
    }
  }
  await app.register(federationRoutes, { prefix: '/api/v1/federation', node });
  node.startDelivery(config.deliveryIntervalMs);
  app.addHook('onClose', async () => node.stopDelivery());
  return node;
}
