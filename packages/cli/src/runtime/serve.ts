import { buildServer, type ServerConfig } from '@kinlink/server';
import type { KinlinkDb } from '@kinlink/store';

/** Listens until SIGINT/SIGTERM, then closes the server and the database. Returns the URL listened on. */
export async function serveUntilStopped(config: ServerConfig, db: KinlinkDb): Promise<{ url: string; closed: Promise<void> }> {
  const app = await buildServer({ config, db });
  await app.listen({ port: config.port, host: config.host });
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' || config.host === '::' ? 'localhost' : config.host;
  const address = app.server.address();
  const port = address && typeof address === 'object' ? address.port : config.port;
  const closed = new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void app
        .close()
        .then(() => db.destroy())
        .finally(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return { url: `http://${shownHost}:${port}`, closed };
}
