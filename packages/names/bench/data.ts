/** Loading the labelled pairs and building the held-out sets from the Wikidata Arabic↔English token pairs. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeName } from '../src/normalize';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');
export const sharedData = path.resolve(repoRoot, '../shared/data');

export type Kind = 'same' | 'different' | 'unrelated';
export interface LabelledPair { a: string; b: string; kind: Kind }

export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}

export function loadPairs(): LabelledPair[] {
  const rows = readJsonl<{ a: string; b: string; same: boolean; kind?: string }>(path.join(sharedData, 'names/pairs.jsonl'));
  return rows.map((r) => ({ a: r.a, b: r.b, kind: (r.kind ?? (r.same ? 'same' : 'different')) as Kind }));
}

export interface VariantGroup { name: string; kind: string; variants: string[] }
export function loadGroups(): VariantGroup[] {
  return readJsonl<VariantGroup>(path.join(sharedData, 'names/variant-groups.jsonl'));
}

export interface WikidataPair { latin: string; arabic: string; count: number }
export function loadWikidataArabic(): WikidataPair[] {
  const text = readFileSync(path.join(sharedData, 'transliteration/netransliteration-coling2018/wd_arabic.normalized.aligned.tokens'), 'utf8');
  const out: WikidataPair[] = [];
  for (const line of text.split('\n')) {
    const [latin, arabic, count] = line.split('\t');
    if (!latin || !arabic) continue;
    out.push({ latin, arabic: arabic.replace(/ /g, ''), count: Number(count) || 1 });
  }
  return out;
}

export function loadGoogleAr2En(file = 'ar2en-test.txt'): WikidataPair[] {
  const text = readFileSync(path.join(sharedData, 'transliteration/google-transliteration-ar2en', file), 'utf8');
  return text.split('\n').filter((l) => l.includes('\t')).map((l) => {
    const [arabic, latin] = l.split('\t');
    return { latin: latin!.trim(), arabic: arabic!.trim(), count: 1 };
  });
}

/** Deterministic PRNG (mulberry32) so every run builds the same sets. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Letters that English and other European names do not need: their presence marks a name of Arabic origin.
const ARABIC_ORIGIN = /[حعقصطضظخغثذ]/;

export interface HeldOut {
  clusters: { arabic: string; variants: string[] }[];
  pairs: LabelledPair[];
}

/**
 * Other names than those of pairs.jsonl: Arabic-origin name tokens of Wikidata with several Latin spellings
 * (same), pairs of such names whose Arabic spellings differ by one long-vowel letter or a final taa marbuta —
 * Hassan/Hussein-like (different), and random pairs across names (unrelated).
 */
export function buildHeldOut(groups: VariantGroup[]): HeldOut {
  const known = new Set<string>();
  for (const g of groups) for (const v of g.variants) known.add(normalizeName(v).replace(/ /g, ''));
  const byArabic = new Map<string, Map<string, number>>();
  for (const p of loadWikidataArabic()) {
    const ar = normalizeName(p.arabic).replace(/ /g, '');
    if (!ARABIC_ORIGIN.test(ar) || known.has(ar) || ar.length < 3) continue;
    if (!/^[\p{L}'’-]+$/u.test(p.latin)) continue;
    const lat = p.latin.normalize('NFC');
    const m = byArabic.get(ar) ?? new Map<string, number>();
    m.set(lat, (m.get(lat) ?? 0) + p.count);
    byArabic.set(ar, m);
  }
  const clusters: { arabic: string; variants: string[]; top: string }[] = [];
  const singles = new Map<string, string>();
  for (const [ar, m] of byArabic) {
    const total = [...m.values()].reduce((x, y) => x + y, 0);
    const sorted = [...m.entries()].sort((x, y) => y[1] - x[1]);
    const variants = sorted.filter(([, c]) => c >= 3 && c >= total * 0.05).map(([l]) => l);
    if (variants.length >= 1 && total >= 5) singles.set(ar, variants[0]!);
    if (variants.length >= 2 && total >= 10) clusters.push({ arabic: ar, variants, top: variants[0]! });
  }
  const pairs: LabelledPair[] = [];
  for (const c of clusters) {
    for (const v of c.variants) pairs.push({ a: c.arabic, b: v, kind: 'same' });
    for (let i = 0; i < c.variants.length; i++) {
      for (let j = i + 1; j < c.variants.length; j++) pairs.push({ a: c.variants[i]!, b: c.variants[j]!, kind: 'same' });
    }
  }
  // different: one long-vowel letter (ا و ي) or a final ه more or less, or one such letter for another
  const vowelLetters = 'اوي';
  const names = [...singles.keys()];
  const set = new Set(names);
  const seen = new Set<string>();
  for (const a of names) {
    const chars = [...a];
    const candidates: string[] = [];
    for (let i = 1; i < chars.length; i++) {
      for (const v of vowelLetters) candidates.push([...chars.slice(0, i), v, ...chars.slice(i)].join(''));
      if (vowelLetters.includes(chars[i]!)) {
        for (const v of vowelLetters) if (v !== chars[i]) candidates.push([...chars.slice(0, i), v, ...chars.slice(i + 1)].join(''));
      }
    }
    candidates.push(`${a}ه`);
    for (const b of candidates) {
      if (!set.has(b) || b === a) continue;
      const key = a < b ? `${a}|${b}` : `${b}|${a}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const la = singles.get(a)!;
      const lb = singles.get(b)!;
      if (la.toLowerCase() === lb.toLowerCase()) continue; // Wikidata itself does not tell them apart
      pairs.push({ a: la, b: lb, kind: 'different' });
      pairs.push({ a, b: lb, kind: 'different' });
      pairs.push({ a: la, b, kind: 'different' });
      pairs.push({ a, b, kind: 'different' });
    }
  }
  const random = rng(7);
  const sameCount = pairs.filter((p) => p.kind === 'same').length;
  const all = clusters.flatMap((c, i) => [c.arabic, ...c.variants].map((v) => ({ v, i })));
  for (let k = 0; k < sameCount; k++) {
    const x = all[Math.floor(random() * all.length)]!;
    const y = all[Math.floor(random() * all.length)]!;
    if (x.i === y.i) { k--; continue; }
    pairs.push({ a: x.v, b: y.v, kind: 'unrelated' });
  }
  return { clusters: clusters.map(({ arabic, variants }) => ({ arabic, variants })), pairs };
}
