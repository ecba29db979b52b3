/**
 * Gurmukhi (Punjabi: the names of Sikhs and Hindus of Punjab and Afghanistan) and Devanagari (Hindi, Nepali) → phonetic
 * symbols, by way of the romanisation their papers use (ਹਰਪ੍ਰੀਤ ਕੌਰ = Harpreet Kaur, ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ = Gurpreet Singh, राम
 * बहादुर थापा = Ram Bahadur Thapa, लक्ष्मी = Lakshmi), so that a word in either script is read as the Latin one its owner
 * would write. The two scripts are read alike: consonants that carry the vowel a unless a sign or virama says otherwise.
 */
import { latinToSymbols } from './latin';

interface Tables {
  consonants: Record<string, string>;
  /** a consonant with the nukta under it (a letter of Persian words and of sounds the base script lacks) */
  withNukta: Record<string, string>;
  independentVowels: Record<string, string>;
  vowelSigns: Record<string, string>;
  /** the vowel signs as written at the end of a word, where they differ (ਭੱਟੀ = Bhatti, not Bhattee) */
  finalVowelSigns: Record<string, string>;
  /** vowels written as a carrier letter and a vowel sign (Gurmukhi ੳ ਅ ੲ), with the vowel the carrier says alone */
  carriers: Record<string, string>;
  virama: string;
  nukta: string;
  /** the signs of a vowel said through the nose, which Latin spellings write n (m before p, b, m) */
  nasals: string;
  /** … of them the ones that are a consonant after a short vowel, which closes its syllable (anusvara, tippi) */
  nasalConsonants: string;
  /** the sign that doubles the next consonant (Gurmukhi addak: ਭੱਟੀ = Bhatti) */
  gemination: string;
}

const GURMUKHI: Tables = {
  consonants: {
    'ਕ': 'k', 'ਖ': 'kh', 'ਗ': 'g', 'ਘ': 'gh', 'ਙ': 'ng', 'ਚ': 'ch', 'ਛ': 'chh', 'ਜ': 'j', 'ਝ': 'jh', 'ਞ': 'n',
    'ਟ': 't', 'ਠ': 'th', 'ਡ': 'd', 'ਢ': 'dh', 'ਣ': 'n', 'ਤ': 't', 'ਥ': 'th', 'ਦ': 'd', 'ਧ': 'dh', 'ਨ': 'n',
    'ਪ': 'p', 'ਫ': 'ph', 'ਬ': 'b', 'ਭ': 'bh', 'ਮ': 'm', 'ਯ': 'y', 'ਰ': 'r', 'ਲ': 'l', 'ਵ': 'v', 'ੜ': 'r', 'ਸ': 's',
    'ਹ': 'h', 'ੵ': 'y',
  },
  withNukta: { 'ਸ': 'sh', 'ਖ': 'kh', 'ਗ': 'gh', 'ਜ': 'z', 'ਫ': 'f', 'ਲ': 'l', 'ਕ': 'q' },
  independentVowels: {
    'ਆ': 'a', 'ਇ': 'i', 'ਈ': 'i', 'ਉ': 'u', 'ਊ': 'u', 'ਏ': 'e', 'ਐ': 'ai', 'ਓ': 'o', 'ਔ': 'au',
  },
  vowelSigns: { 'ਾ': 'a', 'ਿ': 'i', 'ੀ': 'ee', 'ੁ': 'u', 'ੂ': 'oo', 'ੇ': 'e', 'ੈ': 'ai', 'ੋ': 'o', 'ੌ': 'au' },
  finalVowelSigns: { 'ੀ': 'i', 'ੂ': 'u' },
  carriers: { 'ਅ': 'a', 'ੲ': 'i', 'ੳ': 'u' },
  virama: '\u0a4d',
  nukta: '\u0a3c',
  nasals: '\u0a70\u0a02',
  nasalConsonants: '\u0a70',
  gemination: '\u0a71',
};

