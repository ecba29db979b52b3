import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../runtime/paths';

export interface ServeProcess {
  child: ChildProcess;
  url: string;
  /** What it printed so far (stdout and stderr). */
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop: () => Promise<number | null>;
}

/**
 * Starts `kinlink serve <args>` as a real process on 127.0.0.1 and waits until its stdout matches `ready`
 * (whose first group is the URL it listens on).
 */
export async function startServe(args: string[], env: Record<string, string>, ready = /listening on (http:\/\/\S+)/): Promise<ServeProcess> {
  const child = spawn(process.execPath, [path.join(repoRoot, 'packages/cli/bin/kinlink.js'), 'serve', ...args], {
    cwd: repoRoot,
    env: { ...process.env, KINLINK_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${output}`)), 45_000);
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const match = ready.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  const stop = () => {
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    return exited;
  };
  return { child, url, output: () => output, stop };
}
