import { nameKeys } from '@kinlink/names';
import type { PreparedRecord } from './prepare';

/**
 * Blocking keys of a record. Every key is an inverted-index term; two records are candidates when they
 * share one. Name units are keyed alone ("t:") and within a 5-year birth band ("b:"), pairs of name
 * units within a decade ("p:"), whole-name keys ("n:"), and the identifiers ("d:" full birth date,
 * "doc:", "ph:"). Very common single units are searched through their banded form only, so a query for
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

function pairKeys(units: readonly string[], decades: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < units.length; i++) {
    for (let j = i + 1; j < units.length; j++) {
      const [x, y] = units[i]! < units[j]! ? [units[i]!, units[j]!] : [units[j]!, units[i]!];
      for (const d of decades) out.push(`p:${x}+${y}#${d}`);
    }
  }
  return out;
}

function identifierKeys(p: PreparedRecord): string[] {
  const out: string[] = [];
  if (p.name) for (const k of nameKeys(p.name)) if (k !== '') out.push(`n:${k}`);
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
  const decades = bd ? bandsOf(bd.yearMin, bd.yearMax, 10) : [UNKNOWN_BAND];
  const keys: string[] = [];
  for (const u of units) {
    keys.push(`t:${u}`);
    for (const b of bands) keys.push(`b:${u}#${b}`);
  }
  keys.push(...pairKeys(units, decades), ...identifierKeys(p));
  return [...new Set(keys)];
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
  // Without a birth year the query cannot narrow by band: it looks through every decade of the last 130 years.
  const decades = bd
    ? [...bandsOf(bd.yearMin - BAND_TOLERANCE, bd.yearMax + BAND_TOLERANCE, 10), UNKNOWN_BAND]
    : [...bandsOf(1900, 2029, 10), UNKNOWN_BAND];
  const banded = new Map<string, string[]>();
  for (const u of units) banded.set(u, bands ? bands.map((b) => `b:${u}#${b}`) : []);
  return {
    units: units.map((u) => `t:${u}`),
    banded: new Map(units.map((u) => [`t:${u}`, banded.get(u)!])),
    pairs: pairKeys(units, decades),
    identifiers: identifierKeys(p),
  };
}