const DEVANAGARI: Tables = {
  consonants: {
    'क': 'k', 'ख': 'kh', 'ग': 'g', 'घ': 'gh', 'ङ': 'ng', 'च': 'ch', 'छ': 'chh', 'ज': 'j', 'झ': 'jh', 'ञ': 'n',
    'ट': 't', 'ठ': 'th', 'ड': 'd', 'ढ': 'dh', 'ण': 'n', 'त': 't', 'थ': 'th', 'द': 'd', 'ध': 'dh', 'न': 'n',
    'प': 'p', 'फ': 'ph', 'ब': 'b', 'भ': 'bh', 'म': 'm', 'य': 'y', 'र': 'r', 'ल': 'l', 'ळ': 'l', 'व': 'v',
    'श': 'sh', 'ष': 'sh', 'स': 's', 'ह': 'h',
  },
  // (ड़ ढ़ are the flapped r of Hindi: ड़ = r, पहाड़ = Pahar; ऩ ऱ ऴ are Tamil letters copied)
  withNukta: { 'क': 'q', 'ख': 'kh', 'ग': 'gh', 'ज': 'z', 'फ': 'f', 'ड': 'r', 'ढ': 'rh', 'य': 'y', 'न': 'n', 'र': 'r', 'ळ': 'l' },
  independentVowels: {
    'अ': 'a', 'आ': 'a', 'इ': 'i', 'ई': 'i', 'उ': 'u', 'ऊ': 'u', 'ऋ': 'ri', 'ॠ': 'ri', 'ऌ': 'li', 'ऍ': 'e', 'ऎ': 'e',
    'ए': 'e', 'ऐ': 'ai', 'ऑ': 'o', 'ऒ': 'o', 'ओ': 'o', 'औ': 'au', 'ॲ': 'e',
  },
  vowelSigns: {
    'ा': 'a', 'ि': 'i', 'ी': 'i', 'ु': 'u', 'ू': 'u', 'ृ': 'ri', 'ॄ': 'ri', 'ॢ': 'li', 'ॅ': 'e', 'ॆ': 'e', 'े': 'e',
    'ै': 'ai', 'ॉ': 'o', 'ॊ': 'o', 'ो': 'o', 'ौ': 'au',
  },
  finalVowelSigns: {},
  carriers: {},
  virama: '\u094d',
  nukta: '\u093c',
  nasals: '\u0902\u0901',
  nasalConsonants: '\u0902',
  gemination: '',
};

/**
 * How a reading writes the word, where papers differ: ਵ, व as v or w everywhere (unset: as most papers do), the vowel a
 * left unsaid read from the start of the word, a letter written otherwise (ष as s), a first consonant's vowel left
 * unsaid before ਰ.
 */
export interface Spelling { v?: 'v' | 'w'; fromStart?: boolean; letters?: Record<string, string>; firstBeforeR?: boolean }

interface Letter {
  consonant: string;
  /** the vowel sign's vowel, or the independent vowel's; null for the vowel a consonant carries */
  vowel: string | null;
  virama: boolean;
  /** said through the nose: the vowel is followed by an n */
  nasal: boolean;
  /** … by an n that closes the syllable, after a short vowel (संजना = Sanjana; not चाँदनी, चांदनी = Chandni) */
  closedByNasal: boolean;
  /** its vowel is short: a, i, u or ri */
  short: boolean;
  /** the next consonant is doubled (addak) */
  doubles: boolean;
}

// (the short vowels, signs and letters, of both scripts; the carriers ੳ ੲ are short until a sign says otherwise)
const SHORT_VOWELS = 'अइउऋऌिुृॢਅੲੳਇਉਿੁ';

const isVowelLetter = (l: Letter): boolean => l.consonant === '';

