/**
 * The public parameters of an encoding. Every server in a federation encodes with the same schema and the
 * same secret; the hub only needs the schema (to check that two CLK sets are comparable), never the secret.
 */
export type Hardening = 'none' | 'xor-fold' | 'balance';

export interface LinkageSchema {
  /** Names the parameter set; part of the HKDF salt, so changing it changes every key. */
  readonly id: string;
  /** Bloom filter length before hardening, in bits; a multiple of 64. */
  readonly filterBits: number;
  /** q-gram length for name tokens. */
  readonly q: number;
  /** Hash functions per q-gram/token of each field: the field's weight in the filter. */
  readonly k: { readonly name: number; readonly birthYear: number; readonly sex: number };
  readonly hardening: Hardening;
}

export const DEFAULT_SCHEMA: LinkageSchema = {
  id: 'kinlink-clk-v1',
  filterBits: 1024,
  q: 2,
  k: { name: 20, birthYear: 12, sex: 8 },
  hardening: 'xor-fold',
};

/** Length of the published encoding in bits, after hardening. */
export function encodedBits(schema: LinkageSchema): number {
  switch (schema.hardening) {
    case 'none':
      return schema.filterBits;
    case 'xor-fold':
      return schema.filterBits / 2;
    case 'balance':
      return schema.filterBits * 2;
  }
}

export function validateSchema(schema: LinkageSchema): void {
  const problems: string[] = [];
  if (!/^[a-z0-9][a-z0-9._-]{0,63}$/i.test(schema.id)) problems.push(`id "${schema.id}" must be 1-64 letters, digits, . _ -`);
  if (!Number.isInteger(schema.filterBits) || schema.filterBits < 64 || schema.filterBits % 64 !== 0 || schema.filterBits > 65536) {
    problems.push(`filterBits ${schema.filterBits} must be a multiple of 64 between 64 and 65536`);
  }
  if (!Number.isInteger(schema.q) || schema.q < 1 || schema.q > 4) problems.push(`q ${schema.q} must be 1..4`);
  for (const [field, k] of Object.entries(schema.k)) {
    if (!Number.isInteger(k) || k < 0 || k > 64) problems.push(`k.${field} ${k} must be 0..64`);
  }
  if (!['none', 'xor-fold', 'balance'].includes(schema.hardening)) problems.push(`hardening "${schema.hardening}" is unknown`);
  if (problems.length > 0) throw new Error(`invalid linkage schema: ${problems.join('; ')}`);
}

/** A stable text form of the schema: two CLK sets are comparable only when their fingerprints are equal. */
export function schemaFingerprint(schema: LinkageSchema): string {
  const { id, filterBits, q, k, hardening } = schema;
  return `${id}/m${filterBits}/q${q}/k${k.name}.${k.birthYear}.${k.sex}/${hardening}`;
}
