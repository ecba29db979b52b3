/** PreparedName: a name parsed once (normalised, split into units, each unit interned) and compared many times. */
import { normalizeName } from './normalize';
import { detectScript, type Script } from './script';
import { parseName } from './structure';
import { internUnit, type UnitData } from './units';

export interface PreparedName {
  readonly raw: string;
}

/** Names longer than this many units are compared on their first units only. */
export const MAX_UNITS = 8;

export class PreparedNameImpl implements PreparedName {
  constructor(
    readonly raw: string,
    readonly normalized: string,
    readonly script: Script,
    readonly units: readonly UnitData[],
    /** each unit as written in this name */
    readonly texts: readonly string[],
    readonly ids: readonly number[],
    readonly lineageMarker: boolean,
  ) {
    this.count = ids.length;
    this.id0 = ids.length > 0 ? ids[0]! : -1;
    this.id1 = ids.length > 1 ? ids[1]! : -1;
    this.id2 = ids.length > 2 ? ids[2]! : -1;
    this.id3 = ids.length > 3 ? ids[3]! : -1;
  }

  // The first unit ids again, inside the object: the scoring loop reads them without touching other memory.
  readonly count: number;
  readonly id0: number;
  readonly id1: number;
  readonly id2: number;
  readonly id3: number;
}

const cache = new Map<string, PreparedNameImpl>();
// small: callers keep their own prepared names; this only spares re-parsing in compareNames(string, string)
const CACHE_LIMIT = 4_096;

export function prepareName(text: string): PreparedName {
  return prepareInternal(text);
}

export function prepareInternal(text: string): PreparedNameImpl {
  const raw = typeof text === 'string' ? text : String(text ?? '');
  const hit = cache.get(raw);
  if (hit !== undefined) return hit;
  const normalized = normalizeName(raw);
  const parsed = parseName(normalized);
  const parsedUnits = parsed.units.length > MAX_UNITS ? parsed.units.slice(0, MAX_UNITS) : parsed.units;
  const units: UnitData[] = [];
  const ids: number[] = [];
  const texts: string[] = [];
  for (const u of parsedUnits) {
    const d = internUnit(u);
    units.push(d);
    ids.push(d.id);
    texts.push(u.text);
  }
  const p = new PreparedNameImpl(raw, normalized, detectScript(normalized), units, texts, ids, parsed.lineageMarker);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, p);
  return p;
}

/** Accepts a PreparedName from this module, any object with `raw`, or a string. */
export function asPrepared(name: PreparedName | string): PreparedNameImpl {
  if (name instanceof PreparedNameImpl) return name;
  if (typeof name === 'string') return prepareInternal(name);
  return prepareInternal(name !== null && typeof name === 'object' && typeof name.raw === 'string' ? name.raw : '');
}