function lettersOf(word: string, t: Tables, spelling: Spelling): Letter[] {
  const letters: Letter[] = [];
  // (NFD writes a letter with its nukta as the letter and the nukta: क़ = क + ़, ਸ਼ = ਸ + ਼, as normalisation leaves them)
  const chars = [...word.normalize('NFD')];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const last = letters[letters.length - 1];
    if (ch === t.nukta) {
      if (last !== undefined && !isVowelLetter(last) && last.vowel === null) last.consonant = t.withNukta[chars[i - 1]!] ?? last.consonant;
    } else if (ch === t.virama) {
      if (last !== undefined && !isVowelLetter(last)) last.virama = true;
    } else if (t.vowelSigns[ch] !== undefined) {
      if (last === undefined) continue;
      const final = i === chars.length - 1 || (i === chars.length - 2 && t.nasals.includes(chars[i + 1]!));
      last.vowel = (final ? t.finalVowelSigns[ch] : undefined) ?? t.vowelSigns[ch]!;
      last.short = SHORT_VOWELS.includes(ch);
    } else if (t.independentVowels[ch] !== undefined || t.carriers[ch] !== undefined) {
      const short = SHORT_VOWELS.includes(ch);
      letters.push({ consonant: '', vowel: t.independentVowels[ch] ?? t.carriers[ch]!, virama: false, nasal: false, closedByNasal: false, doubles: false, short });
    } else if (t.consonants[ch] !== undefined) {
      let consonant = spelling.letters?.[ch] ?? t.consonants[ch];
      // ज्ञ is said gy in Hindi and Nepali names (ज्ञान, ज्ञानेन्द्र = Gyan, Gyanendra)
      if (ch === 'ञ' && last?.virama === true && chars[i - 2] === 'ज') {
        last.consonant = 'g';
        consonant = 'y';
      }
      letters.push({ consonant, vowel: null, virama: false, nasal: false, closedByNasal: false, doubles: false, short: true });
    } else if (t.nasals.includes(ch)) {
      if (last === undefined) continue;
      last.nasal = true;
      last.closedByNasal = t.nasalConsonants.includes(ch) && last.short;
    } else if (ch === t.gemination) {
      if (last !== undefined) last.doubles = true;
    }
    // (the visarga ः ਃ is not written in Latin spellings of names, nor the avagraha ऽ)
  }
  if (t === GURMUKHI) withPunjabiE(letters);
  return letters;
}

/**
 * Punjabi says the vowel a before ਹਿ, and the ਿ before ਹ, as e, which its papers write before the h (ਮਹਿਕ, ਸਹਿਜ,
 * ਮਹਿਤਾ, ਰਹਿਮਤ, ਮਿਹਰ, ਫ਼ਤਿਹ = Mehak, Sehaj, Mehta, Rehmat, Mehar, Fateh): the ਹ then carries the vowel a as any consonant does.
 */
function withPunjabiE(letters: Letter[]): void {
  for (let i = 1; i < letters.length; i++) {
    const l = letters[i]!;
    const prev = letters[i - 1]!;
    if (l.consonant !== 'h' || l.nasal || l.virama || isVowelLetter(prev) || prev.virama || prev.nasal || prev.doubles) continue;
    if (l.vowel === 'i' && prev.vowel === null) {
      prev.vowel = 'e';
      l.vowel = null;
    } else if (l.vowel === null && prev.vowel === 'i') prev.vowel = 'e';
  }
}

/** The consonants said with the one before them at the start of a syllable, after a virama (प्र, ਪ੍ਰ, स्व, ਸ੍ਵ, त्य). */
const SECOND_OF_ONSET = /^[rvyh]$/;

/**
 * Whether each consonant without a vowel sign says the vowel a it carries. Hindi, Nepali and Punjabi leave it unsaid at
 * the end of a word (राम Ram, ਹੀਰ Heer) and inside it after a vowel and one consonant before a consonant and a vowel
 * (ਮਨਜੀਤ Manjeet, ਜਸਵਿੰਦਰ Jaswinder, पोखरेल Pokhrel), read from the end of the word back (ਪਰਮਜੀਤ Paramjeet, not Parmajeet);
 * a cluster before a consonant that begins a syllable with it is one consonant there (ਗੁਰਪ੍ਰੀਤ Gurpreet), another closes
 * the syllable, which keeps its vowel (मोहम्मद Mohammad). A consonant said through the nose or doubled keeps it (ਸੰਦੀਪ
 * Sandeep), and so does the first of a word (बहादुर Bahadur) and one after a cluster (नम्रता Namrata, संजना Sanjana; not
 * after a long vowel said through the nose: चाँदनी, ਢੀਂਡਸਾ = Chandni, Dhindsa).
 * `fromStart`: read from the start of the word instead, as a compound whose second name begins with the vowel is said
 * (ਹਰਭਜਨ, ਗੁਰਚਰਨ = Harbhajan, Gurcharan, not Harabhjan, Gurachran).
 */
