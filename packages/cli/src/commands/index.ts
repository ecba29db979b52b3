import type { Command } from 'commander';

/** Each command lives in its own file and adds itself to the program. */
export type AddCommand = (program: Command) => void;

export const commands: AddCommand[] = [];
