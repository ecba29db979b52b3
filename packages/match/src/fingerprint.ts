import { CSV_COLUMNS } from './record';
import type { MatchRecord } from './record';

/** 64-bit FNV-1a over UTF-16 code units, as 16 hex digits (two 32-bit lanes with different offsets). */
function fnv64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 7);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * A fingerprint of the fields matching looks at (trimmed, in a fixed order). A reviewed pair whose two
 * fingerprints are unchanged is not proposed again; a change to either record brings it back.
 */
export function matchingFingerprint(record: MatchRecord): string {
  const fields = Object.values(CSV_COLUMNS)
    .filter((p) => p !== 'id')
    .map((p) => String(record[p] ?? '').trim());
  const age = record.estimatedAge ? `${record.estimatedAge.age}@${record.estimatedAge.at}` : '';
  return fnv64(JSON.stringify([...fields, age]));
}

/** Fingerprint of a pair, independent of which side is which. */
export function pairFingerprint(a: MatchRecord, b: MatchRecord): string {
  const [x, y] = [matchingFingerprint(a), matchingFingerprint(b)].sort();
  return `${x}:${y}`;
}
