import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './csv';
import type { BenchRecord } from './febrl';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * `kinlink synth` data (the match engine's generator: the same people written in Arabic, Cyrillic and
 * Latin by different registrars): requests on the left, the registry on the right. Entities come from
 * truth.csv; records without a counterpart get an entity of their own.
 */
export function loadSynth(people: number, tokenize: (name: string) => string[]): { left: BenchRecord[]; right: BenchRecord[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kinlink-synth-'));
  try {
    execFileSync(process.execPath, [path.join(repoRoot, 'packages/cli/bin/kinlink.js'), 'synth', '--people', String(people), '--requests', String(people), '--seed', '2016', '--out', dir], { stdio: 'ignore' });
    const read = (file: string) => parseCsv(readFileSync(path.join(dir, file), 'utf8'));
    const parent = new Map<string, string>();
    const find = (id: string): string => {
      let root = id;
      while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
      return root;
    };
    for (const { request_id: request, registry_id: registry } of read('truth.csv')) {
      if (request && registry) parent.set(find(registry), find(request));
    }
    const toRecord = (row: Record<string, string>): BenchRecord => {
      const year = /^(\d{4})/.exec(row['birth_date'] ?? '')?.[1];
      const sex = row['sex'] === 'M' || row['sex'] === 'F' ? row['sex'] : undefined;
      return {
        id: row['id']!,
        entity: find(row['id']!),
        nameTokens: [...tokenize(row['given_name'] ?? ''), ...tokenize(row['family_name'] ?? '')],
        birthYear: year === undefined ? undefined : Number(year),
        sex,
      };
    };
    return { left: read('requests.csv').map(toRecord), right: read('registry.csv').map(toRecord) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
