/**
 * Interned name units: every distinct unit is analysed once (phonetic words, key, readable form) and gets a
 * small integer id, so comparisons of prepared names touch only ids and precomputed arrays.
 */
import { phoneticWord, type PhoneticWord, type WordOptions } from './distance';
import { isInitialKey, tokenKeyOf } from './keys';
import { readableOf } from './render';
import { consonantCount } from './phonetic';
import type { ParsedUnit, UnitKind } from './parsed-unit';
import { writesChatLetters } from './translit/arabizi';
import { HUNGARIAN_WORD, TURKISH_OR_ALBANIAN_LETTERS } from './translit/latin';
import { detectScript } from './script';
import { isMuhammadAbbreviation, wordToSymbols } from './translit/index';
import { ethiopicSymbolsAgainstArabic, ethiopicToSymbols } from './translit/ethiopic';
import { honorificOf } from './titles';
import { closeNameOf, type CloseName } from './close-name-spellings';
import { frenchGenderOf } from './french-men';
import { abdoWrittenApart } from './abdo-apart';

export interface UnitData {
  readonly id: number;
  readonly kind: UnitKind;
  /** the unit as first seen (the prepared name keeps its own text: see PreparedNameImpl.texts) */
  readonly text: string;
  readonly article: boolean;
  readonly abjad: boolean;
  /** written in Latin letters, the spellings the lexicon knows (lexicon/spelling-lexicon.ts): its own unit, apart from a Cyrillic one read alike */
  readonly latin: boolean;
  readonly full: PhoneticWord;
  /** of an Ethiopic word with a 5th-order letter: the word as read against Arabic script (ethiopicSymbolsAgainstArabic) */
  readonly ethiopicAgainstArabic: PhoneticWord | null;
  /**
   * of a name unit: the name a family name is made from before -zadeh, -pour, -zai… (Hassanzadeh: Hassan; see
   * `familyBase`), or the second name of a compound given name written as one word (Mohammadhossein: Hossein; see
   * `secondName`); the unit itself otherwise. Of a compound unit: the name inside it (Abdul Rahman: Rahman).
   */
  readonly part: PhoneticWord;
  readonly unstripped: PhoneticWord | null;
  /** the name after a Maghrebi bare l that may be the article (structure.ts), read against a name with one */
  readonly withoutBareL: PhoneticWord | null;
  /** another reading of the part (structure.ts): a glued X-uddin's X with its link vowel, an X-allah's X without its ح */
  readonly partAlsoReadAs: PhoneticWord | null;
  /** the honorific the unit spells (titles.ts), 0 for none: one group's spellings are one word (Hadži = Haj = حاج) */
  readonly honorific: number;
  /**
   * a name typed in plain ASCII letters with an s, read with its s as the š or ş that Bosnian, Turkish and Kurdish
   * spellings lose when typed without diacritics (Sevki, Esref = Şevki, Eşref = شوقي, أشرف); null otherwise. Read only
   * against a word that writes the sh sound (`writesSh`), as only there does the spelling show which name it is
   */
  readonly sAsSh: PhoneticWord | null;
  /**
   * a name typed in plain ASCII letters with dz, read with it as the dž (the j of Arabic names) it lost (Dzemal, Redzep =
   * Džemal, Redžep = جمال, Recep); null otherwise. Read against any word: no other spelling of these names writes dz
   */
  readonly dzAsJ: PhoneticWord | null;
  /**
   * a Serbian or Croatian family name in -ić typed in plain ASCII letters, read with its d as the đ it may have lost,
   * every d and each one alone (Dordevic, Mededovic = Đorđević, Međedović), and a name that begins with d with that d so,
   * or every d in a given name that ends in a vowel (Dula = Đula, Dorde = Đorđe; not Dodik); empty otherwise. Read only
   * against a word that writes đ (`writesDj`)
   */
  readonly dAsDj: readonly PhoneticWord[];
  /**
   * a name typed in plain ASCII letters with a c (not of ch), read with it as the č, ć or ç it may have lost (Cecic, Cicek =
   * Čečić, Çiçek); null otherwise. Read only against a word that writes that sound (`writesCh`)
   */
  readonly cAsCh: PhoneticWord | null;
  /**
   * written with a letter the lexicon's corpus has no reading of, so that its silence on the spelling says nothing: the
   * Urdu ں, which Latin spellings leave out as often as they write its n (the corpus is Arabic), a Bulgarian ъ between
   * consonants, the vowel of a syllable whichever vowel other spellings write (the corpus's Nasar is not Насър)
   */
  readonly lettersTheCorpusLacks: boolean;
  /**
   * a Latin spelling that writes the ayn with a letter of its own, which no other sound is written with: the Somali c,
   * the 3 of the chat alphabet (Saciid, Sa3id = سعيد); not an apostrophe, which writes the hamza too, nor the ʿ of
   * scholarly transliteration, which normalisation has made one
   */
  readonly writesAyn: boolean;
  /**
   * an Arabic-script word written with ع, which the phonetic alphabet reads as it reads alif and hamza (علا, آلا): what
   * the corpus says of a spelling without it is not said of this one (spelling-lexicon.ts)
   */
  readonly writesAynLetter: boolean;
  /** a Latin unit that may be a woman's name in -e, of a name that shows a Turkish or Albanian spelling (name-conventions.ts) */
  readonly turkishOrAlbanian: boolean;
  /** … and shows a letter only Turkish or Albanian write (ParsedUnit.turkishLetters) */
  readonly turkishLetters: boolean;
  /** a Latin name written with a Turkish or Albanian letter of its own (Mümine; feminine-forms.ts) */
  readonly ownTurkishLetters: boolean;
  /**
   * writes the sh sound: ش, ш, a Latin š, ş, sh or German sch (Shukri, Schukri, against which Sukru is Şükrü typed without
   * its cedilla), or a ch, which French spellings write for it (Cherif = Şerif, typed Serif)
   */
  readonly writesSh: boolean;
  /** writes the Serbian and Croatian đ: đ, ђ, or dj in a name in -ić (Đorđević, Ђорђевић, Djordjevic) */
  readonly writesDj: boolean;
  /** writes č, ć, ç, ч, ћ or چ (against which Cecic is Čečić typed without its carons) */
  readonly writesCh: boolean;
  /**
   * a Latin spelling with a letter of Slavic, Turkish or Kurdish conventions (e for a fatha, v or w for waw, j for ya, x,
   * c): one whose s may be a š typed without it even against a Cyrillic or Latin sh (Sevki = Шевки), unlike an English
   * spelling's s (Sohaib is not Шуайб)
   */
  readonly slavicOrTurkish: boolean;
  /** other readings of the whole unit (structure.ts): Habibur as habib, Ben Omar's Omar as benomar */
  readonly alsoReadAs: readonly PhoneticWord[];
  readonly key: string;
  /**
   * the keys of the unit's other readings (a Somali, Greek or Dutch spelling read by its convention, a Bengali word
   * romanised otherwise: Cabdicasiis as Abdulaziz, Tzarant as Jarad) where they differ from `key`: blocking keys beside
   * it, so that a search finds what the comparison would call the same name
   */
  readonly readingKeys: readonly string[];
  readonly readable: string;
  /** of an Arabic-script unit (not Kurdish): the letters its phonetic symbols write alike, in order (see twinLettersOf) */
  readonly twins: string;
  /**
   * Muhammad abbreviated as papers write it before a given name (Md, Mohd, Мд, মোঃ): a prefix its bearer's other papers
   * leave out as often as not (Md Saiful Islam = Saiful Islam), where a Muhammad written out may be a given name
   */
  readonly muhammadAbbreviated: boolean;
  /** spelt as one of two close names (close-name-spellings.ts: Saeed / Sayed, Hesen / Hisên), or neither */
  readonly closeName: CloseName;
  /** a French man's name or the woman's made from it (french-men.ts frenchGenderOf), '' for neither */
  readonly frenchGender: string;
  /** an Abd- compound written apart with an Abdo, Abdu of its own before a name that is also a given name (Abdo Ali) */
  readonly abdoApart: boolean;
  /** an Abd- compound's Ben, Bou or Ait before it, where a family name begins with it ('ben', 'bou', 'ait'; '' else) */
  readonly familyMarker: string;
}

