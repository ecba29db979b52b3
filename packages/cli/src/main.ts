import { Command } from 'commander';
import { commands } from './commands/index';

export function buildProgram(): Command {
  const program = new Command('kinlink')
    .description('kinlink — case and tracing system for Red Cross Tracing Services')
    .showHelpAfterError()
    .configureHelp({ sortSubcommands: true });
  for (const add of commands) add(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
