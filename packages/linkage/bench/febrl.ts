import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LinkageRecord } from '../src/index';

export interface BenchRecord extends LinkageRecord {
  /** Who the record is about: equal entities are true matches. */
  readonly entity: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const dataDir = path.resolve(repoRoot, '../shared/data');

/** FEBRL4 records: identity is N in rec-N-org / rec-N-dup-k; names lower-cased, birth year from date_of_birth. */
export function loadFebrl(file: string, tokenize: (name: string) => string[]): BenchRecord[] {
  const lines = readFileSync(path.join(dataDir, 'febrl', file), 'utf8').split('\n').filter((line) => line.trim() !== '');
  const header = lines[0]!.split(',').map((cell) => cell.trim());
  const column = (name: string): number => header.indexOf(name);
  const [idCol, givenCol, surnameCol, dobCol] = ['rec_id', 'given_name', 'surname', 'date_of_birth'].map(column);
  return lines.slice(1).map((line) => {
    const cells = line.split(',').map((cell) => cell.trim());
    const id = cells[idCol!]!;
    const dob = cells[dobCol!] ?? '';
    const year = /^\d{8}$/.test(dob) ? Number(dob.slice(0, 4)) : undefined;
    return {
      id,
      entity: /^rec-(\d+)-/.exec(id)![1]!,
      nameTokens: [...tokenize(cells[givenCol!] ?? ''), ...tokenize(cells[surnameCol!] ?? '')],
      birthYear: year,
    };
  });
}
