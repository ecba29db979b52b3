import type { KinlinkDb } from '@kinlink/store';
import { attachFederation, federationConfigFromEnv, FederationConfigError, type FederationNode } from '@kinlink/federation';
import { fail } from './output';

type App = Parameters<typeof attachFederation>[0];

export interface FederationServeOptions {
  /** Join the federation configured by KINLINK_FEDERATION_*; required to be configured when set. */
  federation?: boolean;
  /** Run as the hub. */
  hub?: boolean;
}

export interface FederationExtension {
  extend(app: App, db: KinlinkDb): Promise<void>;
  describe(): string;
}

/**
 * The federation part of `kinlink serve`: undefined for a server outside any federation. The configuration
 * is checked before the database is opened, so a wrong key file or variable stops the start with its reason.
 */
export function federationExtension(env: Record<string, string | undefined>, options: FederationServeOptions): FederationExtension | undefined {
  const hub = options.hub === true;
  let config;
  try {
    config = federationConfigFromEnv(env, hub);
  } catch (error) {
    if (error instanceof FederationConfigError) fail(`federation: ${error.message}`);
    throw error;
  }
  if (config === undefined) {
    if (options.federation) fail('federation: --federation needs KINLINK_FEDERATION_ROLE (hub or society) and the other KINLINK_FEDERATION_* settings');
    return undefined;
  }
  let node: FederationNode | undefined;
  return {
    async extend(app, db) {
      node = await attachFederation(app, db, env, { hub });
    },
    describe() {
      const version = node?.directory.version ?? 0;
      const directory = version > 0 ? `directory v${version}` : 'no directory pinned yet (PUT /api/v1/federation/directory or KINLINK_FEDERATION_DIRECTORY_FILE)';
      return `  Federation:    ${config.role} ${config.identity.orgId}, ${directory}`;
    },
  };
}
