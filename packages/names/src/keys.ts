/**
 * Blocking keys: a coarse consonant skeleton per unit, the same for spellings of one name in every script as
 * far as the scripts allow (vowels, which Arabic script does not write, are left out; letters that
 * conventions confuse share a class: p=b, d=t=th, dh=z=zh, sh=s, q=k=g=gh, kh=h=ch, v=w).
 */
import type { UnitKind } from './structure';

const CLASS: Record<string, string> = {
  b: 'b', p: 'b', t: 't', d: 't', T: 't', D: 'z', z: 'z', Z: 'z', s: 's', c: 's', k: 'k', q: 'k', g: 'k', G: 'k',
  K: 'k', j: 'j', x: 'h', h: 'h', C: 'h', f: 'f', v: 'w', w: 'w', W: 'w', y: 'y', Y: 'y', l: 'l', m: 'm', n: 'n',
  r: 'r',
};

export function skeleton(symbols: string): string {
  let out = '';
  for (let i = 0; i < symbols.length; i++) {
    const ch = symbols[i]!;
    const c = CLASS[ch];
    if (c === undefined) continue;
    // semivowels count only at the start of a word (Walid, Yasmin); inside they are vowels (Hussein = حسين)
    if ((c === 'w' || c === 'y') && out.length > 0) continue;
    if (out.length > 0 && out[out.length - 1] === c) continue;
    out += c;
  }
  return out;
}

/** The class letter an initial stands for: A. and Ә. → a, Х. → h; vowels all one class (Arabic script does not say which). */
export function initialLetter(symbols: string): string {
  // a word beginning with alif or ayn (أحمد, عمر) begins with a vowel
  if (symbols.startsWith("'")) return 'a';
  const s = symbols;
  const c = CLASS[s[0] ?? ''];
  return c ?? (s === '' ? 'x' : 'a');
}

/**
 * Second blocking keys of a unit key, where spellings of one name split its key systematically: a final h
 * that spells a vowel (Hamza / Hamzah, Attia / Attiyah, Hamada / Hamadeh) and j read g or c (Egyptian
 * Gamal and Turkish Cemal for Jamal, Gaafar for Ja'far). Derived from the key alone, so that an index
 * holding only unit keys gets the same keys; at most two.
 */
const PLAIN_KEY = /^[btzskjhfwylmnr]+$/;

export function alternateKeys(key: string): string[] {
  // plain names only: Abd-, Abu, Umm, -ullah and -uddin keys are written with other letters
  if (key.length < 2 || !PLAIN_KEY.test(key)) return [];
  const out: string[] = [];
  const noH = key.endsWith('h') ? key.slice(0, -1) : key;
  if (noH !== key) out.push(noH);
  const k = noH.includes('j') ? noH.replace(/j/g, 'k') : noH;
  if (k !== noH) out.push(k);
  return out;
}

/** Keys of initials end in a dot. */
export const isInitialKey = (key: string): boolean => key.endsWith('.');

export function tokenKeyOf(kind: UnitKind, symbols: string, part: string): string {
  switch (kind) {
    case 'abd': return `abd${skeleton(part) || 'l'}`;
    case 'abu': return `abu${skeleton(part)}`;
    case 'umm': return `umm${skeleton(part)}`;
    case 'allah-compound': return `${skeleton(part)}ullah`;
    case 'din-compound': return `${skeleton(part)}uddin`;
    // an initial stands for many names: its key says it is an initial (callers leave it out of unit keys)
    case 'initial': return `${initialLetter(symbols)}.`;
    default: return skeleton(symbols) || symbols.replace(/[^a-z]/g, '') || 'x';
  }
}
