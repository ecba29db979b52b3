import { Command } from 'commander';
import { loadCommands } from './commands/index';
import { CliError } from './runtime/output';

/** Builds the program with the command `argv` names (every command when it names none). */
export async function buildProgram(argv: string[] = []): Promise<Command> {
  const program = new Command('kinlink')
    .description('kinlink — case and tracing system for Red Cross Tracing Services')
    .showHelpAfterError()
    .configureHelp({ sortSubcommands: true });
  for (const add of await loadCommands(argv[2])) add(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await (await buildProgram(argv)).parseAsync(argv);
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
