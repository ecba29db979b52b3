import type { FastifyInstance } from 'fastify';
import { buildServer, loadConfig } from '@kinlink/server';
import { migrateToLatest, openDatabase, type KinlinkDb } from '@kinlink/store';
import { FederationNode, type FederationNodeOptions } from './node';
import { federationRoutes } from './routes';

export interface FederatedServerOptions extends Omit<FederationNodeOptions, 'db'> {
  /** Database URL (sqlite:/path/file.db or postgres://…). */
  readonly databaseUrl: string;
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Environment for the kinlink server configuration (KINLINK_*). */
  readonly env?: Record<string, string>;
  readonly logLevel?: string;
  /** Deliver the outbox in the background every this many ms (0: only on /outbox/flush). */
  readonly deliveryIntervalMs?: number;
  /** Called with the built app before it listens (extra hooks, e.g. traffic capture in tests). */
  readonly beforeListen?: (app: FastifyInstance) => void | Promise<void>;
}

export interface FederatedServer {
  readonly app: FastifyInstance;
  readonly node: FederationNode;
  readonly db: KinlinkDb;
  readonly url: string;
  close(): Promise<void>;
}

/** A complete kinlink server (API, auth, audit) with the federation routes under /api/v1/federation. */
export async function startFederatedServer(options: FederatedServerOptions): Promise<FederatedServer> {
  const db = openDatabase({ url: options.databaseUrl });
  try {
    await migrateToLatest(db);
    const node = await FederationNode.open({ ...options, db });
    const config = loadConfig({ KINLINK_TOTP_REQUIRED_ROLES: '', KINLINK_BODY_LIMIT_BYTES: String(50 * 1024 * 1024), ...options.env });
    const app = await buildServer({ config, db, logLevel: options.logLevel ?? 'silent', ...(options.now ? { now: options.now } : {}) });
    await app.register(federationRoutes, { prefix: '/api/v1/federation', node });
    await options.beforeListen?.(app);
    await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('server is not listening on a TCP port');
    if (options.deliveryIntervalMs) node.startDelivery(options.deliveryIntervalMs);
    return {
      app,
      node,
      db,
      url: `http://${options.host ?? '127.0.0.1'}:${address.port}/`,
      async close() {
        node.stopDelivery();
        await app.close();
        await db.destroy();
      },
    };
  } catch (error) {
    await db.destroy();
    throw error;
  }
}
