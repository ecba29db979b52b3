import type { LinkageCrypto } from './cryptoProvider';
import type { LinkageSchema } from './schema';

export type LinkageField = 'name' | 'birthYear' | 'sex';

export interface LinkageKeys {
  readonly field: Readonly<Record<LinkageField, Uint8Array>>;
  /** Keys the bit permutation of balanced encodings. */
  readonly permutation: Uint8Array;
}

const MIN_SECRET_BYTES = 16;
const encoder = new TextEncoder();

/**
 * One independent key per field, derived by HKDF-SHA256 from the federation's linkage secret. The salt
 * is the schema id, so a new schema never reuses keys; the hub, which never holds the secret, cannot
 * recompute any position.
 */
export function deriveLinkageKeys(secret: Uint8Array, schema: LinkageSchema, crypto: LinkageCrypto): LinkageKeys {
  if (secret.length < MIN_SECRET_BYTES) {
    throw new Error(`linkage secret must be at least ${MIN_SECRET_BYTES} bytes, got ${secret.length}`);
  }
  const salt = encoder.encode(schema.id);
  const derive = (purpose: string): Uint8Array => crypto.hkdfSha256(secret, salt, encoder.encode(`kinlink/clk/${purpose}`), 32);
  return {
    field: { name: derive('field/name'), birthYear: derive('field/birth-year'), sex: derive('field/sex') },
    permutation: derive('permutation'),
  };
}

/** A keyed Fisher–Yates permutation of 0..n-1, random words drawn from HMAC(key, counter). */
export function keyedPermutation(n: number, key: Uint8Array, crypto: LinkageCrypto): Uint32Array {
  const permutation = new Uint32Array(n);
  for (let i = 0; i < n; i++) permutation[i] = i;
  let block: Uint8Array = new Uint8Array(0);
  let used = 0;
  let counter = 0;
  const nextWord = (): number => {
    if (used + 4 > block.length) {
      block = crypto.hmacSha256(key, encoder.encode(`permutation/${counter++}`));
      used = 0;
    }
    const word = ((block[used]! << 24) | (block[used + 1]! << 16) | (block[used + 2]! << 8) | block[used + 3]!) >>> 0;
    used += 4;
    return word;
  };
  for (let i = n - 1; i > 0; i--) {
    // 32-bit draws for n ≤ 131072: modulo bias below 2^-15, irrelevant for hiding which half a bit came from.
    const j = nextWord() % (i + 1);
    const tmp = permutation[i]!;
    permutation[i] = permutation[j]!;
    permutation[j] = tmp;
  }
  return permutation;
}
