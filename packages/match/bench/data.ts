import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { MatchRecord, TailName, VariantGroup } from '@kinlink/match';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const DATA_DIR = path.resolve(repoRoot, '../shared/data');

/** FEBRL rows → records: soc_sec_id as the document number, the address parts as one address. */
export function loadFebrl(file: string): MatchRecord[] {
  const rows = parse(readFileSync(path.join(DATA_DIR, 'febrl', file), 'utf8'), { columns: true, trim: true }) as Record<string, string>[];
  return rows.map((r) => ({
    id: r.rec_id!,
    givenName: r.given_name,
    familyName: r.surname,
    birthDate: r.date_of_birth,
    documentNumber: r.soc_sec_id,
    address: [r.street_number, r.address_1, r.address_2, r.suburb, r.postcode, r.state].filter((x) => x).join(' '),
  }));
}

/** rec-123-org / rec-123-dup-0 → 123 */
export function febrlIdentity(id: string): string {
  return id.split('-')[1]!;
}

export function loadVariantGroups(): VariantGroup[] {
  return readFileSync(path.join(DATA_DIR, 'names/variant-groups.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as VariantGroup);
}

/**
 * The tail names of the synthetic world: the Wikipedia Arabic→English pairs the name engine of 2026-11-30 (commit
 * 143d483) read as one name, listed by their Latin spelling in synth-tail.txt. Frozen, so that the world — and with it
 * the benchmark's findable requests — stays the same as the engine changes; `npm run bench:match:freeze-tail` writes
 * the list anew from the engine of the day, which changes the world (say so beside the figures).
 */
export function loadChosenTailNames(): TailName[] {
  const chosen = new Set(readFileSync(CHOSEN_TAIL_FILE, 'utf8').split('\n').filter((l) => l !== ''));
  return loadTailNames().filter((t) => chosen.has(t.latin));
}
export const CHOSEN_TAIL_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'synth-tail.txt');

export function loadTailNames(): TailName[] {
  const out: TailName[] = [];
  const seen = new Set<string>();
  const file = path.join(DATA_DIR, 'transliteration/google-transliteration-ar2en/ar2en.txt');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [arabic, latin] = line.split('\t');
    if (!arabic || !latin || !/^[a-z]{4,12}$/.test(latin) || !/^[\u0600-\u06FF]+$/.test(arabic) || seen.has(latin)) continue;
    seen.add(latin);
    out.push({ arabic, latin });
  }
  return out;
}
