/**
 * The conventions a whole name shows by some of its words (a German sch, a Hungarian sz or á, Somali double vowels,
 * Kurmanji ê î û, a Bangladeshi Md or Akter, Sorani letters): each gives the name's other words the readings it implies
 * (structure.ts applies them to the units it parsed; the explanation names the one that read a word). The conventions of
 * one word, which its own letters show, are in word-readings.ts.
 */
import type { ParsedUnit, UnitKind } from './parsed-unit';
import { HUNGARIAN_WORD } from './translit/latin';

// in the order they apply
const NAMED_CONVENTIONS_OF_WHOLE_NAME: [string, (normalized: string, units: ParsedUnit[]) => ParsedUnit[]][] = [
  ['a German spelling', germanReadings], ['a Hungarian spelling', hungarianReadings], ['a Somali spelling', somaliReadings],
  ['a Kurmanji spelling', kurmanjiReadings], ['a Bangladeshi spelling', bangladeshiReadings], ['Sorani Kurdish', kurdishUnits],
];
const CONVENTIONS_OF_WHOLE_NAME = NAMED_CONVENTIONS_OF_WHOLE_NAME.map(([, convention]) => convention);
// (all but the Sorani one read Latin words, and only when Latin letters show them: a name without any skips them)
const CONVENTIONS_OF_NAME_WITHOUT_LATIN = [kurdishUnits];
const LATIN_LETTER = /[a-z\u00e0-\u024f]/;

/** The units of the name `normalized` with the readings (or the Kurdish flag) the conventions it shows give them. */
export function withConventionsOfWholeName(normalized: string, units: ParsedUnit[]): ParsedUnit[] {
  const conventions = LATIN_LETTER.test(normalized) ? CONVENTIONS_OF_WHOLE_NAME : CONVENTIONS_OF_NAME_WITHOUT_LATIN;
  return conventions.reduce((read, convention) => convention(normalized, read), units);
}

/**
 * The convention of the whole name `normalized` that reads one of its Latin words, or the name inside a compound, as
 * `symbols`, in words for a caseworker (a German spelling); null for none (for explanations: not on the scoring path).
 */
export function wholeNameConvention(normalized: string, word: { text: string; kind: UnitKind; symbols: string; part: string }, symbols: string): string | null {
  const unit: ParsedUnit = {
    kind: word.kind, text: word.text, symbols: word.symbols, part: word.part, article: false, abjad: false, unstripped: null,
    withoutBareL: null, partAlsoReadAs: null, alsoReadAs: [],
  };
  for (const [name, convention] of NAMED_CONVENTIONS_OF_WHOLE_NAME) {
    const [read] = convention(normalized, [unit]);
    if (read !== undefined && (read.alsoReadAs.includes(symbols) || read.partAlsoReadAs === symbols)) return name;
  }
  return null;
}

// German writes the z of other spellings as an s before a vowel (Sainab, Fausi, Siad = Zainab, Fawzi, Ziad) and at the
// end, where German says no z (Asis, Fais = Aziz, Faiz); and it writes the zh it has no letters for as sch (Kaschal,
// Haschar = Kazhal, Hazhar = کەژاڵ, هەژار): in a name written by German conventions (a sch, tsch or dsch in it, or the ch
// of kh: Chan, Achmad, or the -sai of the Pashtun -zai: Nursai), its Latin names are also read with that s as z (Achmad
// Subair = Ahmad Zubair, Siaullah Kotschai = Ziaullah Kochai, Sabiullah Nursai = Zabiullah Noorzai), and with sch as zh
const GERMAN_NAME = /sch|(?:^| )ch[aeiou]|[aeiou]ch[^aeiou]|[^he ]s{1,2}ai(?: |$)/;
const GERMAN_S = /s(?=[aeiouAIUEO]|$)/;
const EVERY_GERMAN_S = /s(?=[aeiouAIUEO]|$)/g;
function germanReadings(normalized: string, units: ParsedUnit[]): ParsedUnit[] {
  if (!GERMAN_NAME.test(normalized)) return units;
  const withZ = alsoReadLatinNames(units, (u) => (GERMAN_S.test(u.symbols) ? u.symbols.replace(EVERY_GERMAN_S, 'z') : null));
  const withPartZ = alsoReadLatinCompoundParts(withZ, (part) => (GERMAN_S.test(part) ? part.replace(EVERY_GERMAN_S, 'z') : null));
  return alsoReadLatinNames(withPartZ, (u) => (u.text.includes('sch') && u.symbols.includes('c') ? u.symbols.replace(/c/g, 'Z') : null));
}

