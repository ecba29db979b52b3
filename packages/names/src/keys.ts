/**
 * Blocking keys: a coarse consonant skeleton per unit, the same for spellings of one name in every script as
 * far as the scripts allow (vowels, which Arabic script does not write, are left out; letters that
 * conventions confuse share a class: p=b, d=t, dh=z=zh, sh=s=soft c, q=k=g=gh, kh=h, v=w at the start).
 * Letters whose reading depends on the convention get a letter of their own, which `alternateKeys` reads
 * each way: c for ch (sh in French, kh in German, ch in English), w for a v inside a word, d for th and ث (t in
 * Arabic and English spellings, s in Turkish, Persian and Urdu ones: Othman = Osman = عثمان).
 */
import type { UnitKind } from './parsed-unit';

const CLASS: Record<string, string> = {
  b: 'b', p: 'b', t: 't', d: 't', T: 'd', D: 'z', z: 'z', Z: 'z', s: 's', c: 's', k: 'k', q: 'k', g: 'k', G: 'k',
  K: 'k', S: 's', H: 'k', j: 'j', x: 'h', h: 'h', C: 'c', f: 'f', v: 'w', w: 'w', W: 'w', y: 'y', Y: 'y', l: 'l', m: 'm', n: 'n',
  r: 'r',
};

