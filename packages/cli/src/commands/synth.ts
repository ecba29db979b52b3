import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { CSV_COLUMNS, splitHeldOut, synthesize } from '@kinlink/match';
import type { MatchRecord, TailName, VariantGroup } from '@kinlink/match';
import { CsvInputError, parseNumberOption, withInputErrors } from './link';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
export const DEFAULT_DATA_DIR = path.resolve(repoRoot, '../shared/data');

export function loadVariantGroups(dataDir: string): VariantGroup[] {
  const file = path.join(dataDir, 'names/variant-groups.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as VariantGroup;
      } catch {
        throw new CsvInputError(`${file}: line ${i + 1}: not JSON`);
      }
    });
}

/** Arabic-script names with their Latin spelling (Wikipedia-mined, Apache-2.0) for a long tail of family names. */
export function loadTailNames(dataDir: string): TailName[] {
  const file = path.join(dataDir, 'transliteration/google-transliteration-ar2en/ar2en.txt');
  const out: TailName[] = [];
  const seen = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [arabic, latin] = line.split('\t');
    if (!arabic || !latin || !/^[a-z]{4,12}$/.test(latin) || !/^[\u0600-\u06FF]+$/.test(arabic) || seen.has(latin)) continue;
    seen.add(latin);
    out.push({ arabic, latin });
  }
  return out;
}

const COLUMNS = Object.entries(CSV_COLUMNS);

export function recordsToCsv(records: readonly MatchRecord[]): string {
  const rows = records.map((r) => COLUMNS.map(([, prop]) => String(r[prop] ?? '')));
  return stringify(rows, { header: true, columns: COLUMNS.map(([col]) => col) });
}

/** Writes several files so that either all appear or none: temporaries first, then renames. */
function writeAllOrNothing(files: Record<string, string>): void {
  const written: string[] = [];
  try {
    for (const [file, content] of Object.entries(files)) {
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, content);
      written.push(tmp);
    }
    for (const file of Object.keys(files)) renameSync(`${file}.${process.pid}.tmp`, file);
  } catch (e) {
    for (const tmp of written) rmSync(tmp, { force: true });
    throw e;
  }
}

export function addSynthCommand(program: Command): void {
  program
    .command('synth')
    .description('Write a synthetic registry and tracing requests with known truth (registry.csv, requests.csv, truth.csv)')
    .requiredOption('--people <n>', 'people in the registry')
    .requiredOption('--out <dir>', 'output directory (created if missing)')
    .option('--requests <n>', 'tracing requests (default min(people, 10000))')
    .option('--seed <n>', 'random seed (default 2016)')
    .option('--held-out', 'use only the variant groups held out of the default tables (generalisation check)')
    .option('--data <dir>', 'shared data directory', DEFAULT_DATA_DIR)
    .action((o: { people: string; out: string; requests?: string; seed?: string; heldOut?: boolean; data: string }) =>
      withInputErrors(() => {
        const people = parseNumberOption('people', o.people, 1, 1e8, true)!;
        const requests = parseNumberOption('requests', o.requests, 0, 1e8, true);
        const seed = parseNumberOption('seed', o.seed, 0, 2 ** 31, true);
        const split = splitHeldOut(loadVariantGroups(o.data));
        const groups = o.heldOut ? split.heldOut : split.used;
        const data = synthesize(groups, loadTailNames(o.data), { people, requests, seed });
        mkdirSync(o.out, { recursive: true });
        const truth = data.truth.flatMap((t) => (t.registryIds.length === 0 ? [[t.requestId, '']] : t.registryIds.map((r) => [t.requestId, r])));
        writeAllOrNothing({
          [path.join(o.out, 'registry.csv')]: recordsToCsv(data.registry),
          [path.join(o.out, 'requests.csv')]: recordsToCsv(data.requests),
          [path.join(o.out, 'truth.csv')]: stringify(truth, { header: true, columns: ['request_id', 'registry_id'] }),
        });
        console.error(`${data.registry.length} registrations, ${data.requests.length} requests → ${o.out}`);
      }),
    );
}
