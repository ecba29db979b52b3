import type { Command } from 'commander';

/** Each command lives in its own file and adds itself to the program. */
export type AddCommand = (program: Command) => void;

/**
 * Top-level command name → the file that adds it. A run loads only the command it names, so a piped
 * `kinlink names compare` does not pay for importing the server, the store and the match engine.
 */
export const commandLoaders: Record<string, () => Promise<AddCommand>> = {
  names: async () => (await import('./names')).addNamesCommand,
  link: async () => (await import('./link')).addLinkCommand,
  dedupe: async () => (await import('./dedupe')).addDedupeCommand,
  synth: async () => (await import('./synth')).addSynthCommand,
  train: async () => (await import('./train')).addTrainCommand,
  serve: async () => (await import('./serve')).addServeCommand,
  org: async () => (await import('./org')).addOrgCommand,
  user: async () => (await import('./user')).addUserCommand,
  audit: async () => (await import('./audit')).addAuditCommand,
  demo: async () => (await import('./demo')).addDemoCommand,
  start: async () => (await import('./start')).addStartCommand,
  backup: async () => (await import('./backup')).addBackupCommand,
  jobs: async () => (await import('./jobs')).addJobsCommand,
  restore: async () => (await import('./restore')).addRestoreCommand,
  federation: async () => (await import('./federation')).addFederationCommand,
};

/** The commands a run needs: the one named by `name` when there is one, otherwise all (for help). */
export async function loadCommands(name: string | undefined): Promise<AddCommand[]> {
  const only = name === undefined ? undefined : commandLoaders[name];
  return Promise.all((only ? [only] : Object.values(commandLoaders)).map((load) => load()));
}
