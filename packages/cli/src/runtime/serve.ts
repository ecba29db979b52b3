import { loadOperationsSettings, serverJobHandlers, startService, stopOnSignals, type ServerConfig } from '@kinlink/server';
import type { KinlinkDb } from '@kinlink/store';

/**
 * Listens (and runs the background job worker) until SIGINT/SIGTERM, then stops gracefully: readiness turns
 * 503, in-flight requests finish, running jobs finish or are released, the database closes. Returns the URL.
 */
export async function serveUntilStopped(config: ServerConfig, db: KinlinkDb, env: Record<string, string | undefined> = process.env): Promise<{ url: string; closed: Promise<void> }> {
  const settings = loadOperationsSettings(env);
  const service = await startService({ config, db, settings, handlers: serverJobHandlers() });
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' || config.host === '::' ? 'localhost' : config.host;
  const closed = stopOnSignals(service.stop, {
    forceAfterMs: settings.shutdownGraceSeconds * 1000 + 5_000,
    onForced: () => console.error('kinlink: shutdown took too long; exiting'),
  });
  return { url: `http://${shownHost}:${service.port}`, closed };
}