const LATIN_LETTER = /[a-z]/i;
// a word typed in the Arabic chat alphabet (translit/arabizi.ts) may leave its short vowels unwritten, as Arabic script
// does, where it writes fewer vowels than its consonants need (7sen, M7moud; not 7asan), and another word's short vowels
// then cost against it what they cost against Arabic script — of its whole spelling only: its other readings are compared
// as Latin words are
const VOWEL_SYMBOLS = /[aeiouAIUEO]/g;
const leavesOutVowels = (symbols: string): boolean => (symbols.match(VOWEL_SYMBOLS)?.length ?? 0) < consonantCount(symbols) - 1;

const byKey = new Map<string, UnitData>();
const byId: UnitData[] = [];

const byObject = new WeakMap<ParsedUnit, UnitData>();

export function internUnit(u: ParsedUnit): UnitData {
  const known = byObject.get(u);
  if (known !== undefined) return known;
  const data = internByKey(u);
  byObject.set(u, data);
  return data;
}

/**
 * The letters of an Arabic-script word that the phonetic alphabet writes alike because other scripts do (ص and س are s,
 * ط and ت t, ض ظ ذ dh, ح and ه h): between two Arabic-script spellings they are two letters (صفير / سفير). A final ه is
 * left out: it writes the taa marbuta as often. Kurdish spells ص ط ض ظ with the plain letters, so its words have none.
 */
