import { vi } from 'vitest';
import { main } from '../main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a kinlink command in this process (the bin only adds tsx) with extra environment variables for the
 * run: what it printed and the exit code it set.
 */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  process.exitCode = 0;
  try {
    await main(['node', 'kinlink', ...args]);
  } finally {
    log.mockRestore();
    error.mockRestore();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
