import type { Command } from 'commander';
import { addNamesCommand } from './names';
import { addLinkCommand } from './link';
import { addDedupeCommand } from './dedupe';
import { addSynthCommand } from './synth';
import { addTrainCommand } from './train';
import { addServeCommand } from './serve';
import { addOrgCommand } from './org';
import { addUserCommand } from './user';
import { addAuditCommand } from './audit';
import { addDemoCommand } from './demo';
import { addStartCommand } from './start';
import { addBackupCommand } from './backup';
import { addJobsCommand } from './jobs';
import { addRestoreCommand } from './restore';
import { addFederationCommand } from './federation';

/** Each command lives in its own file and adds itself to the program. */
export type AddCommand = (program: Command) => void;

export const commands: AddCommand[] = [addNamesCommand, addLinkCommand, addDedupeCommand, addSynthCommand, addTrainCommand,
  addServeCommand, addOrgCommand, addUserCommand, addAuditCommand, addDemoCommand, addStartCommand, addBackupCommand,
  addJobsCommand, addRestoreCommand, addFederationCommand];
