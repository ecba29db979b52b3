import { randomFillSync } from 'node:crypto';

/** Random bytes from the system's CSPRNG, drawn 4 KiB at a time (one call per 256 ids instead of one per id). */
const pool = Buffer.allocUnsafe(4096);
let poolOffset = pool.length;

function randomBytes(size: number): Buffer {
  if (poolOffset + size > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = Buffer.allocUnsafe(size);
  pool.copy(bytes, 0, poolOffset, poolOffset + size);
  poolOffset += size;
  return bytes;
}

let lastMs = -1;
let sequence = 0;

/**
 * A UUID version 7 (RFC 9562): 48-bit millisecond time, then a 12-bit counter that keeps ids made in the
 * same millisecond by this process in order, then random bits. Text ids sort in creation order.
 */
export function newId(now: number = Date.now()): string {
  if (now <= lastMs) {
    sequence++;
    if (sequence > 0xfff) {
      lastMs++;
      sequence = 0;
    }
  } else {
    lastMs = now;
    sequence = randomBytes(2).readUInt16BE(0) & 0x3ff; // start low so the counter has room
  }
  const ms = lastMs;
  const bytes = randomBytes(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A record id in the PFIF style: `domain/local-id`, e.g. `mk.redcross.example/0190f…`. */
export function newRecordId(idDomain: string, now?: number): string {
  return `${idDomain}/${newId(now)}`;
}
