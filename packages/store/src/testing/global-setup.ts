import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the one throwaway PostgreSQL server shared by the whole test run. */
    kinlinkPostgresUrl: string;
  }
}

/** vitest globalSetup: one PostgreSQL server per test run; each test file creates its own database in it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startThrowawayPostgres();
  project.provide('kinlinkPostgresUrl', server.url);
  return () => server.stop();
}
