import { Command } from 'commander';
import type { AddCommand } from './commands/index';
import { CliError } from './runtime/output';

/** The kinlink program with the given commands. */
export function createProgram(commands: AddCommand[]): Command {
  const program = new Command('kinlink')
    .description('kinlink — case and tracing system for Red Cross Tracing Services')
    .showHelpAfterError()
    .configureHelp({ sortSubcommands: true });
  for (const add of commands) add(program);
  return program;
}

/** Builds the program and runs it on `argv`, reporting the failures a user can act on as one line and an exit code. */
export async function runProgram(argv: string[], build: () => Promise<Command> | Command): Promise<void> {
  try {
    await (await build()).parseAsync(argv);
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`kinlink: ${error.message}`);
      process.exitCode = error.exitCode;
      return;
    }
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      const port = (error as { port?: number }).port;
      console.error(`kinlink: cannot listen on port ${port ?? ''}: ${code === 'EADDRINUSE' ? 'it is in use' : 'permission denied'}; choose another with --port or KINLINK_PORT`);
      process.exitCode = 1;
      return;
    }
    if (error instanceof Error && (error.name === 'ConfigError' || error.name === 'ConflictError')) {
      console.error(`kinlink: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}
