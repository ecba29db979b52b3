import { compareBirthDates } from './birth-date';
import { compareDocuments } from './documents';
import { NAME_LEVELS, PART_LEVELS, compareFullNames, compareNameParts } from './name-levels';
import { compareNationalities } from './nationality';
import { comparePhones } from './phones';
import { compareAddresses, comparePlaces } from './places';
import type { PreparedRecord } from './prepare';
import { compareSex } from './sex';

/** One compared field: its ordered levels (strongest first) and how a pair of records gets its level. */
export interface Comparison {
  readonly field: string;
  readonly levels: readonly string[];
  /** Level label, or null when a value is missing on either side (no evidence either way). */
  compare(a: PreparedRecord, b: PreparedRecord): string | null;
  /** Name units whose frequency replaces u at the "exact" level (term-frequency adjustment). */
  termKeys?(a: PreparedRecord): readonly string[];
  /**
   * Set on the slow comparisons (names through the name engine): whether both records have the field, told
   * without comparing, so that a search can bound a candidate's weight before paying for the comparison.
   */
  present?(a: PreparedRecord, b: PreparedRecord): boolean;
}

const has = (value: string | null | undefined): boolean => (value ?? '').trim() !== '';
const hasName = (r: PreparedRecord): boolean => has(r.record.givenName) || has(r.record.familyName);

export const COMPARISONS: readonly Comparison[] = [
  { field: 'name', levels: NAME_LEVELS, compare: compareFullNames, termKeys: (a) => a.nameTokens, present: (a, b) => hasName(a) && hasName(b) },
  { field: 'father_name', levels: PART_LEVELS, compare: (a, b) => compareNameParts(a.father, b.father), termKeys: (a) => a.fatherTokens, present: (a, b) => has(a.record.fatherName) && has(b.record.fatherName) },
  { field: 'grandfather_name', levels: PART_LEVELS, compare: (a, b) => compareNameParts(a.grandfather, b.grandfather), present: (a, b) => has(a.record.grandfatherName) && has(b.record.grandfatherName) },
  { field: 'mother_name', levels: PART_LEVELS, compare: (a, b) => compareNameParts(a.mother, b.mother), present: (a, b) => has(a.record.motherName) && has(b.record.motherName) },
  { field: 'sex', levels: ['same', 'different'], compare: (a, b) => compareSex(a.sex, b.sex) },
  {
    field: 'birth_date',
    levels: ['exact', 'near', 'year-month', 'year', 'within-1', 'within-5', 'different'],
    compare: (a, b) => compareBirthDates(a.birthDate, b.birthDate),
  },
  { field: 'birth_place', levels: ['same', 'similar', 'same-country', 'different'], compare: (a, b) => comparePlaces(a.birthPlace, b.birthPlace) },
  { field: 'nationality', levels: ['same', 'different'], compare: (a, b) => compareNationalities(a.nationality, b.nationality) },
  { field: 'address', levels: ['same', 'similar', 'partly', 'same-place', 'different'], compare: (a, b) => compareAddresses(a.address, b.address) },
  { field: 'document_number', levels: ['exact', 'one-edit', 'different'], compare: (a, b) => compareDocuments(a.document, b.document) },
  { field: 'phone', levels: ['exact', 'same-national', 'different'], compare: (a, b) => comparePhones(a.phone, b.phone) },
];

/** Level index per comparison (-1 when missing): the comparison vector EM works on. */
export function comparisonVector(a: PreparedRecord, b: PreparedRecord, comparisons: readonly Comparison[] = COMPARISONS): number[] {
  return comparisons.map((c) => {
    const label = c.compare(a, b);
    return label === null ? -1 : c.levels.indexOf(label);
  });
}
