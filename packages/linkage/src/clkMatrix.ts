import type { ClkEncoder } from './encoder';
import type { LinkageRecord } from './fieldTokens';
import { popcountRange } from './popcount';

/**
 * Many encodings of one schema packed row by row into one Uint32Array, with each row's popcount
 * precomputed: the layout the hub comparator scans.
 */
export interface ClkMatrix {
  readonly fingerprint: string;
  readonly words: number;
  readonly ids: readonly string[];
  readonly data: Uint32Array;
  readonly popcounts: Uint32Array;
}

export function packClks(fingerprint: string, words: number, ids: readonly string[], clks: readonly Uint32Array[]): ClkMatrix {
  if (ids.length !== clks.length) throw new Error(`packClks: ${ids.length} ids for ${clks.length} encodings`);
  const data = new Uint32Array(ids.length * words);
  const popcounts = new Uint32Array(ids.length);
  clks.forEach((clk, row) => {
    if (clk.length !== words) throw new Error(`packClks: encoding ${row} has ${clk.length} words, expected ${words}`);
    data.set(clk, row * words);
    popcounts[row] = popcountRange(clk, 0, words);
  });
  return { fingerprint, words, ids: [...ids], data, popcounts };
}

/** Rows from..to-1 as a matrix sharing the same memory (the hub compares large sets in slices). */
export function sliceRows(matrix: ClkMatrix, from: number, to: number): ClkMatrix {
  const start = Math.max(0, Math.min(from, matrix.ids.length));
  const end = Math.max(start, Math.min(to, matrix.ids.length));
  return {
    fingerprint: matrix.fingerprint,
    words: matrix.words,
    ids: matrix.ids.slice(start, end),
    data: matrix.data.subarray(start * matrix.words, end * matrix.words),
    popcounts: matrix.popcounts.subarray(start, end),
  };
}

export function encodeRecords(encoder: ClkEncoder, records: readonly LinkageRecord[]): ClkMatrix {
  return packClks(
    encoder.fingerprint,
    encoder.words,
    records.map((record) => record.id),
    records.map((record) => encoder.encode(record)),
  );
}

/** The JSON-safe transport form: words little-endian, base64. */
export interface ClkMatrixWire {
  fingerprint: string;
  words: number;
  ids: string[];
  data: string;
}

export function matrixToWire(matrix: ClkMatrix): ClkMatrixWire {
  const bytes = new Uint8Array(matrix.data.length * 4);
  const view = new DataView(bytes.buffer);
  matrix.data.forEach((word, i) => view.setUint32(i * 4, word, true));
  return { fingerprint: matrix.fingerprint, words: matrix.words, ids: [...matrix.ids], data: Buffer.from(bytes).toString('base64') };
}

export function matrixFromWire(wire: ClkMatrixWire): ClkMatrix {
  if (!Number.isInteger(wire.words) || wire.words < 1 || wire.words > 4096) throw new Error(`CLK set: words ${wire.words} out of range`);
  const bytes = Buffer.from(wire.data, 'base64');
  const expected = wire.ids.length * wire.words * 4;
  if (bytes.length !== expected) throw new Error(`CLK set: ${bytes.length} bytes of data for ${wire.ids.length} × ${wire.words} words (${expected} bytes)`);
  if (new Set(wire.ids).size !== wire.ids.length) throw new Error('CLK set: record ids are not unique');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rows: Uint32Array[] = [];
  for (let row = 0; row < wire.ids.length; row++) {
    const clk = new Uint32Array(wire.words);
    for (let w = 0; w < wire.words; w++) clk[w] = view.getUint32((row * wire.words + w) * 4, true);
    rows.push(clk);
  }
  return packClks(wire.fingerprint, wire.words, wire.ids, rows);
}
