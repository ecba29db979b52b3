import { nameQgrams } from './qgrams';
import type { LinkageField } from './keys';

/** What a server knows about a person, reduced to what linkage uses. No names leave in this form. */
export interface LinkageRecord {
  /** The server's own (opaque) reference; travels with the encoding, so it must not contain names. */
  readonly id: string;
  /** Canonical comparable name units, e.g. `comparableTokens` of the name engine. */
  readonly nameTokens: readonly string[];
  readonly birthYear?: number | undefined;
  readonly sex?: 'M' | 'F' | undefined;
}

/**
 * The tokens each field contributes to the filter. A birth year gives its exact value and the three
 * overlapping 3-year windows it falls in, so years one apart still share most bits (ages are estimated).
 */
export function fieldTokens(record: LinkageRecord, q: number): Record<LinkageField, string[]> {
  const year = record.birthYear;
  const hasYear = year !== undefined && Number.isInteger(year) && year > 1800 && year < 2200;
  return {
    name: [...nameQgrams(record.nameTokens.map((token) => token.toLowerCase()), q)],
    birthYear: hasYear ? [`y${year}`, `w${year - 1}`, `w${year}`, `w${year + 1}`] : [],
    sex: record.sex === 'M' || record.sex === 'F' ? [record.sex] : [],
  };
}
