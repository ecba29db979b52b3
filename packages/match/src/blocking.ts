import type { PreparedRecord } from './prepare';

/**
 * Blocking keys of a record. Every key is an inverted-index term; two records are candidates when they
 * share one. Name units are keyed alone ("t:") and within a 5-year birth band ("b:"), pairs of name
 * units and pairs of their coarse keys within a band ("p:", "c:"; coarse keys only in pairs), whole-name
 * keys ("n:"), and the identifiers ("d:" full birth date, "doc:", "ph:"). Very common single units are searched through their banded form only, so a query for
 * a Mohammad born in 1990 never walks every Mohammad.
 */
export const UNKNOWN_BAND = '?';
const MAX_UNITS = 5;

export function bandsOf(yearMin: number, yearMax: number, width: number): string[] {
  const out: string[] = [];
  for (let b = Math.floor(yearMin / width); b <= Math.floor(yearMax / width); b++) out.push(String(b));
  return out;
}

export function nameUnits(p: PreparedRecord): string[] {
  return [...new Set([...p.nameTokens, ...p.fatherTokens])].filter((k) => k !== '').slice(0, MAX_UNITS);
}

/** Consonant classes for coarse keys: letters that different scripts' conventions swap share a class. */
const COARSE_CLASS: Record<string, string> = {
  b: 'B', p: 'B', f: 'B', v: 'B',
  t: 'T', d: 'T', z: 'T',
  s: 'S', c: 'S', j: 'K',
  k: 'K', q: 'K', g: 'K', x: 'K',
  l: 'L', r: 'R', m: 'M', n: 'N',
};

/**
 * A coarser key for a name unit (first three consonant classes, weak letters — vowels, h, w, y — dropped:
 * Arabic script writes long vowels with w and y, so "أوراساوا" starts with a w that "Урасава" lacks), so that spellings
 * the name engine keys differently across scripts ("Едано" / "إيدانو", "Варгас" / "فارغاس") still meet.
 */
export function coarseKey(unit: string): string {
  let out = '';
  for (const ch of unit) {
    const cls = COARSE_CLASS[ch];
    if (!cls || out.endsWith(cls)) continue;
    out += cls;
    if (out.length === 3) break;
  }
  return out.length >= 2 ? `~${out}` : '';
}

/**
 * Units of given, family and father's name in order, repeats kept: a man named after his father
 * (Muhammad son of Muhammad) has the pair "Muhammad + Muhammad", which is much rarer than either alone.
 */
function pairUnits(p: PreparedRecord): string[] {
  return [...p.nameTokens, ...p.fatherTokens].filter((k) => k !== '').slice(0, MAX_UNITS);
}

/**
 * Every pair of units within a birth band ("p:"), and the same pairs of coarse keys ("c:"): a common
 * given name is never walked alone, but combined with a family or father's name it is selective, and the
 * coarse pair still meets when one of the two is keyed differently across scripts.
 */
function pairKeys(units: readonly string[], bands: readonly string[]): string[] {
  const out: string[] = [];
  const coarse = units.map(pairCoarseKey);
  const push = (kind: string, a: string, b: string) => {
    if (a === '' || b === '') return;
    const id = pairId(a, b);
    for (const d of bands) out.push(`${kind}:${id}#${d}`);
  };
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      push('p', units[i]!, units[j]!);
      push('c', coarse[i]!, coarse[j]!);
    }
  }
  return out;
}

/** A unit's coarse key for pairs; a unit too short to have one (Layla's single consonant) stands for itself. */
function pairCoarseKey(unit: string): string {
  return coarseKey(unit) || unit;
}

function identifierKeys(p: PreparedRecord): string[] {
  const out: string[] = [];
  for (const k of p.nameKeys) out.push(`n:${k}`);
  if (p.birthDate?.digits) out.push(`d:${p.birthDate.digits}`);
  if (p.document) out.push(`doc:${p.document}`);
  if (p.phone && p.phone.national.length >= 7) out.push(`ph:${p.phone.national.slice(-8)}`);
  return out;
}

/** Keys under which a record is stored in the index. */
export function recordKeys(p: PreparedRecord): string[] {
  const units = nameUnits(p);
  const bd = p.birthDate;
  const bands = bd ? bandsOf(bd.yearMin, bd.yearMax, 5) : [UNKNOWN_BAND];
  const keys: string[] = [];
  // Coarse keys are paired only: a coarse unit alone or in a band walked thousands of postings a search at
  // 1,000,000 and brought the sought person that no other key brought for 1 request in 2,000.
  for (const u of units) {
    keys.push(`t:${u}`);
    for (const b of bands) keys.push(`b:${u}#${b}`);
  }
  const pairs = pairUnits(p);
  keys.push(...pairKeys(pairs, bands), ...identifierKeys(p));
  return [...new Set(keys)];
}

function pairId(a: string, b: string): string {
  return a < b ? `${a}+${b}` : `${b}+${a}`;
}

/** Keys a query looks up, grouped so the index can fall back from a crowded key to its banded forms. */
export interface QueryKeys {
  /** Name units: looked up alone, or through `banded[unit]` when too common. */
  readonly units: readonly string[];
  readonly banded: ReadonlyMap<string, readonly string[]>;
  readonly pairs: readonly string[];
  readonly identifiers: readonly string[];
}

/** Birth years a query may differ by and still be looked up through banded keys. */
export const BAND_TOLERANCE = 2;

export function queryKeys(p: PreparedRecord): QueryKeys {
  const units = nameUnits(p);
  const bd = p.birthDate;
  const bands = bd ? [...bandsOf(bd.yearMin - BAND_TOLERANCE, bd.yearMax + BAND_TOLERANCE, 5), UNKNOWN_BAND] : null;
  // Without a birth year the query cannot narrow by band: it looks through every band of the last 130 years.
  const pairBands = bands ?? [...bandsOf(1900, 2029, 5), UNKNOWN_BAND];
  const pairs = pairUnits(p);
  return {
    units: units.map((u) => `t:${u}`),
    banded: new Map(units.map((u) => [`t:${u}`, bands ? bands.map((b) => `b:${u}#${b}`) : []])),
    pairs: [...new Set(pairKeys(pairs, pairBands))],
    identifiers: identifierKeys(p),
  };
}