// Hungarian writes sh as s (Rasid, Hasem = Rashid, Hashem): in a name Hungarian spelling marks elsewhere (Huszein Rasid),
// or by its long vowels á, ő, ű (Sahzád, Isrát = Shahzad, Ishrat), a Latin name with no sz, zs or cs of its own is also
// read with its s as sh
const HUNGARIAN_LONG_VOWEL = /[áőű]/;
function hungarianReadings(normalized: string, units: ParsedUnit[]): ParsedUnit[] {
  if (!HUNGARIAN_WORD.test(normalized) && !HUNGARIAN_LONG_VOWEL.test(normalized)) return units;
  return alsoReadLatinNames(units, (u) => (HUNGARIAN_WORD.test(u.text) || !u.symbols.includes('s') ? null : u.symbols.replace(/s/g, 'c')));
}

// Somali has no z and writes the z of Arabic names s (Cabdicasiis, Cabdirisaaq, Sahra = عبد العزيز, عبد الرزاق, زهرة):
// in a name with a word Somali spelling marks — the c of ayn or the x of ḥ, and a long vowel written double
// (Cabdicasiis, Maxamuud, Caasha) — a Latin name, or the name in an Abd- compound, is also read with its s as z
const SOMALI_LETTER = /^(?:c[aiuo]|x[aeiou])|[aeiou]x[aeiou]/;
function hasLongVowelWrittenDouble(s: string): boolean {
  return s.includes('aa') || s.includes('ii') || s.includes('uu');
}
function isSomaliName(normalized: string): boolean {
  if (!hasLongVowelWrittenDouble(normalized)) return false;
  for (const word of normalized.split(/[ -]/)) if (SOMALI_LETTER.test(word) && hasLongVowelWrittenDouble(word)) return true;
  return false;
}
function somaliReadings(normalized: string, units: ParsedUnit[]): ParsedUnit[] {
  if (!isSomaliName(normalized)) return units;
  const withZ = alsoReadLatinNames(units, (u) => (u.symbols.includes('s') ? u.symbols.replace(/s/g, 'z') : null));
  return alsoReadLatinCompoundParts(withZ, (part) => (part.includes('s') ? part.replace(/s/g, 'z') : null));
}

/**
 * The distinguishing part of each Latin compound (the divine name of Abd-, the name before -ullah or -uddin, the name
 * after Abu) with the second reading `reading` gives it (null: none), as alsoReadLatinNames.
 */
function alsoReadLatinCompoundParts(units: ParsedUnit[], reading: (part: string) => string | null): ParsedUnit[] {
  return units.map((u) => {
    const r = u.abjad || u.kind === 'name' || u.kind === 'initial' || u.partAlsoReadAs !== null ? null : reading(u.part);
    return r === null ? u : { ...u, partAlsoReadAs: r };
  });
}

/** The Latin name units with the second reading `reading` gives them (null: none), by a convention the whole name shows. */
function alsoReadLatinNames(units: ParsedUnit[], reading: (u: ParsedUnit) => string | null): ParsedUnit[] {
  return units.map((u) => {
    const r = u.abjad || u.kind !== 'name' ? null : reading(u);
    return r === null ? u : { ...u, alsoReadAs: [...u.alsoReadAs, r] };
  });
}

