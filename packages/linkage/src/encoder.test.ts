import { describe, expect, it } from 'vitest';
import { createClkEncoder, fillRatio } from './encoder';
import { dice } from './dice';
import { popcountRange } from './popcount';
import { DEFAULT_SCHEMA, type LinkageSchema } from './schema';

const secret = new TextEncoder().encode('federation-secret-for-tests-0001');
const person = (name: string, birthYear?: number, sex?: 'M' | 'F') => ({
  id: 'x',
  nameTokens: name.split(' '),
  birthYear,
  sex,
});

describe('createClkEncoder', () => {
  const encoder = createClkEncoder(secret);

  it('encodes the same record identically and publishes 512 bits by default (1024 folded)', () => {
    const a = encoder.encode(person('muhamed husein alhatib', 1990, 'M'));
    const b = encoder.encode(person('muhamed husein alhatib', 1990, 'M'));
    expect(a).toEqual(b);
    expect(a.length * 32).toBe(512);
    expect(dice(a, b)).toBe(1);
  });

  it('scores spelling variants far above different people', () => {
    const variant = dice(encoder.encode(person('mohammed hussein alkhatib', 1990, 'M')), encoder.encode(person('muhamed husein alhatib', 1990, 'M')));
    const other = dice(encoder.encode(person('fatima yusuf darwish', 1975, 'F')), encoder.encode(person('muhamed husein alhatib', 1990, 'M')));
    expect(variant).toBeGreaterThan(0.75);
    expect(other).toBeLessThan(0.6);
    expect(variant - other).toBeGreaterThan(0.25);
  });

  it('ignores name order (the filter holds a set of q-grams)', () => {
    expect(encoder.encode(person('hatib muhamed', 1990))).toEqual(encoder.encode(person('muhamed hatib', 1990)));
  });

  it('keeps close birth years closer than distant ones', () => {
    const base = encoder.encode(person('ahmad karimi', 1990, 'M'));
    const oneOff = dice(base, encoder.encode(person('ahmad karimi', 1991, 'M')));
    const fiveOff = dice(base, encoder.encode(person('ahmad karimi', 1995, 'M')));
    expect(oneOff).toBeLessThan(1);
    expect(oneOff).toBeGreaterThan(fiveOff);
  });

  it('depends on the secret: another federation cannot link these encodings', () => {
    const other = createClkEncoder(new TextEncoder().encode('another-federation-secret-0002'));
    const record = person('muhamed husein alhatib', 1990, 'M');
    expect(dice(encoder.encode(record), other.encode(record))).toBeLessThan(0.7);
  });

  it('changes every key when the schema id changes', () => {
    const renamed = createClkEncoder(secret, { ...DEFAULT_SCHEMA, id: 'kinlink-clk-v2' });
    const record = person('muhamed husein alhatib', 1990, 'M');
    expect(renamed.fingerprint).not.toBe(encoder.fingerprint);
    expect(dice(encoder.encode(record), renamed.encode(record))).toBeLessThan(0.7);
  });

  it('balanced encodings all have exactly filterBits set bits, hiding name length', () => {
    const schema: LinkageSchema = { ...DEFAULT_SCHEMA, hardening: 'balance', filterBits: 512 };
    const balanced = createClkEncoder(secret, schema);
    for (const name of ['li', 'muhamed husein alhatib abdulrahman', 'x']) {
      const clk = balanced.encode(person(name, 1980, 'F'));
      expect(clk.length * 32).toBe(1024);
      expect(popcountRange(clk, 0, clk.length)).toBe(512);
    }
    const close = dice(balanced.encode(person('mohammed hussein', 1990)), balanced.encode(person('muhamed husein', 1990)));
    const far = dice(balanced.encode(person('fatima darwish', 1970)), balanced.encode(person('muhamed husein', 1990)));
    expect(close).toBeGreaterThan(far);
  });

  it('unhardened filters keep a usable fill ratio', () => {
    const plain = createClkEncoder(secret, { ...DEFAULT_SCHEMA, hardening: 'none' });
    const fill = fillRatio(plain.encode(person('muhamed husein alhatib', 1990, 'M')));
    expect(fill).toBeGreaterThan(0.15);
    expect(fill).toBeLessThan(0.6);
  });

  it('rejects short secrets and invalid schemas with clear errors', () => {
    expect(() => createClkEncoder(new Uint8Array(8))).toThrow(/at least 16 bytes/);
    expect(() => createClkEncoder(secret, { ...DEFAULT_SCHEMA, filterBits: 1000 })).toThrow(/multiple of 64/);
    expect(() => createClkEncoder(secret, { ...DEFAULT_SCHEMA, k: { name: 100, birthYear: 1, sex: 1 } })).toThrow(/k.name/);
  });

  it('accepts an injected crypto provider and uses it for every keyed hash', () => {
    let calls = 0;
    const counting = {
      hmacSha256: (key: Uint8Array, data: Uint8Array) => {
        calls++;
        const out = new Uint8Array(32);
        data.forEach((byte, i) => (out[i % 32] = (out[i % 32]! * 31 + byte + key[i % key.length]!) & 0xff));
        return out;
      },
      hkdfSha256: (s: Uint8Array, _salt: Uint8Array, info: Uint8Array, length: number) => new Uint8Array(length).map((_, i) => s[i % s.length]! ^ info[i % info.length]!),
    };
    const injected = createClkEncoder(secret, DEFAULT_SCHEMA, counting);
    injected.encode(person('ali', 1990, 'M'));
    expect(calls).toBe(4 + 4 + 1); // 4 bigrams of "ali", 4 birth-year tokens, 1 sex token
  });
});
