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