// Kurmanji writes the short u of Arabic names with its short i (Mihemed, Hisên, Silêman = Muhammad, Husein, Sulayman): in
// a name with a Kurmanji long vowel (ê î û), a Latin name's short i is also read u, its e a, and both at once
const KURMANJI_LONG_VOWEL = /[êîû]/;
function kurmanjiReadings(normalized: string, units: ParsedUnit[]): ParsedUnit[] {
  if (!KURMANJI_LONG_VOWEL.test(normalized)) return units;
  const withU = alsoReadLatinNames(units, (u) => (u.symbols.includes('i') ? kurmanjiShortU(u.symbols) : null));
  const withA = alsoReadLatinNames(withU, kurmanjiShortA);
  // (both at once: Mihemed = Muhammad)
  return alsoReadLatinNames(withA, (u) => {
    const a = kurmanjiShortA(u);
    return a !== null && a.includes('i') ? kurmanjiShortU(a) : null;
  });
}
const kurmanjiShortU = (symbols: string): string => symbols.replace(/i/g, 'u');

// … and its short e is the short a of Arabic and Persian names (Helebceyî, Şerefkendî = Halabjayi, Sharafkandi): in a
// word without ê, which the symbols do not tell from e (Hisên is Husein, not Hasan)
const kurmanjiShortA = (u: ParsedUnit): string | null => (u.symbols.includes('e') && !u.text.includes('ê') ? u.symbols.replace(/e/g, 'a') : null);

// Bengali has one letter, জ, for the j and the z of Arabic names, which Bangladeshi romanisations write j (Mijanur,
// Afroja, Jakir = Mizanur, Afroza, Zakir): in a name that shows a Bangladeshi spelling (Md, Mst, Akter, Miah, Chowdhury,
// Talukder, Sarker, Bhuiyan, Majumder, Howlader; X-ur Rahman written apart), a Latin name's j is also read z
const BANGLADESHI_NAME = /(?:^| )(?:md|mst|mosammat|akter|akhter|miah|chowdhury|talukder|sarker|bhuiyan|majumder|howlader|hawlader)(?: |$)|ur[ -]rahman(?: |$)/;
function bangladeshiReadings(normalized: string, units: ParsedUnit[]): ParsedUnit[] {
  if (!BANGLADESHI_NAME.test(normalized)) return units;
  return withMuhammadPrefix(alsoReadLatinNames(units, (u) => (u.symbols.includes('j') ? u.symbols.replace(/j/g, 'z') : null)));
}

// … and there Muhammad written out before two names or more is the prefix Md abbreviates, which other papers leave out as
// often (Mohammad Mizanur Rahman Bhuiyan = Mizanur Rahman Bhuyan); elsewhere it is a given name (Mohammad Ali Hassan is
// Ali Hassan's son)
const MUHAMMAD_WRITTEN = /^m[ou]ham[ae]d$/;
function withMuhammadPrefix(units: ParsedUnit[]): ParsedUnit[] {
  const first = units[0];
  if (units.length < 3 || first === undefined || first.kind !== 'name' || first.abjad || !MUHAMMAD_WRITTEN.test(first.symbols)) return units;
  return [{ ...first, muhammadPrefix: true }, ...units.slice(1)];
}

// Sorani Kurdish letters (ە ۆ ڕ ڵ): a name written with them is Kurdish in all its Arabic-script words, which write
// short vowels and have no ث ذ ض ظ, as the words with the letters do (شڤان خەلەف موراد = شفان خلف مراد)
const KURDISH_LETTER = /[ەۆڕڵ]/;
function kurdishUnits(normalized: string, units: ParsedUnit[]): ParsedUnit[] {
  if (!KURDISH_LETTER.test(normalized)) return units;
  return units.map((u) => (u.abjad ? kurdishUnit(u) : u));
}

// one flagged copy per unit object, so that interning finds it again by object (units.ts) instead of by its key
const kurdishCopies = new WeakMap<ParsedUnit, ParsedUnit>();
function kurdishUnit(u: ParsedUnit): ParsedUnit {
  let copy = kurdishCopies.get(u);
  if (copy === undefined) kurdishCopies.set(u, (copy = { ...u, kurdish: true }));
  return copy;
}
