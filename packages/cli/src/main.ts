import type { Command } from 'commander';
import { loadCommands } from './commands/index';
import { createProgram, runProgram } from './program';

/** Builds the program with the command `argv` names (every command when it names none). */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  return createProgram(await loadCommands(argv[2]));
}

export async function main(argv: string[]): Promise<void> {
  await runProgram(argv, () => buildProgram(argv));
}