export function skeleton(symbols: string): string {
  let out = '';
  for (let i = 0; i < symbols.length; i++) {
    const ch = symbols[i]!;
    const c = CLASS[ch];
    if (c === undefined) continue;
    // semivowels count only at the start of a word (Walid, Yasmin); inside they are vowels (Hussein = حسين) —
    // but a v inside a word writes و (Persian Javad), ف (foreign Gustav) or ب (Hebrew Yaakov): it keeps a w,
    // which alternateKeys reads each way
    if ((c === 'w' || c === 'y') && out.length > 0 && ch !== 'v') continue;
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
 * Second blocking keys of a unit key, where spellings of one name split its key systematically. Derived from
 * the key alone, so that an index holding only unit keys gets the same keys.
 */
/** A run of the letters plain keys are made of: the class letters of CLASS. */
const KEY_LETTERS = `[${[...new Set(Object.values(CLASS))].join('')}]+`;
const PLAIN_KEY = new RegExp(`^${KEY_LETTERS}$`);

/** Each key letter whose reading varies, and what it is read as in other conventions. */
const READINGS: [string, string[]][] = [
  // j: Egyptian g (Gamal, Gaafar), Turkish c (Cemal, Cihan: keyed s before e and i), Slavic and German y
  // (Jasmin = Yasmin, Zakarija = Zakariya, Lejla = Leila: a semivowel, keyed only at the start), and the Persian ژ that
  // Afghan and Iranian spellings write j (Bijan = Bizhan = بیژن, Mojgan = مژگان)
  ['j', ['k', 's', 'y', 'z']],
  // ch: French sh (Chafik, Hicham), German kh (Chalid)
  ['c', ['s', 'h']],
  // ض ذ ظ read as d (Ramadan, Fadl, Riyad) as often as dh or Persian z (Ramazan, Fazl)
  // … and a dh, zh or th that is a d, z or t before the h of the next name, joined (Mohammadhossein = محمد حسين)
  // … and an s, as German and Somali spellings write z and Bosnian and Turkish ones write ص (Ramsi = Ramzi, Hafza = Hafsa)
  ['z', ['t', 'th', 's']],
  // th and ث: t in Arabic and English spellings (Othman, Thamer), s in Turkish, Persian and Urdu ones (Osman, Usman,
  // Sabit = ثابت)
  ['d', ['t', 's']],
  // a v inside a word (the only w inside a key): Persian و (Javad = جواد), foreign v = ف (Gustav = غوستاف),
  // Hebrew v = ب (Yaakov = يعقوب)
  ['w', ['', 'f', 'b']],
];

/** For each key letter read otherwise by some convention, the single key letters it is read as (char codes). */
const SINGLE_READINGS = new Map(READINGS.map(([letter, readings]) => [letter.charCodeAt(0), new Set(readings.filter((r) => r.length === 1).map((r) => r.charCodeAt(0)))]));
/**
 * Whether two key letters (char codes) may begin one name in two conventions: a ch read as the h or sh of another (Achmad
 * Schah = Ahmadshah), a j as the y of another (Jazdanpanah = یزدان‌پناه).
 */
export function keyLettersMeet(x: number, y: number): boolean {
  return x === y || SINGLE_READINGS.get(x)?.has(y) === true || SINGLE_READINGS.get(y)?.has(x) === true;
}

/** The key with `letter` read as `reading`; a w is read only inside, a y (a semivowel) kept only at the start. */
function readAs(key: string, letter: string, reading: string): string {
  let out = key[0] === letter && letter !== 'w' ? reading : key[0]!;
  for (let i = 1; i < key.length; i++) {
    const ch = key[i]!;
    out += ch !== letter ? ch : reading === 'y' ? '' : reading;
  }
  return out;
}

const collapse = (key: string): string => key.replace(/(.)\1+/g, '$1');
const INNER_H = /^([^h])h(?=[^h])/;

export function alternateKeys(key: string): string[] {
  // Abd-, Abu, Umm + a name, and a name + -ullah or -uddin: the name's second keys (Abdelhafid = عبد الحفيظ, Nematullah
  // = نعمت الله, Najmuddin = نجم الدين), and Abd-, Abu, Umm + a name without the final h that spells a vowel or is left
  // out (Abdelilah = عبد الإله)
  const prefixed = COMPOUND_PREFIX.exec(key);
  if (prefixed) {
    const alternates = bodyAlternates(prefixed[2]!, false).map((b) => prefixed[1]! + b);
    // … and Abu written on as one name (Abubakar, Ebubekir = أبو بكر), keyed as a plain name
    if (prefixed[1] === 'abu') alternates.push(collapse(`b${prefixed[2]!}`));
    return alternates;
  }
  const suffixed = COMPOUND_SUFFIX.exec(key);
  if (suffixed) {
    const alternates = bodyAlternates(suffixed[1]!, false).map((b) => b + suffixed[2]!);
    // … and X-allah and X-uddin keyed as the plain name a spelling is read as where it does not show the compound: the
    // Slavic, which writes no double l (Hasabala), and a Persian uddin written with a vowel of the name (Gulbadin)
    if (suffixed[2] === 'ullah') alternates.push(collapse(`${suffixed[1]!}l`));
    if (suffixed[2] === 'uddin') alternates.push(collapse(`${suffixed[1]!}tn`));
    return alternates;
  }
  return PLAIN_KEY.test(key) ? bodyAlternates(key, true) : [];
}

const COMPOUND_PREFIX = new RegExp(`^(abd|abu|umm)(${KEY_LETTERS})$`);
const COMPOUND_SUFFIX = new RegExp(`^(${KEY_LETTERS})(ullah|uddin)$`);

/** Second keys of a plain key, or of the name inside a compound's key (`plain` false: no first y, no Maghrebi l). */
function bodyAlternates(key: string, plain: boolean): string[] {
  if (key.length < 2) return [];
  const out: string[] = [];
  const add = (k: string): void => {
    const c = collapse(k);
    if (c !== key && c !== '' && !out.includes(c)) out.push(c);
  };
  // a first y after the alif of Arabic script is the long i of its first syllable (عيسى, إيمان, إيهاب = Isa, Iman, Ihab)
  if (plain && key.startsWith('y')) add(key.slice(1));
  // a final h that spells a vowel (Hamza / Hamzah, Attia / Attiyah, Hamada / Hamadeh)
  const base = key.endsWith('h') ? key.slice(0, -1) : key;
  add(base);
  for (const [letter, readings] of READINGS) {
    if (!base.includes(letter)) continue;
    for (const r of readings) add(readAs(base, letter, r));
  }
  // a letter and h, which Latin spellings write as one digraph (Ishaq = إسحاق, Fathi = فتحي, Adham = أدهم)
  if (/[stzk]h/.test(base)) add(base.replace(/([stzk])h/g, '$1'));
  // a ts, which Serbo-Croatian, Slovene and Hungarian spellings write c (Tsegay = ጸጋይ = Цегай = Cegaj)
  if (base.includes('ts')) add(base.replace(/ts/g, 's'));
  // an h after the first consonant, before another, which a Persian word ending in اه joined to the next leaves out of its
  // key (Mahnoor = ماه‌نور, Mahjabin = ماه جبین: ماه is keyed m)
  if (plain && base.length >= 4 && INNER_H.test(base)) add(base.replace(INNER_H, '$1'));
  // a last t that is the taa marbuta Persian, Urdu and Turkish spellings write (Jannat = جنة, Rahmat = رحمة)
  if (plain && base.length >= 3 && base.endsWith('t')) add(base.slice(0, -1));
  // n before b is said m, and often written so (Qambar = قنبر = Qanbar, Ambar = عنبر)
  if (base.includes('nb')) add(base.replace(/nb/g, 'mb'));
  // Maghrebi spellings join the article to the name as a bare l (Larbi = العربي, Lakhdar = الأخضر)
  if (plain && base.startsWith('l') && base.length >= 3) add(base.slice(1));
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
    case 'allah-first': return `allah${skeleton(part)}`;
    // an initial stands for many names: its key says it is an initial (callers leave it out of unit keys)
    case 'initial': return `${initialLetter(symbols)}.`;
    default: return skeleton(symbols) || symbols.replace(/[^a-z]/g, '') || 'x';
  }
}