const TWIN_LETTER = /[صسطتضظذحه]/g;
function twinLettersOf(text: string, abjad: boolean, kurdish: boolean): string {
  if (!abjad || kurdish) return '';
  return (text.replace(/ه(?=\s|$)/g, '').match(TWIN_LETTER) ?? []).join('');
}

/** The compounds whose part is their first word: X-ullah, X-uddin. */
const BASE_FIRST: ReadonlySet<UnitKind> = new Set(['allah-compound', 'din-compound']);
const ARTICLE_WITH_L = /^[ae]ll/;
// the lineage particle ould (walad), whose ou is a waw: joined to the name after it (Ould Dadda = ولد داداه)
const OULD = /^(?:ould|uld|oulad|улд|ульд)(?:\s|$)/;
// … and the French ou before a consonant that begins a Kabyle or Algerian name, the waw said with a short vowel (Ounissa,
// Ourida, Ouroud, Ouldahmed = ونيسة, وريدة, ورود, ولد أحمد) — before i, ou or another consonant: not the Oula, Oumaima,
// Oussama of علا, أميمة, أسامة, whose ou is the first vowel
const FRENCH_OU_WAW = /^ou([^aeiouyh\s])(?:i|ou|(?!\1)[^aeiouy\s])/;
// (normalisation writes the chat alphabet's 3 as ʕ)
const AYN_LETTER = /c(?!h)|ʕ/;
// … in a word without an apostrophe or the final -ae of a Moroccan hamza (Asmae), which are read as the same symbol
const HAMZA_TOO = /['’ʼ‘`]|ae$/;
const BULGARIAN_SCHWA = /[^аеиоуюяэыъь\s]ъ[^аеиоуюяэыъь\s]/;
const ASCII_WITH_S = /^[a-z]*s[a-z]*$/;
const ASCII_WITH_DZ = /^[a-z]*dz[a-z]*$/;
const ASCII_WITH_D = /^[a-z]*d(?!z)[a-z]*$/;
const SLAVIC_IC = /ic$/;
const LAST_VOWEL = /[aeiou]$/;
const NO_READINGS: readonly PhoneticWord[] = [];
/** A word typed without its diacritics read with its d as đ: see UnitData.dAsDj. */
function readingsWithDj(text: string): readonly PhoneticWord[] {
  const at: number[] = [];
  for (let i = text.indexOf('d'); i >= 0; i = text.indexOf('d', i + 1)) if (text[i + 1] !== 'z') at.push(i);
  const texts = SLAVIC_IC.test(text)
    ? [text.replace(/d(?!z)/g, 'đ'), ...(at.length > 1 ? at.map((i) => `${text.slice(0, i)}đ${text.slice(i + 1)}`) : [])]
    : at[0] === 0 ? [`đ${text.slice(1)}`, ...(at.length > 1 && LAST_VOWEL.test(text) ? [text.replace(/d(?!z)/g, 'đ')] : [])] : [];
  return texts.length === 0 ? NO_READINGS : texts.map((x) => phoneticWord(wordToSymbols(x).symbols, false));
}
// (dj only in a Slavic name ending in -ić: French writes its j so, Nadjoua, Bedjaoui)
const WRITES_DJ = /[đђ]|dj.*i[cćč]$/;
const SLAVIC_OR_TURKISH_LETTER = /[evjxcw]/;
const WRITES_SH = /[šş]|sh|sch/;
const WRITES_CH = /[čćçчћچ]/;
const ASCII_WITH_C = /^[a-z]*c(?!h)[a-z]*$/;
const C_NOT_OF_CH = /c(?!h)/g;
// (… a š, ş, ș or ś, or a Hungarian s beside sz, zs, cs: translit/latin.ts, HUNGARIAN_WORD)
const CARON_SH = /[šşșś]/;

/**
 * What a unit's text says beside its symbols. Everything in it is in the unit cache's key: two spellings read alike share
 * an entry only where nothing else tells them apart, whichever is met first.
 */
interface TextReading {
  readonly latin: boolean;
  readonly script: string;
  /** an ASCII Latin name with an s (UnitData.sAsSh) */
  readonly typedBare: boolean;
  readonly writesSh: boolean;
  readonly writesDj: boolean;
  readonly writesCh: boolean;
  /** an ASCII Latin name with a c not of ch (UnitData.cAsCh) */
  readonly typedWithC: boolean;
  readonly slavicOrTurkish: boolean;
  /** a Latin š read as s by a spelling made from it is one of a European name, Bartoš = بارتوس: the whole word only, not
   * the parts of Arabic compounds, Šafiulah is no صفی‌الله (PhoneticWord.shReadAsSElsewhere) */
  readonly shReadAsSElsewhere: boolean;
  /** an article the parser guessed is one only where it doubles the l of the name, Allami = Al-Lami: not Alban, Altaf */
  readonly articleGlued: boolean;
  readonly firstVowelIsWaw: boolean;
  readonly lettersTheCorpusLacks: boolean;
  readonly writesAyn: boolean;
  readonly writesAynLetter: boolean;
  readonly turkishOrAlbanian: boolean;
  readonly turkishLetters: boolean;
  readonly ownTurkishLetters: boolean;
  /** the Arabic-script letters the phonetic alphabet writes alike (twinLettersOf) */
  readonly twins: string;
  /** typed in the Arabic chat alphabet, leaving out short vowels (PhoneticWord.vowelsOptional) */
  readonly vowelsOptional: boolean;
  /** an Arabic-script name that begins with alif and waw (vowelFirstKey) */
  readonly alifWaw: boolean;
  /** Muhammad abbreviated (UnitData.muhammadAbbreviated) */
  readonly muhammadAbbreviated: boolean;
  /** the close name its spelling says (UnitData.closeName) */
  readonly closeName: CloseName;
  /** a unit of a name that shows a Tajik or Uzbek spelling (name-conventions.ts; WordOptions.tajikOrUzbek) */
  readonly tajikOrUzbek: boolean;
  /** UnitData.frenchGender */
  readonly frenchGender: string;
  /** UnitData.abdoApart */
  readonly abdoApart: boolean;
  /** UnitData.familyMarker */
  readonly familyMarker: string;
  /** a word written with a letter of Tajik Cyrillic itself (WordOptions.tajikLetters) */
  readonly tajikLetters: boolean;
  /** of a name unit in Ethiopic letters with a 5th-order letter, its symbols as read against Arabic script (UnitData.ethiopicAgainstArabic) */
  readonly ethiopicAgainstArabic: string;
}

/**
 * A word written with a letter of Tajik Cyrillic itself (Ҳомид, Қодир, Ғафур), whose every o is the Persian ā: not the
 * Uzbek oʻ, an o or u itself (Oʻroz), nor an apostrophe, which also writes the hamza of Arab spellings (Ro'aa)
 */
const TAJIK_LETTER = /[ҳқғӯӣҷ]/;
function readText(u: ParsedUnit): TextReading {
  const latin = !u.abjad && LATIN_LETTER.test(u.text);
  return {
    latin,
    script: u.abjad ? 'arabic' : latin ? 'latin' : detectScript(u.text),
    typedBare: u.kind === 'name' && latin && ASCII_WITH_S.test(u.text),
    writesSh: (u.symbols.includes('c') && (!latin || WRITES_SH.test(u.text))) || (latin && u.symbols.includes('C') && u.text.includes('ch')),
    writesDj: WRITES_DJ.test(u.text),
    writesCh: WRITES_CH.test(u.text),
    typedWithC: u.kind === 'name' && latin && ASCII_WITH_C.test(u.text),
    slavicOrTurkish: latin && SLAVIC_OR_TURKISH_LETTER.test(u.text),
    shReadAsSElsewhere: latin && (CARON_SH.test(u.text) || HUNGARIAN_WORD.test(u.text)),
    articleGlued: u.unstripped !== null && ARTICLE_WITH_L.test(u.text),
    firstVowelIsWaw: !u.abjad && (OULD.test(u.text) || FRENCH_OU_WAW.test(u.text)),
    lettersTheCorpusLacks: u.abjad ? u.text.includes('ں') : !latin && BULGARIAN_SCHWA.test(u.text),
    writesAyn: latin && u.symbols.includes("'") && AYN_LETTER.test(u.text) && !HAMZA_TOO.test(u.text),
    writesAynLetter: u.abjad && u.text.includes('ع'),
    turkishOrAlbanian: !u.abjad && u.turkishOrAlbanian === true,
    turkishLetters: !u.abjad && u.turkishLetters === true,
    // (a letter of Turkish or Albanian spelling in the word itself: a Latin woman's -e after n or e, Mümine)
    ownTurkishLetters: !u.abjad && u.kind === 'name' && TURKISH_OR_ALBANIAN_LETTERS.test(u.text),
    twins: twinLettersOf(u.text, u.abjad, u.kurdish === true),
    vowelsOptional: !u.abjad && writesChatLetters(u.text) && leavesOutVowels(u.symbols),
    alifWaw: u.abjad && u.text.startsWith('او'),
    muhammadAbbreviated: (u.kind === 'name' && isMuhammadAbbreviation(u.text)) || u.muhammadPrefix === true,
    closeName: u.kind === 'name' ? closeNameOf(u.text) : '',
    tajikOrUzbek: !u.abjad && u.tajikOrUzbek === true,
    frenchGender: u.kind === 'name' && latin ? frenchGenderOf(u.text) : '',
    abdoApart: u.kind === 'abd' && abdoWrittenApart(u.text),
    familyMarker: u.kind === 'abd' ? u.familyMarker ?? '' : '',
    tajikLetters: !u.abjad && TAJIK_LETTER.test(u.text),
    ethiopicAgainstArabic: u.kind === 'name' && !u.abjad && ETHIOPIC_WORD.test(u.text) ? ethiopicAgainstArabicOf(u) : '',
  };
}

const ETHIOPIC_WORD = /^[\u1200-\u135a]+$/;
// (only where the word's symbols are those of its letters, not a form the parser made of it)
function ethiopicAgainstArabicOf(u: ParsedUnit): string {
  const read = ethiopicSymbolsAgainstArabic(u.text);
  return read !== null && ethiopicToSymbols(u.text) === u.symbols ? read : '';
}

// (every field, so that one added to TextReading is in the key too)
const textKey = (t: TextReading): string => Object.values(t).map((v: string | boolean) => (v === true ? '1' : v === false ? '0' : v)).join('|');

function internByKey(u: ParsedUnit): UnitData {
  const t = readText(u);
  // (words written apart or as one are two units: rules read the text, Ben Ahmed against Benahmed)
  const k = `${textKey(t)}|${u.kind}|${u.article ? 1 : 0}|${u.symbols}|${u.part}|${u.unstripped ?? ''}|${u.withoutBareL ?? ''}|${u.partAlsoReadAs ?? ''}|${u.alsoReadAs.join(',')}|${u.kurdish === true ? 1 : 0}|${u.text.includes(' ') ? 1 : 0}`;
  const found = byKey.get(k);
  if (found !== undefined) return found;
  const kurdish = u.kurdish === true;
  const cyrillic = t.script === 'cyrillic';
  // (an s of Cyrillic and Ethiopic, which have a letter of their own for sh, is an s: see S_AGAINST_SH)
  const sIsS = cyrillic || t.script === 'ethiopic';
  const alike: WordOptions = { kurdish, sIsS, cyrillic, ethiopic: t.script === 'ethiopic', greek: t.script === 'greek' };
  const full = phoneticWord(u.symbols, u.abjad, {
    ...alike, vowelsOptional: t.vowelsOptional, shReadAsSElsewhere: t.shReadAsSElsewhere, firstVowelIsWaw: t.firstVowelIsWaw, tajikOrUzbek: t.tajikOrUzbek,
    tajikLetters: t.tajikLetters,
    startsAsWritten: u.abjad && u.kind === 'name' && !u.article,
  });
  const key = tokenKeyOf(u.kind, u.symbols, u.part);
  const vowelFirst = vowelFirstKey(u, t.alifWaw);
  const data: UnitData = {
    id: byId.length,
    kind: u.kind,
    text: u.text,
    article: u.article,
    abjad: u.abjad,
    honorific: u.kind === 'name' ? honorificOf(u.symbols, u.abjad) : 0,
    latin: t.latin,
    full,
    ethiopicAgainstArabic: t.ethiopicAgainstArabic === '' ? null : phoneticWord(t.ethiopicAgainstArabic, false, alike),
    // (the base of X-ullah, X-uddin is the first word of the compound as written: سعدالله is Saadullah, not Asadullah)
    part: u.part === u.symbols ? full : phoneticWord(u.part, u.abjad, { ...alike, startsAsWritten: u.abjad && BASE_FIRST.has(u.kind) }),
    unstripped: u.unstripped === null ? null : phoneticWord(u.unstripped, u.abjad, { ...alike, articleGlued: t.articleGlued }),
    withoutBareL: u.withoutBareL === null ? null : phoneticWord(u.withoutBareL, u.abjad, alike),
    partAlsoReadAs: u.partAlsoReadAs === null ? null : phoneticWord(u.partAlsoReadAs, u.abjad, alike),
    // (an Arabic-script reading that begins with the word's own letter begins as written too: ساعاتجي read -چي)
    alsoReadAs: u.alsoReadAs.map((r) => phoneticWord(r, u.abjad, { ...alike, startsAsWritten: u.abjad && u.kind === 'name' && !u.article && r[0] === u.symbols[0] })),
    sAsSh: t.typedBare ? phoneticWord(u.symbols.replace(/s/g, 'c'), false) : null,
    dzAsJ: u.kind === 'name' && t.latin && ASCII_WITH_DZ.test(u.text) ? phoneticWord(wordToSymbols(u.text.replace(/dz/g, 'dž')).symbols, false) : null,
    dAsDj: u.kind === 'name' && t.latin && ASCII_WITH_D.test(u.text) ? readingsWithDj(u.text) : NO_READINGS,
    cAsCh: t.typedWithC ? phoneticWord(wordToSymbols(u.text.replace(C_NOT_OF_CH, 'č')).symbols, false) : null,
    lettersTheCorpusLacks: t.lettersTheCorpusLacks,
    writesAyn: t.writesAyn,
    writesAynLetter: t.writesAynLetter,
    turkishOrAlbanian: t.turkishOrAlbanian,
    turkishLetters: t.turkishLetters,
    ownTurkishLetters: t.ownTurkishLetters,
    writesSh: t.writesSh,
    writesDj: t.writesDj,
    writesCh: t.writesCh,
    slavicOrTurkish: t.slavicOrTurkish,
    key,
    readingKeys: readingKeysOf(u, key, vowelFirst),
    readable: readableOf(u.kind, u.symbols, u.part, u.abjad),
    twins: t.twins,
    muhammadAbbreviated: t.muhammadAbbreviated,
    closeName: t.closeName,
    frenchGender: t.frenchGender,
    abdoApart: t.abdoApart,
    familyMarker: t.familyMarker,
  };
  byKey.set(k, data);
  byId.push(data);
  keyFirst.push((vowelFirst ?? data.key).charCodeAt(0) || 0);
  keyLast.push(data.key.charCodeAt(data.key.length - 1) || 0);
  lastConsonant.push(consonantClass(LAST_CONSONANT.exec(data.full.symbols)?.[1] ?? ''));
  fullWeight.push(data.full.weight);
  return data;
}

// an Arabic-script name that begins with alif and waw before a consonant begins with the vowel u or o (اومید, اورهان,
// اولوغ = Omid, Orhan, Ulugh), which other scripts write without a w: it has that key too (a reading key), and the first
// letter of that key is the one a join is tried by (keyFirst; compare.ts)
const ALIF_WAW_VOWEL = /^'W(?=[^aeiouAIUEOWYQ'])/;
const vowelFirstKey = (u: ParsedUnit, alifWaw: boolean): string | null =>
  (alifWaw && u.kind === 'name' && ALIF_WAW_VOWEL.test(u.symbols) ? tokenKeyOf('name', u.symbols.replace(ALIF_WAW_VOWEL, "'"), '') : null);