function saysInherentVowel(letters: readonly Letter[], fromStart: boolean): boolean[] {
  const n = letters.length;
  const says = letters.map((_, i) => fromStart && (i < n - 1 || finalVowelSaid(letters, i)));
  for (let step = 0; step < n; step++) {
    const i = fromStart ? step : n - 1 - step;
    const l = letters[i]!;
    says[i] = false;
    if (isVowelLetter(l) || l.vowel !== null || l.virama) continue;
    if (l.nasal || l.doubles || i === 0) says[i] = true;
    else if (i === n - 1) says[i] = finalVowelSaid(letters, i);
    else {
      const prev = letters[i - 1]!;
      // (read from the start, the consonant before may have left its vowel unsaid: then a cluster is before this one)
      if (prev.virama || prev.closedByNasal || prev.doubles || (fromStart && !isVowelLetter(prev) && prev.vowel === null && !says[i - 1])) says[i] = true;
      else {
        // the letter whose vowel follows the next consonant, or the cluster that begins the next syllable
        let k = i + 1;
        if (letters[k]!.virama) {
          const onset = k + 1 < n && SECOND_OF_ONSET.test(letters[k + 1]!.consonant) && !letters[k + 1]!.virama;
          if (!onset) { says[i] = true; continue; }
          k++;
        }
        const after = letters[k]!;
        says[i] = isVowelLetter(after) || !(after.vowel !== null || says[k]);
      }
    }
  }
  return says;
}

/**
 * A last consonant after a cluster says its vowel (मिश्र, गुप्त, कृष्ण, आदित्य, श्रेष्ठ = Mishra, Gupta, Krishna, Aditya,
 * Shrestha); not after a nasal, which belongs to the syllable before (आनन्द, अरविन्द = Anand, Arvind).
 */
function finalVowelSaid(letters: readonly Letter[], at: number): boolean {
  const prev = letters[at - 1];
  return prev !== undefined && prev.virama && !/^(?:n|ng|m)$/.test(prev.consonant);
}

const LABIAL = /^[pbm]/;

function toLatin(word: string, t: Tables, spelling: Spelling): string {
  const letters = lettersOf(word, t, spelling);
  const says = saysInherentVowel(letters, spelling.fromStart === true);
  if (spelling.firstBeforeR === true && letters.length > 2 && letters[1]!.consonant === 'r' && letters[1]!.vowel !== null) says[0] = false;
  let out = '';
  for (let i = 0; i < letters.length; i++) {
    const l = letters[i]!;
    const prev = letters[i - 1];
    const afterConsonant = prev !== undefined && !isVowelLetter(prev) && prev.vowel === null && !says[i - 1];
    let consonant = l.consonant;
    // ਵ is w after a consonant, a nasal or a vowel before ਾ in Punjabi papers (ਸੁਖਵਿੰਦਰ, ਕੰਵਲ, ਰੰਧਾਵਾ = Sukhwinder,
    // Kanwal, Randhawa), v elsewhere (ਨਵਜੋਤ, ਸੁਖਦੇਵ = Navjot, Sukhdev); व w after a virama in Hindi and Nepali ones
    // (विश्वास, स्वाति = Vishwas, Swati), v elsewhere (अरविन्द, विकास = Arvind, Vikas)
    if (consonant === 'v') {
      const w = t === GURMUKHI ? i > 0 && (afterConsonant || prev!.nasal || l.vowel === 'a') : prev?.virama === true;
      consonant = spelling.v ?? (w ? 'w' : 'v');
    }
    if (prev?.doubles === true && consonant !== '') consonant = consonant[0]! + consonant;
    out += consonant + (l.vowel ?? (says[i] ? (t === GURMUKHI && endsInder(letters, i) ? 'e' : 'a') : ''));
    if (l.nasal) {
      const next = letters[i + 1];
      // (सिंह, नरसिंह = Singh, Narsingh: the ह after the nasal at the end of the word is said as the g it is written)
      if (next !== undefined && next.consonant === 'h' && i + 2 === letters.length && t === DEVANAGARI) out += 'ng';
      else out += next !== undefined && LABIAL.test(next.consonant) ? 'm' : 'n';
    }
  }
  return out;
}

