import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { CSV_COLUMNS, candidatesPerLeft, indexRecords, pairsFromHits, parseBirthDate, parseModel, parseSex } from '@kinlink/match';
import type { LinkedPair, MatchRecord, ModelParams } from '@kinlink/match';
import { searchInParallel } from './parallel-search';

/** A CSV problem with the file, line and column it is on. */
export class CsvInputError extends Error {}

interface ParsedRow {
  record: Record<string, string>;
  info: { lines: number };
}

/**
 * Reads person records from a CSV with a header (DESIGN.md's `kinlink link` columns; unknown columns
 * ignored). Checks ids (present, unique), birth dates and sex, naming file, line and column on error.
 */
export function readRecordsCsv(file: string): MatchRecord[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CsvInputError(`${file}: cannot read (${(e as Error).message})`);
  }
  let rows: ParsedRow[];
  try {
    rows = parse(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), bom: true, trim: true, skip_empty_lines: true, info: true, relax_column_count: false }) as ParsedRow[];
  } catch (e) {
    const err = e as Error & { lines?: number; column?: number };
    throw new CsvInputError(`${file}: line ${err.lines ?? '?'}: ${err.message}`);
  }
  if (rows.length > 0 && !('id' in rows[0]!.record)) throw new CsvInputError(`${file}: line 1: the header has no "id" column`);
  const seen = new Set<string>();
  return rows.map(({ record, info }) => {
    const at = (column: string) => `${file}: line ${info.lines}, column ${column}`;
    const id = record.id ?? '';
    if (id === '') throw new CsvInputError(`${at('id')}: empty id`);
    if (seen.has(id)) throw new CsvInputError(`${at('id')}: duplicate id "${id}"`);
    seen.add(id);
    const out: Record<string, string> = {};
    for (const [column, property] of Object.entries(CSV_COLUMNS)) {
      const value = record[column];
      if (value !== undefined && value !== '') out[property] = value;
    }
    if (out.birthDate && !parseBirthDate(out.birthDate)) {
      throw new CsvInputError(`${at('birth_date')}: "${out.birthDate}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
    if (out.sex && !parseSex(out.sex)) throw new CsvInputError(`${at('sex')}: "${out.sex}" is not M, F or empty`);
    return out as unknown as MatchRecord;
  });
}

/** Writes the whole file to a temporary name beside it, then renames: readers never see half a file. */
export function writeFileAtomic(file: string, content: string): void {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export function readModelFile(file: string | undefined): ModelParams | undefined {
  if (!file) return undefined;
  try {
    return parseModel(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    throw new CsvInputError(`${file}: ${(e as Error).message}`);
  }
}

/** Progress bars on stderr (only drawn on a terminal), one per phase. */
export function progressOnStderr(): { update: (phase: string, done: number, total: number) => void; stop: () => void } {
  const bars = new cliProgress.MultiBar(
    { stream: process.stderr, format: ' {phase} [{bar}] {value}/{total} {eta_formatted}', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  const byPhase = new Map<string, cliProgress.SingleBar>();
  return {
    update(phase, done, total) {
      let bar = byPhase.get(phase);
      if (!bar) {
        bar = bars.create(total, 0, { phase: phase.padEnd(8) });
        byPhase.set(phase, bar);
      }
      bar.setTotal(total);
      bar.update(done, { phase: phase.padEnd(8) });
    },
    stop: () => bars.stop(),
  };
}

export function parseNumberOption(name: string, value: string | undefined, min: number, max: number, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new CsvInputError(`--${name} must be ${integer ? 'an integer' : 'a number'} between ${min} and ${max}, got "${value}"`);
  }
  return n;
}

export function explanationOf(pair: Pick<LinkedPair, 'fields'>): string {
  return pair.fields
    .filter((f) => f.level !== null)
    .map((f) => `${f.field}=${f.level}(${f.bits >= 0 ? '+' : ''}${f.bits.toFixed(1)})`)
    .join(' ');
}

export function pairsToCsv(pairs: readonly LinkedPair[]): string {
  const rows = pairs.map((p) => [p.leftId, p.rightId, p.probability.toFixed(6), String(p.match), p.weight.toFixed(2), explanationOf(p)]);
  return stringify(rows, { header: true, columns: ['left_id', 'right_id', 'probability', 'match', 'match_weight', 'explanation'] });
}

/** Runs a command body, turning input errors into a message and exit code 2 (no stack trace). */
export async function withInputErrors(body: () => Promise<void> | void): Promise<void> {
  try {
    await body();
  } catch (e) {
    if (e instanceof CsvInputError) {
      console.error(`kinlink: ${e.message}`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
}

interface LinkOptionsCli {
  left: string;
  right: string;
  out: string;
  top?: string;
  threshold?: string;
  model?: string;
  threads?: string;
}

export function addLinkCommand(program: Command): void {
  program
    .command('link')
    .description('Link two CSV files of people (one-to-one by default; with --top, the K best candidates per left record)')
    .requiredOption('--left <file>', 'CSV of records to find (id, given_name, family_name, father_name, …)')
    .requiredOption('--right <file>', 'CSV of records to search in')
    .requiredOption('--out <file>', 'CSV of pairs: left_id, right_id, probability, match, match_weight, explanation')
    .option('--top <k>', 'all candidates up to K per left record, whatever their probability')
    .option('--threshold <p>', 'match probability at and above which match=true (default 0.5)')
    .option('--model <file>', 'model parameters (JSON from `kinlink train`) instead of the shipped model')
    .option('--threads <n>', 'threads searching (worker threads sharing one index; default: the available cores)')
    .action((o: LinkOptionsCli) =>
      withInputErrors(async () => {
        const top = parseNumberOption('top', o.top, 1, 1000, true);
        const threshold = parseNumberOption('threshold', o.threshold, 0, 1, false) ?? 0.5;
        const threads = parseNumberOption('threads', o.threads, 1, 256, true);
        const model = readModelFile(o.model);
        const left = readRecordsCsv(o.left);
        const right = readRecordsCsv(o.right);
        const progress = progressOnStderr();
        const started = Date.now();
        const index = indexRecords(right, { model, onProgress: progress.update });
        const hits = await searchInParallel(index, left, { top: candidatesPerLeft({ top }), threads, onProgress: (done, total) => progress.update('search', done, total) });
        const pairs = pairsFromHits(left, hits, { top, threshold });
        progress.stop();
        writeFileAtomic(o.out, pairsToCsv(pairs));
        const matches = pairs.filter((p) => p.match).length;
        console.error(`${pairs.length} pairs (${matches} matches at ${threshold}) from ${left.length} × ${right.length} records in ${((Date.now() - started) / 1000).toFixed(1)} s → ${o.out}`);
      }),
    );
}
