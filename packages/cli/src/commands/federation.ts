import type { Command } from 'commander';
import { addFederationDirectoryCommand } from './federation-directory';
import { addFederationKeygenCommand } from './federation-keygen';
import { addFederationStatusCommand } from './federation-status';

/** `kinlink federation …`: identities, the hub's signed directory, and a server's federation status. */
export function addFederationCommand(program: Command): void {
  const federation = program.command('federation').description('Cooperation between kinlink servers: organisation keys, the signed peer directory, status');
  addFederationKeygenCommand(federation);
  addFederationDirectoryCommand(federation);
  addFederationStatusCommand(federation);
}