// Punjabi papers write the vowel of a last ੰਦਰ e (ਜਸਵਿੰਦਰ, ਇੰਦਰ, ਸੁੰਦਰ = Jaswinder, Inder, Sunder)
const endsInder = (letters: readonly Letter[], i: number): boolean =>
  i === letters.length - 2 && letters[i]!.consonant === 'd' && letters[i - 1]?.nasal === true && letters[i + 1]!.consonant === 'r'
  && letters[i + 1]!.vowel === null;

/** A Gurmukhi word as Punjabi papers write it. */
export const gurmukhiToLatin = (word: string, spelling: Spelling = {}): string => toLatin(word, GURMUKHI, spelling);
/** A Devanagari word as Hindi and Nepali papers write it. */
export const devanagariToLatin = (word: string, spelling: Spelling = {}): string => toLatin(word, DEVANAGARI, spelling);

export const gurmukhiToSymbols = (word: string): string => latinToSymbols(gurmukhiToLatin(word));
export const devanagariToSymbols = (word: string): string => latinToSymbols(devanagariToLatin(word));

/**
 * The other romanisations Punjabi papers use for a Gurmukhi word beside the first: its vowels a left unsaid read from the
 * start, as a compound whose second name begins with one is said (ਹਰਭਜਨ, ਗੁਰਚਰਨ = Harbhajan, Gurcharan); ਵ as v and as
 * w (ਹਰਵਿੰਦਰ = Harvinder = Harwinder); a first consonant and ਰ with a vowel as the cluster Punjabi says and writes without
 * a sign (ਗਰੇਵਾਲ, ਬਰਾੜ = Grewal, Brar).
 */
export function gurmukhiOtherSpellings(word: string): string[] {
  const latin = gurmukhiToLatin(word);
  const spellings = [gurmukhiToLatin(word, { fromStart: true }), gurmukhiToLatin(word, { firstBeforeR: true })];
  if (word.includes('ਵ')) spellings.push(gurmukhiToLatin(word, { v: 'v' }), gurmukhiToLatin(word, { v: 'w' }));
  return [...new Set(spellings)].filter((s) => s !== latin);
}

/**
 * … and Hindi and Nepali papers for a Devanagari word: its vowels a left unsaid read from the start (as above); क्ष as x
 * (लक्ष्मी, लक्ष्मण = Laxmi, Laxman); व as v and as w (पवन = Pavan = Pawan); a first व as b, and ष as s, as Nepali papers
 * write them (विष्णु, विकास, श्रेष्ठ = Bishnu, Bikash, Shrestha).
 */
export function devanagariOtherSpellings(word: string): string[] {
  const latin = devanagariToLatin(word);
  const spellings = [devanagariToLatin(word, { fromStart: true })];
  if (word.includes('क्ष')) spellings.push(latin.replace(/ksh/g, 'x'));
  if (word.includes('व')) spellings.push(devanagariToLatin(word, { v: 'v' }), devanagariToLatin(word, { v: 'w' }));
  if (word.startsWith('व')) spellings.push(`b${latin.slice(1)}`);
  if (word.includes('ष')) spellings.push(devanagariToLatin(word, { letters: { 'ष': 's' } }));
  // Hindi papers leave out the vowel said after a last cluster (भट्ट, सिद्धार्थ = Bhatt, Siddharth) and write -endra
  // -ender (सुरेन्द्र = Surender)
  if (/[^aeiou]{2}a$/.test(latin)) spellings.push(latin.slice(0, -1));
  if (latin.endsWith('endra')) spellings.push(`${latin.slice(0, -5)}ender`);
  return [...new Set(spellings)].filter((s) => s !== latin);
}
