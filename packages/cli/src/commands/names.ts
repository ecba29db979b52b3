import type { Command } from 'commander';
import {
  compareNames, detectScript, nameKeys, nameScore, normalizeName, otherScriptForms, prepareName, tokenKeys,
  comparableTokens, SAME_NAME_THRESHOLD,
} from '@kinlink/names';

/** One JSON line in → one JSON line out; a bad line gives {"error"} and never stops the stream. */
export function compareLine(line: string): string {
  const plain = PLAIN_LINE.exec(line);
  const fields = plain !== null ? { a: plain[1] ?? '', b: plain[2] ?? '' } : parsedFields(line);
  if (typeof fields === 'string') return fields;
  const { a, b } = fields;
  // (not cached: most lines name names no line before them did, and keeping the recent ones costs more in GC than it saves)
  const pa = prepareName(a);
  const pb = prepareName(b);
  const thousandths = Math.round(nameScore(pa, pb) * 1000);
  return ANSWER_OF_THOUSANDTHS[thousandths] ?? answerLine(thousandths / 1000);
}

const answerLine = (score: number): string => `{"score":${score},"same":${score >= SAME_NAME_THRESHOLD}}`;
// the answer for each score 0, 0.001 … 1, written once instead of a number turned into text per line
const ANSWER_OF_THOUSANDTHS = Array.from({ length: 1001 }, (_, k) => answerLine(k / 1000));

// {"a": "…", "b": "…"} with strings that hold no escape, quote or control character (JSON.parse gives the same strings):
// read without building an object, as most lines are
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings: such a line goes to JSON.parse
const PLAIN_LINE = /^[ \t]*\{[ \t]*"a"[ \t]*:[ \t]*"([^"\\\u0000-\u001f]*)"[ \t]*,[ \t]*"b"[ \t]*:[ \t]*"([^"\\\u0000-\u001f]*)"[ \t]*\}[ \t]*$/;

/** The fields of any other line, or the error line to answer it with. */
function parsedFields(line: string): { a: string; b: string } | string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'not valid JSON' });
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return JSON.stringify({ error: 'expected an object {"a": "...", "b": "..."}' });
  }
  const { a, b } = input as { a?: unknown; b?: unknown };
  if (typeof a !== 'string' || typeof b !== 'string') {
    return JSON.stringify({ error: 'fields "a" and "b" must both be strings' });
  }
  return { a, b };
}

/** Streams stdin line by line, writing results in input order with large buffered writes. */
export async function compareStream(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  let rest = '';
  const write = async (s: string): Promise<void> => {
    if (s === '') return;
    if (!output.write(s)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  input.setEncoding?.('utf8');
  for await (const chunk of input) {
    const text = rest + (chunk as string);
    const lines = text.split('\n');
    rest = lines.pop() ?? '';
    let out = '';
    for (const raw of lines) {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      // every line gets an answer (an empty one an error), so that output line N answers input line N
      out += (line.trim() === '' ? '{"error":"empty line"}' : compareLine(line)) + '\n';
    }
    await write(out);
  }
  if (rest.trim() !== '') await write(compareLine(rest.replace(/\r$/, '')) + '\n');
}

/**
 * A reader that stops early (`kinlink names compare < pairs | head`) closes the pipe: that ends the command
 * quietly, as for other Unix tools, instead of an unhandled EPIPE error.
 */
export function endQuietlyOnClosedPipe(output: NodeJS.EventEmitter, exit: (code: number) => void): void {
  output.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit(0);
    else throw error;
  });
}

export function addNamesCommand(program: Command): void {
  endQuietlyOnClosedPipe(process.stdout, (code) => process.exit(code));
  const names = program.command('names').description('The cross-script name engine: compare names, explain, show keys');
  names
    .command('compare')
    .description('Read JSON lines {"a": "...", "b": "..."} on stdin; write one JSON line {"score", "same"} per input, in order')
    .action(async () => {
      await compareStream(process.stdin, process.stdout);
    });
  names
    .command('explain')
    .description('Compare two names and show the normalised forms, units, keys and the reasoning')
    .argument('<a>', 'first name')
    .argument('<b>', 'second name')
    .option('--json', 'print the whole comparison as JSON')
    .action((a: string, b: string, options: { json?: boolean }) => {
      const c = compareNames(a, b);
      if (options.json) {
        console.log(JSON.stringify(c, null, 2));
        return;
      }
      const line = (label: string, s: typeof c.explanation.a): string =>
        `${label}: ${s.raw}  [${s.script}]  normalised "${s.normalized}"${s.titles.length > 0 ? `  titles: ${s.titles.join(', ')}` : ''}  units: ${s.units.map((u) => `${u.text} → ${u.form} (${u.kind}, key ${u.key})`).join('; ')}`;
      console.log(line('A', c.explanation.a));
      console.log(line('B', c.explanation.b));
      console.log(`score ${c.score}  same ${c.same}  relation ${c.relation}`);
      console.log(c.explanation.summary);
    });
  names
    .command('key')
    .description('Show the normalised form, script, units, blocking keys and other-script forms of a name')
    .argument('<name>', 'the name')
    .option('--json', 'print as JSON')
    .action((name: string, options: { json?: boolean }) => {
      const result = {
        name,
        script: detectScript(name),
        normalized: normalizeName(name),
        tokenKeys: tokenKeys(name),
        nameKeys: nameKeys(name),
        comparableTokens: comparableTokens(name),
        otherScriptForms: otherScriptForms(name),
      };
      if (options.json) {
        console.log(JSON.stringify(result, null, 2));
        return;
      }
      console.log(`name        ${result.name}  [${result.script}]`);
      console.log(`normalised  ${result.normalized}`);
      console.log(`unit keys   ${result.tokenKeys.join(' ')}`);
      console.log(`name keys   ${result.nameKeys.join(' | ')}`);
      for (const f of result.otherScriptForms) console.log(`${f.script.padEnd(11)} ${f.text}`);
    });
}
