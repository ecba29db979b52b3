import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';

/**
 * Reads a password from standard input: piped input is read whole (first line), a terminal is asked
 * without echoing what is typed.
 */
export async function readSecret(prompt: string, input: Readable & { isTTY?: boolean } = process.stdin, output: Writable = process.stderr): Promise<string> {
  if (!input.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return (Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '').trimEnd();
  }
  output.write(prompt);
  const rl = readline.createInterface({ input, terminal: true, output: undefined });
  try {
    return await new Promise<string>((resolve) => rl.question('', resolve));
  } finally {
    rl.close();
    output.write('\n');
  }
}
