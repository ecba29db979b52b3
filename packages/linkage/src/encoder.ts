import { balance, setBit, xorFold } from './bitVector';
import { nodeLinkageCrypto, type LinkageCrypto } from './cryptoProvider';
import { fieldTokens, type LinkageRecord } from './fieldTokens';
import { deriveLinkageKeys, keyedPermutation, type LinkageField, type LinkageKeys } from './keys';
import { popcountRange } from './popcount';
import { DEFAULT_SCHEMA, encodedBits, schemaFingerprint, validateSchema, type LinkageSchema } from './schema';

export interface ClkEncoder {
  readonly schema: LinkageSchema;
  readonly fingerprint: string;
  /** Words per published encoding (encodedBits / 32). */
  readonly words: number;
  /** The cryptographic long-term key (CLK) of one record: a bit vector of `words` 32-bit words. */
  encode(record: LinkageRecord): Uint32Array;
}

const FIELDS: readonly LinkageField[] = ['name', 'birthYear', 'sex'];
const POSITION_CACHE_LIMIT = 100_000;
const textEncoder = new TextEncoder();

/**
 * Keyed double hashing: HMAC-SHA256(fieldKey, token) gives h1 and h2 (h2 forced odd), and the token sets
 * bits (h1 + i·h2) mod m for i < k. Positions per token are cached: the same q-grams recur constantly.
 */
function tokenPositions(key: Uint8Array, token: string, k: number, m: number, crypto: LinkageCrypto): Uint32Array {
  const mac = crypto.hmacSha256(key, textEncoder.encode(token));
  const h1 = ((mac[0]! << 24) | (mac[1]! << 16) | (mac[2]! << 8) | mac[3]!) >>> 0;
  const h2 = (((mac[4]! << 24) | (mac[5]! << 16) | (mac[6]! << 8) | mac[7]!) | 1) >>> 0;
  const positions = new Uint32Array(k);
  for (let i = 0; i < k; i++) positions[i] = (h1 + i * h2) % m;
  return positions;
}

export function createClkEncoder(
  secret: Uint8Array,
  schema: LinkageSchema = DEFAULT_SCHEMA,
  crypto: LinkageCrypto = nodeLinkageCrypto,
): ClkEncoder {
  validateSchema(schema);
  const keys: LinkageKeys = deriveLinkageKeys(secret, schema, crypto);
  const m = schema.filterBits;
  const permutation = schema.hardening === 'balance' ? keyedPermutation(2 * m, keys.permutation, crypto) : undefined;
  const caches: Record<LinkageField, Map<string, Uint32Array>> = { name: new Map(), birthYear: new Map(), sex: new Map() };

  const positionsOf = (field: LinkageField, token: string): Uint32Array => {
    const cache = caches[field];
    let positions = cache.get(token);
    if (positions === undefined) {
      if (cache.size >= POSITION_CACHE_LIMIT) cache.clear();
      positions = tokenPositions(keys.field[field], token, schema.k[field], m, crypto);
      cache.set(token, positions);
    }
    return positions;
  };

  const harden = (filter: Uint32Array): Uint32Array => {
    if (schema.hardening === 'xor-fold') return xorFold(filter);
    if (permutation !== undefined) return balance(filter, permutation);
    return filter;
  };

  return {
    schema,
    fingerprint: schemaFingerprint(schema),
    words: encodedBits(schema) / 32,
    encode(record) {
      const filter = new Uint32Array(m / 32);
      const tokens = fieldTokens(record, schema.q);
      for (const field of FIELDS) {
        if (schema.k[field] === 0) continue;
        for (const token of tokens[field]) for (const bit of positionsOf(field, token)) setBit(filter, bit);
      }
      return harden(filter);
    },
  };
}

/** Fraction of set bits: a diagnostic for choosing filterBits and k (around 0.3–0.5 before hardening is usual). */
export function fillRatio(words: Uint32Array): number {
  return popcountRange(words, 0, words.length) / (words.length * 32);
}
