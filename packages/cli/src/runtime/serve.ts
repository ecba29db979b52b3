import { loadOperationsSettings, serverJobHandlers, startService, stopOnSignals, type ServerConfig, type ServiceOptions } from '@kinlink/server';
import type { KinlinkDb } from '@kinlink/store';

/**
 * Serves (API, web app, readiness, metrics, background jobs) until SIGINT/SIGTERM, then stops gracefully
 * and closes the database. Returns the URL listened on and a promise of the stop.
 */
export async function serveUntilStopped(
  config: ServerConfig,
  db: KinlinkDb,
  env = process.env,
  extend?: ServiceOptions['extend'],
): Promise<{ url: string; closed: Promise<void> }> {
  const settings = loadOperationsSettings(env);
  const service = await startService({ config, db, settings, handlers: serverJobHandlers(), extend });
  const shownHost = ['0.0.0.0', '127.0.0.1', '::', '::1'].includes(config.host) ? 'localhost' : config.host;
  const closed = stopOnSignals(service.stop, {
    forceAfterMs: (settings.shutdownGraceSeconds + 10) * 1000,
    onForced: () => console.error('kinlink: could not stop in time; exiting'),
  });
  return { url: `http://${shownHost}:${service.port}`, closed };
}
