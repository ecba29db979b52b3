import { comparableTokens } from '@kinlink/names';
import { GAZETTEER } from './gazetteer';
import { foldText, jaroWinkler, tokenOverlap } from './text';

const PLACE_BY_NAME = new Map<string, { id: string; country: string }>();

function placeKey(text: string): string {
  return foldText(text).replace(/\s+/g, ' ');
}

function latinKey(text: string): string {
  return comparableTokens(text).join(' ');
}

let indexed = false;
function ensureIndexed(): void {
  if (indexed) return;
  indexed = true;
  for (const p of GAZETTEER) {
    for (const n of p.names) {
      const entry = { id: p.id, country: p.country };
      PLACE_BY_NAME.set(placeKey(n), entry);
    }
  }
}

export interface PreparedPlace {
  readonly raw: string;
  /** Gazetteer id when the place (or one of its words) is a known place. */
  readonly id: string | null;
  readonly country: string | null;
  /** Folded words as written (script kept): what addresses are compared on. */
  readonly tokens: readonly string[];
  /** The name engine's comparable skeleton (any script → one form), for unknown places across scripts. */
  readonly skeleton: string;
}

/** Places repeat (camps, cities): parsed forms are remembered, up to a bound. */
const CACHE_LIMIT = 50_000;
const cache = new Map<string, PreparedPlace>();

/** Looks the whole text, then each word pair and word, up in the gazetteer (any script); keeps tokens. */
export function preparePlace(text: string | undefined | null): PreparedPlace | null {
  const raw = (text ?? '').trim();
  if (raw === '') return null;
  const cached = cache.get(raw);
  if (cached) return cached;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const place = parsePlace(raw);
  cache.set(raw, place);
  return place;
}

function parsePlace(raw: string): PreparedPlace {
  ensureIndexed();
  const folded = placeKey(raw);
  const tokens = folded === '' ? [] : folded.split(' ');
  const skeleton = latinKey(raw);
  let hit = PLACE_BY_NAME.get(folded);
  if (!hit) {
    const words = folded.split(' ');
    for (let n = Math.min(3, words.length); n >= 1 && !hit; n--) {
      for (let i = 0; i + n <= words.length && !hit; i++) hit = PLACE_BY_NAME.get(words.slice(i, i + n).join(' '));
    }
  }
  return { raw, id: hit?.id ?? null, country: hit?.country ?? null, tokens, skeleton };
}

export type PlaceLevel = 'same' | 'similar' | 'same-country' | 'different';

export function comparePlaces(a: PreparedPlace | null, b: PreparedPlace | null): PlaceLevel | null {
  if (!a || !b) return null;
  if (a.id && a.id === b.id) return 'same';
  const ja = a.tokens.join(' ');
  const jb = b.tokens.join(' ');
  if (ja !== '' && ja === jb) return 'same';
  if (!(a.id && b.id)) {
    if (a.skeleton.length >= 3 && a.skeleton === b.skeleton) return 'similar';
    if (ja !== '' && jb !== '' && (jaroWinkler(ja, jb) >= 0.9 || tokenOverlap(a.tokens, b.tokens) >= 0.75)) return 'similar';
  }
  if (a.country && a.country === b.country) return 'same-country';
  return 'different';
}

export type AddressLevel = 'same' | 'similar' | 'partly' | 'same-place' | 'different';

/**
 * A last known address or place: free text ("8 stanley street, winston hills 4223", "Tabanovce camp").
 * Graded by the share of words in common; a shared gazetteer place counts even when the words differ.
 */
export function compareAddresses(a: PreparedPlace | null, b: PreparedPlace | null): AddressLevel | null {
  if (!a || !b) return null;
  const ja = a.tokens.join(' ');
  if (ja !== '' && ja === b.tokens.join(' ')) return 'same';
  const overlap = tokenOverlap(a.tokens, b.tokens);
  const sizeRatio = Math.min(a.tokens.length, b.tokens.length) / Math.max(a.tokens.length, b.tokens.length, 1);
  if (overlap >= 0.8 && sizeRatio >= 0.6) return 'similar';
  if (a.id && a.id === b.id) return 'same-place';
  if (overlap >= 0.5) return 'partly';
  return 'different';
}