function readingKeysOf(u: ParsedUnit, key: string, vowelFirst: string | null): string[] {
  const keys = u.kind === 'name' ? u.alsoReadAs.map((r) => tokenKeyOf('name', r, r)) : [];
  if (vowelFirst !== null) keys.push(vowelFirst);
  if (u.partAlsoReadAs !== null) keys.push(tokenKeyOf(u.kind, u.symbols, u.partAlsoReadAs));
  return [...new Set(keys)].filter((k) => k !== key && !isInitialKey(k));
}

/** By unit id, beside the objects: first and last letter of the key and the phonetic weight of the whole unit,
 * read by the scoring loop without touching the unit objects. */
export const keyFirst: number[] = [];
export const keyLast: number[] = [];
/**
 * … and the last consonant of the whole unit, which a key may leave out (the j of Hadj, a glide in Slavic spellings),
 * before the h that writes a last vowel (Salamah = Salama)
 */
export const lastConsonant: number[] = [];
const LAST_CONSONANT = /([^aeiouAIUEOWYQ'0])(?:[aeiouAIUEOWYQ'0]+h)?[aeiouAIUEOWYQ'0]*$/;
// the v Persian, Turkish and Slavic spellings write for the w of و is one consonant with it (Hava = Hawa = حوا)
const consonantClass = (symbol: string): number => (symbol === 'v' ? 'w' : symbol).charCodeAt(0) || 0;
export const fullWeight: number[] = [];

/** The name a family name unit is made from (Hassanzadeh: Hassan), or null. */
export function familyBase(u: UnitData): PhoneticWord | null {
  return u.kind === 'name' && u.part !== u.full && u.full.symbols.startsWith(u.part.symbols) ? u.part : null;
}

/** The second name of a compound given name written as one word (Mohammadhossein: Hossein), or null. */
export function secondName(u: UnitData): PhoneticWord | null {
  return u.kind === 'name' && u.part !== u.full && !u.full.symbols.startsWith(u.part.symbols) ? u.part : null;
}

export function unitById(id: number): UnitData {
  return byId[id]!;
}

export function unitCount(): number {
  return byId.length;
}
