/**
 * The conventions a whole name shows by some of its words (a German sch, a Hungarian sz or á, Somali double vowels,
 * Kurmanji ê î û, a Bangladeshi Md or Akter, Sorani letters): each gives the name's other words the readings it implies
 * (structure.ts applies them to the units it parsed; the explanation names the one that read a word). The conventions of
 * one word, which its own letters show, are in word-readings.ts.
 */
import type { ParsedUnit, UnitKind } from './parsed-unit';
import { consonantCount } from './phonetic';
import { wordToSymbols } from './translit/index';
import { AZERBAIJANI_SCHWA, HUNGARIAN_WORD, TURKISH_OR_ALBANIAN_LETTERS } from './translit/latin';
import { mayEndInFeminineE } from './feminine-forms';
import { CHAUDHRY_ABBREVIATED, isChaudhry } from './chaudhry';

/**
 * A convention of the whole name: whether the name `normalized` shows it, what it makes of one unit of a name that does
 * (none: each unit as it is), and what it makes of the units together after that, where it reads a unit by its place
 * in the name (the Bangladeshi Muhammad prefix, the Albanian father's name).
 */
interface ConventionOfWholeName {
  readonly name: string;
  readonly shownBy: (normalized: string) => boolean;
  /** its bit of wordSigns: what one of the words of every name that shows it has */
  readonly sign: Sign;
  readonly readUnit?: (u: ParsedUnit) => ParsedUnit;
  /** … `written`: what the name as written shows that normalisation takes away */
  readonly readUnits?: (units: ParsedUnit[], written: WrittenSigns) => ParsedUnit[];
}

// a bit for each convention of the whole name (wordSigns); a new one is the last, and EVERY_SIGN counts up to it
export const enum Sign {
  Latin = 1, German = 2, Hungarian = 4, Somali = 8, Kurmanji = 16, Bangladeshi = 32, Albanian = 64, Sorani = 128, Pashtun = 256, SerbianYe = 512, TajikOrUzbek = 1024,
  TurkishOrAlbanian = 2048, Azerbaijani = 4096, Maltese = 8192,
}
/** Every sign: the name's own expressions decide every convention. (Every bit up to the last Sign's.) */
const EVERY_SIGN = Sign.Maltese * 2 - 1;

/**
 * What `readUnit` makes of each unit object, worked out once per object: most units are the parser's shared ones, a
 * word's (structure.ts gluedUnit), and the same reading object each time lets interning find it by object (units.ts)
 * instead of building its key again.
 */
function memoisedPerUnit(readUnit: (u: ParsedUnit) => ParsedUnit): (u: ParsedUnit) => ParsedUnit {
  const read = new WeakMap<ParsedUnit, ParsedUnit>();
  return (u) => {
    let r = read.get(u);
    if (r === undefined) read.set(u, (r = readUnit(u)));
    return r;
  };
}

const convention = (
  name: string, sign: Sign, shownBy: (normalized: string) => boolean, readUnit: (u: ParsedUnit) => ParsedUnit, readUnits?: (units: ParsedUnit[], written: WrittenSigns) => ParsedUnit[],
): ConventionOfWholeName => ({ name, sign, shownBy, readUnit: memoisedPerUnit(readUnit), readUnits });
/** A convention that reads a unit only by its place in the name (the Albanian father's name). */
const conventionOfPlaces = (name: string, sign: Sign, shownBy: (normalized: string) => boolean, readUnits: (units: ParsedUnit[], written: WrittenSigns) => ParsedUnit[]): ConventionOfWholeName =>
  ({ name, sign, shownBy, readUnits });

const SORANI = convention('Sorani Kurdish', Sign.Sorani, isKurdishName, kurdishUnit);
// (a Tajik or Uzbek spelling shown by one word is the spelling of every word of the name: Ahror Usmonov, Шодмон Назаров;
// in Cyrillic too, which has no Latin letter)
const TAJIK_OR_UZBEK = convention('a Tajik or Uzbek spelling', Sign.TajikOrUzbek, isTajikOrUzbekName, tajikOrUzbekUnit);
// (a Bangladeshi name copied into Cyrillic has the Muhammad prefix too: Мохаммад Расел Миа = Rasel Mia)
const BANGLADESHI_PREFIX = conventionOfPlaces('a Bangladeshi spelling', Sign.Bangladeshi, isBangladeshiName, withMuhammadPrefix);
// (and so does a name with a Pashtun tribal name, -zai or -khel, or a Pakistani clan name: Mohammad Zahir Ahmadzai = Zahir
// Ahmadzai, Muhammad Waqas Khattak = Waqas Khattak)
const PASHTUN_PREFIX = conventionOfPlaces('a Pashtun or Pakistani name', Sign.Pashtun, isPashtunName, withMuhammadPrefix);
// in the order they apply
const CONVENTIONS_OF_WHOLE_NAME: readonly ConventionOfWholeName[] = [
  convention('a German spelling', Sign.German, isGermanName, germanReading), convention('a Hungarian spelling', Sign.Hungarian, isHungarianName, hungarianReading),
  convention('a Somali spelling', Sign.Somali, isSomaliName, somaliReading), convention('a Kurmanji spelling', Sign.Kurmanji, isKurmanjiName, kurmanjiReading),
  convention('a Bangladeshi spelling', Sign.Bangladeshi, isBangladeshiName, bangladeshiReading, withMuhammadPrefix),
  conventionOfPlaces('an Albanian spelling', Sign.Albanian, isAlbanianName, withAlbanianDefiniteFather), SORANI, PASHTUN_PREFIX,
  convention('a Serbian or Macedonian copy of a Russian name', Sign.SerbianYe, isSerbianCopyOfRussianName, serbianYeReading), TAJIK_OR_UZBEK,
  convention('a Turkish or Albanian spelling', Sign.TurkishOrAlbanian, isTurkishOrAlbanianName, turkishOrAlbanianUnit),
  convention('a letter only Turkish or Albanian write', Sign.TurkishOrAlbanian, hasTurkishLetter, turkishLettersUnit),
  convention('an Azerbaijani spelling', Sign.Azerbaijani, isAzerbaijaniName, azerbaijaniReading),
  convention('a Maltese spelling', Sign.Maltese, isMalteseName, malteseReading),
];
// (all but the Sorani one and the Muhammad prefix read Latin words, and only when Latin letters show them: a name without
// any skips them)
const CONVENTIONS_OF_NAME_WITHOUT_LATIN: readonly ConventionOfWholeName[] = [BANGLADESHI_PREFIX, SORANI, PASHTUN_PREFIX, TAJIK_OR_UZBEK];
const LATIN_LETTER = /[a-z\u00e0-\u024f]/;

/**
 * What one word may show of the conventions of the whole name, a bit for each (Sign): a sign that one of the words of
 * every name that shows the convention has, though not every name with such a word shows it. The parser ORs its words'
 * signs (structure.ts, worked out once per word), and a name without a convention's sign is passed over without the
 * expressions of shownBy, which read the whole name.
 */
export function wordSigns(word: string): number {
  return (LATIN_LETTER.test(word) ? Sign.Latin : 0) | (mayShowGerman(word) ? Sign.German : 0) | (HUNGARIAN_SIGN.test(word) ? Sign.Hungarian : 0)
    | (hasLongVowelWrittenDouble(word) ? Sign.Somali : 0) | (KURMANJI_LONG_VOWEL.test(word) ? Sign.Kurmanji : 0)
    | (BANGLADESHI_SIGN.test(word) ? Sign.Bangladeshi : 0) | (ALBANIAN_LETTERS.test(word) ? Sign.Albanian : 0) | (KURDISH_LETTER.test(word) ? Sign.Sorani : 0)
    | (isPashtunTribe(word) || isPakistaniOrAfghanFamily(word) || PASHTO_OR_URDU_LETTER.test(word) ? Sign.Pashtun : 0) | (SERBIAN_YE_FIRST.test(word) ? Sign.SerbianYe : 0)
    | (TAJIK_OR_UZBEK_WORD.test(word) ? Sign.TajikOrUzbek : 0) | (TURKISH_OR_ALBANIAN_LETTERS.test(word) ? Sign.TurkishOrAlbanian : 0)
    | (AZERBAIJANI_SCHWA.test(word) ? Sign.Azerbaijani : 0) | (MALTESE_LETTER.test(word) ? Sign.Maltese : 0);
}

/** What the name as written shows that normalisation takes away (ParseOptions.urdu, ParseOptions.sorani). */
export interface WrittenSigns {
  /** the Urdu letters ہ, ے */
  readonly urdu: boolean;
  /** the Sorani ێ, or a word begun with ئ, as only Kurdish writes one (ئیدریس = إدريس) */
  readonly sorani: boolean;
}
const NONE_WRITTEN: WrittenSigns = { urdu: false, sorani: false };

/**
 * The units of the name `normalized` with the readings (or the Kurdish flag) the conventions it shows give them; `signs`,
 * what its words may show of them (wordSigns), where known.
 */
export function withConventionsOfWholeName(normalized: string, units: ParsedUnit[], signs: number = EVERY_SIGN, written: WrittenSigns = NONE_WRITTEN): ParsedUnit[] {
  const conventions = (signs & Sign.Latin) !== 0 && LATIN_LETTER.test(normalized) ? CONVENTIONS_OF_WHOLE_NAME : CONVENTIONS_OF_NAME_WITHOUT_LATIN;
  const { urdu, sorani } = written;
  // (a name written with the Urdu or Sorani letters normalisation takes away shows the Pakistani or Sorani convention)
  const shownBy = (c: ConventionOfWholeName): boolean => (urdu && c.sign === Sign.Pashtun) || (sorani && c.sign === Sign.Sorani)
    || ((signs & c.sign) !== 0 && c.shownBy(normalized));
  // (most names show none: no list is made for them)
  let shown: ConventionOfWholeName[] | null = null;
  for (const c of conventions) if (shownBy(c)) (shown ??= []).push(c);
  // (each convention reads each unit on its own: applied unit by unit, in their order, as they would be name by name)
  if (shown === null) return units;
  const read = units.map((u) => shown.reduce((r, c) => (c.readUnit === undefined ? r : c.readUnit(r)), u));
  return shown.reduce((r, c) => (c.readUnits === undefined ? r : c.readUnits(r, written)), read);
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
  for (const c of CONVENTIONS_OF_WHOLE_NAME) {
    // (a convention that reads a unit by its place, the Albanian father's name, is not named here)
    if (c.readUnit === undefined || !c.shownBy(normalized)) continue;
    const read = c.readUnit(unit);
    if (read.alsoReadAs.includes(symbols) || read.partAlsoReadAs === symbols) return c.name;
  }
  return null;
}

// German writes the z of other spellings as an s before a vowel (Sainab, Fausi, Siad = Zainab, Fawzi, Ziad) and at the
// end, where German says no z (Asis, Fais = Aziz, Faiz); and it writes the zh it has no letters for as sch (Kaschal,
// Haschar = Kazhal, Hazhar = کەژاڵ, هەژار): in a name written by German conventions (a sch, tsch or dsch in it, or the ch
// of kh after a vowel: Achmad, or the -sai of the Pashtun -zai: Nursai, or the -sadeh of the Persian -zadeh after a name:
// Resasadeh, not the Arabic family name Alsadeh = السادة; not a first ch, the French sh of Chadi, Chaker
// as often as the German kh of Chalid), its Latin names are also read with that s as z (Achmad
// Subair = Ahmad Zubair, Siaullah Kotschai = Ziaullah Kochai, Sabiullah Nursai = Zabiullah Noorzai), and with sch as zh
// (Schila, Schina = Zhila, Zhina = ژیلا, ژینا; its zh also meets the z of Zahid, Zakir: Schahid / Zahid is the price)
const GERMAN_NAME = /sch|[aeiou]ch[^aeiou]|[^he ]s{1,2}ai(?: |$)|(?:^| )(?![ae][ls]-?sadeh?(?: |$))[^ ]+sadeh?(?: |$)/;
const GERMAN_S = /s(?=[aeiouAIUEO]|$)/;
const EVERY_GERMAN_S = /s(?=[aeiouAIUEO]|$)/g;
// (every such name has a word with a ch, or one that ends in ai or in the -sade(h) of the Persian -zadeh)
const mayShowGerman = (word: string): boolean => word.includes('ch') || word.endsWith('ai') || word.endsWith('sade') || word.endsWith('sadeh');
function isGermanName(normalized: string): boolean {
  return GERMAN_NAME.test(normalized);
}
function germanReading(u: ParsedUnit): ParsedUnit {
  const withZ = alsoReadLatinName(u, (w) => (GERMAN_S.test(w.symbols) ? w.symbols.replace(EVERY_GERMAN_S, 'z') : null));
  const withPartZ = alsoReadLatinCompoundPart(withZ, (part) => (GERMAN_S.test(part) ? part.replace(EVERY_GERMAN_S, 'z') : null));
  const withZh = alsoReadLatinName(withPartZ, (w) => (w.text.includes('sch') && w.symbols.includes('c') ? w.symbols.replace(/c/g, 'Z') : null));
  // (… and its dsch before the last vowel, the j of other spellings, is a d and a sh as often: Karadscha = Karadsheh =
  // كرادشة)
  return alsoReadLatinName(withZh, (w) => (DSCH_BEFORE_LAST_VOWEL.test(w.text) && countOf(w.symbols, 'j') === 1 ? w.symbols.replace('j', 'dc') : null));
}
const DSCH_BEFORE_LAST_VOWEL = /^[^d]*[aeiou][^d]*dsch[aeiou]h?$/;
const countOf = (s: string, ch: string): number => s.split(ch).length - 1;

// Hungarian writes sh as s (Rasid, Hasem = Rashid, Hashem): in a name Hungarian spelling marks elsewhere (Huszein Rasid),
// or by its long vowels á, ő, ű (Sahzád, Isrát = Shahzad, Ishrat), a Latin name with no sz, zs or cs of its own is also
// read with its s as sh
const HUNGARIAN_LONG_VOWEL = /[áőű]/;
// (every such name has a word with one of these: HUNGARIAN_WORD asks sz, zs or cs)
const HUNGARIAN_SIGN = /sz|zs|cs|[áőű]/i;
function isHungarianName(normalized: string): boolean {
  return HUNGARIAN_WORD.test(normalized) || HUNGARIAN_LONG_VOWEL.test(normalized);
}
function hungarianReading(u: ParsedUnit): ParsedUnit {
  return alsoReadLatinName(u, (w) => (HUNGARIAN_WORD.test(w.text) || !w.symbols.includes('s') ? null : w.symbols.replace(/s/g, 'c')));
}

// Somali has no z and writes the z of Arabic names s (Cabdicasiis, Cabdirisaaq, Sahra = عبد العزيز, عبد الرزاق, زهرة):
// in a name with a word Somali spelling marks — the c of ayn or the x of ḥ, and a long vowel written double
// (Cabdicasiis, Maxamuud, Caasha) — a Latin name, or the name in an Abd- compound, is also read with its s as z
const SOMALI_LETTER = /^(?:c[aiuo]|x[aeiou])|[aeiou]x[aeiou]/;
function hasLongVowelWrittenDouble(s: string): boolean {
  return s.includes('aa') || s.includes('ii') || s.includes('uu');
}
// (… or the c of ayn between two vowels, Siciid, Naciimo; or that c in one word and in another a mark no Turkish, French
// or Maghrebi spelling has, the ii or uu of a long vowel, an x, a c before a consonant: Bashiir Sacad Aadan, Aadan Sacad
// Xirsi — not Kaan Can, Yacine Saadi, Isaac Lucas. A first c or x in a word without a double vowel is no sign: Cali
// Xasan is read by the other rules.)
const SOMALI_C_BETWEEN_VOWELS = /[aeiou]c[aeiou]/;
const SOMALI_ONLY_MARK = /ii|uu|x|c(?=[^aeiouh])/;
function isSomaliName(normalized: string): boolean {
  if (!hasLongVowelWrittenDouble(normalized)) return false;
  let cInside = false;
  let somaliOnly = false;
  for (const word of normalized.split(/[ -]/)) {
    const cBetween = SOMALI_C_BETWEEN_VOWELS.test(word);
    if (hasLongVowelWrittenDouble(word) && (SOMALI_LETTER.test(word) || cBetween)) return true;
    cInside ||= cBetween;
    somaliOnly ||= SOMALI_ONLY_MARK.test(word);
  }
  return cInside && somaliOnly;
}
// … and its c between two vowels, which the letters read as a k before a, o, u, with the ayn it writes there too (Sacad,
// Sucaad, Macalin = Saad, Suad, Muallim = سعد, سعاد, معلم)
const SOMALI_C_INSIDE = /(?<=[aeiouAIUEO])K(?=[aouAUO])/g;
const SOMALI_C_BETWEEN_LIKE_VOWELS = /([aiu])c(?=\1(?!\1))/;
// … and the -o Somali ends a woman's name in where Arabic ends it in -a (Faadumo, Xaliimo, Nasro, Hibo = فاطمة, حليمة, نصرة,
// هبة), after a consonant or y, in a word of four letters or more (Safiyo, Sacdiyo = صفية, سعدية)
const SOMALI_WOMANS_O = /^[a-z]{2,}[^aeiou]o$/;
function somaliReading(u: ParsedUnit): ParsedUnit {
  const withZ = alsoReadLatinName(u, (w) => (w.symbols.includes('s') ? w.symbols.replace(/s/g, 'z') : null));
  const withAyn = alsoReadLatinName(withZ, (w) => {
    const read = w.text.includes('c') ? w.symbols.replace(SOMALI_C_INSIDE, "'") : w.symbols;
    return read === w.symbols ? null : read;
  });
  // (… and without it between two of one vowel, which others write double for the ayn: Sacad = Saad, Саад)
  const withDouble = alsoReadLatinName(withAyn, (w) => (SOMALI_C_BETWEEN_LIKE_VOWELS.test(w.text) ? wordToSymbols(w.text.replace(SOMALI_C_BETWEEN_LIKE_VOWELS, '$1')).symbols : null));
  const withA = alsoReadLatinName(withDouble, (w) => (SOMALI_WOMANS_O.test(w.text) && w.symbols.endsWith('o') ? `${w.symbols.slice(0, -1)}a` : null));
  return alsoReadLatinCompoundPart(withA, (part) => (part.includes('s') ? part.replace(/s/g, 'z') : null));
}

/**
 * A Latin compound (the divine name of Abd-, the name before -ullah or -uddin, the name after Abu) with the second
 * reading `reading` gives its distinguishing part (null: none), as alsoReadLatinName; any other unit as it is.
 */
function alsoReadLatinCompoundPart(u: ParsedUnit, reading: (part: string) => string | null): ParsedUnit {
  const r = u.abjad || u.kind === 'name' || u.kind === 'initial' || u.partAlsoReadAs !== null ? null : reading(u.part);
  return r === null ? u : { ...u, partAlsoReadAs: r };
}

/** A Latin name unit with the second reading `reading` gives it (null: none), by a convention the whole name shows; any other unit as it is. */
function alsoReadLatinName(u: ParsedUnit, reading: (u: ParsedUnit) => string | null): ParsedUnit {
  const r = u.abjad || u.kind !== 'name' ? null : reading(u);
  return r === null ? u : { ...u, alsoReadAs: [...u.alsoReadAs, r] };
}

// Maltese writes sh x and j ġ (Xukri, Xaban, Ġuma = Shukri, Shaban, Juma): in a name with a letter only Maltese writes
// (ħ, ċ: Ħabib Xukri, Ġuma Ħasan), a Latin name's x is also read sh and its ġ j, as in the word that shows it
// (translit/latin.ts; not a ġ alone, which scholarly and chat spellings write for the gh of غ)
const MALTESE_LETTER = /[ħċ]/;
function isMalteseName(normalized: string): boolean {
  return MALTESE_LETTER.test(normalized);
}
function malteseReading(u: ParsedUnit): ParsedUnit {
  const withSh = alsoReadLatinName(u, (w) => ((w.symbols.includes('x') || w.text.includes('ġ')) && !MALTESE_LETTER.test(w.text) ? malteseSymbols(w.text) : null));
  // (… and its għ, read gh as written, is as often the ayn: Għumar = Umar, Għassan = Ghassan)
  return alsoReadLatinName(withSh, (w) => (w.text.includes('għ') ? malteseSymbols(w.text.replace(/għ/g, "'")) : null));
}
const malteseSymbols = (text: string): string => wordToSymbols(text.replace(/ġ/g, 'dž').replace(/x/g, 'š')).symbols;

// Kurmanji writes the short u of Arabic names with its short i (Mihemed, Hisên, Silêman = Muhammad, Husein, Sulayman): in
// a name with a Kurmanji long vowel (ê î û), a Latin name's short i is also read u, its e a, and both at once
const KURMANJI_LONG_VOWEL = /[êîû]/;
function isKurmanjiName(normalized: string): boolean {
  return KURMANJI_LONG_VOWEL.test(normalized);
}
function kurmanjiReading(u: ParsedUnit): ParsedUnit {
  const withU = alsoReadLatinName(u, (w) => (w.symbols.includes('i') ? kurmanjiShortU(w.symbols) : null));
  const withA = alsoReadLatinName(withU, kurmanjiShortA);
  // (both at once: Mihemed = Muhammad)
  return alsoReadLatinName(withA, (w) => {
    const a = kurmanjiShortA(w);
    return a !== null && a.includes('i') ? kurmanjiShortU(a) : null;
  });
}
// (not a last i, nor the i of a last -iye: the nisba -î and its woman's form -îye, Şukrî, Şukrîye, said i)
const kurmanjiShortU = (symbols: string): string => symbols.replace(/i(?!$|ye$)/g, 'u');

// … and its short e is the short a of Arabic and Persian names (Helebceyî, Şerefkendî = Halabjayi, Sharafkandi): in a
// word without ê, which the symbols do not tell from e (Hisên is Husein, not Hasan)
const kurmanjiShortA = (u: ParsedUnit): string | null => (u.symbols.includes('e') && !u.text.includes('ê') ? u.symbols.replace(/e/g, 'a') : null);

// Bengali has one letter, জ, for the j and the z of Arabic names, which Bangladeshi romanisations write j (Mijanur,
// Afroja, Jakir = Mizanur, Afroza, Zakir): in a name that shows a Bangladeshi spelling (Md, Mst, Akter, Miah, Chowdhury,
// Talukder, Sarker, Bhuiyan, Majumder, Howlader, Patwary, Khondaker, Sikder, Mridha (Mirdha), Mondal, Bepari, Pramanik, Akanda;
// X-ur Rahman, an X-ul or X-ur name before Islam, Haque, Alam, Hasan… written apart, not an Abdul or Abdur; Hossain or Mia,
// or a woman's Nahar, Nesa, Begum as the last word, in Latin or Cyrillic letters, not the Afghan
// and Iranian given name of Ghulam Hossain Jafari), a Latin name's j is also read z
const BANGLADESHI_FAMILY_NAMES = 'chowdhury|talukder|sarker|sarder|bhuiyan|bhuiya|bhuyan|majumder|howlader|hawlader|patwary|patwari|patowary|khondaker|khondoker|sikder|shikder'
  + '|mridha|mirdha|mondal|mondol|bepari|bepary|bapari|pramanik|akanda|akand|matubbar|matbar|khalashi|kholashi|dhali|laskar|lashkar|gazi|mollah|munshi'
  // (and in Cyrillic copies: Мохаммад Сохаг Бепари = Sohag Bepari)
  + '|чоудхури|талукдер|саркер|сардер|бхуйян|бхуян|бхујан|бхуија|маджумдер|ховладер|патвари|патовари|кхондакер|сикдер|мридха|мондал|бепари|бапари|праманик|аканда|аканд'
  + '|матуббар|матубар|матбар|халаши|дхали|ласкар|лашкар|моллах|мунши|талукдар|хауладер|ховладар|бхуйян|бхуиян|саркар|сикдар|чоудхури|чаудхури';
const BANGLADESHI_WORDS = `md|mst|mosammat|akter|akhter|miah|${BANGLADESHI_FAMILY_NAMES}`;
const BANGLADESHI_LAST_WORDS = 'hossain|hossen|mia|миа|миах|хоссаин|хоссайн|хоссен|nahar|naher|nesa|nessa|begum|begam|нахар|несса|неса|бегум';
const BANGLADESHI_SECOND_NAMES = 'islam|haq|haque|hoque|huq|alam|hasan|hassan|huda|hoda|karim|kabir|bari|amin|rahim';
// (not the names whose own ending that is, Nur, Gul, Rasul, Timur, Taimur, Mansur, Maqbul…: Mohammad Rasul Amin is Rasul
// Amin's son)
const NOT_BENGALI_UL = '(?:rasoo?l|rasul|timur|teymur|taimur|taimoor|temur|mansou?r|masrur|manzoo?r|shakoo?r|shakur|shukur|ghaf[ou]r|gafur|ghafoor|maqbool|maqbul|makbul|babur|bahlul)';
const NOT_BENGALI_UL_CYRILLIC = '(?:расул|тимур|теймур|таймур|темур|мансур|масрур|манзур|шакур|шукур|гафур|макбул|бабур|бахлул)';
// (and in Cyrillic copies: Мохамад Мизанур Рахман Бепари = Mizanur Rahman Bepary)
const BANGLADESHI_SECOND_NAMES_CYRILLIC = 'ислам|хак|хаке|хук|алам|хасан|хассан|худа|карим|кабир|бари|амин|рахим';
const BANGLADESHI_NAME = new RegExp(`(?:^| )(?:${BANGLADESHI_WORDS})(?: |$)|ur[ -]rahman(?: |$)|ур[ -]рахман(?: |$)|(?:^| )(?!ab[dt]|avd|${NOT_BENGALI_UL}(?: ))[a-z]{2,}[^aeiou ](?:ul|ur) (?:${BANGLADESHI_SECOND_NAMES})(?: |$)`
  + `|(?:^| )(?!абд|авд|${NOT_BENGALI_UL_CYRILLIC}(?: ))[а-я]{2,}[^аеиоуяю ](?:ул|ур) (?:${BANGLADESHI_SECOND_NAMES_CYRILLIC})(?: |$)| (?:${BANGLADESHI_LAST_WORDS})$`
  // (or a name of the form Reza-ul, Zia-ur written as one word, whose Bengali link follows a vowel: Rezaul, Rejaul, Ziaur, Ataur)
  + '|(?:^| )(?!shaul )[a-z]{2,}[ai]u[lr](?: |$)');
// (every such name has one of those words, or a word that ends in the ul or ur of Ur Rahman, Ul Islam)
// (… or a word in Bengali script: মোহাম্মদ কবির হোসাইন = Kabir Hossain)
const BENGALI_LETTER = /[\u0980-\u09ff]/;
const BANGLADESHI_SIGN = new RegExp(`^(?:${BANGLADESHI_WORDS}|${BANGLADESHI_LAST_WORDS})$|u[lr]$|у[лр]$|${BENGALI_LETTER.source}`);
function isBangladeshiName(normalized: string): boolean {
  return BANGLADESHI_NAME.test(normalized) || BENGALI_LETTER.test(normalized);
}
// … and the family name Mridha, মৃধা, whose Bengali vowel ৃ, ri, is written ir as often (Mirdha) — that word only: Kirti
// (কীর্তি) is not Kriti (কৃতি)
const BENGALI_RI_WRITTEN_IR = /^(m)ir(?=Da$)/;
// … and the wa of Arabic names, which Bengali says and Bangladeshi spellings write o (ওহিদ, ওলি = Ohid, Oli = Wahid,
// Wali): a first o before a consonant and a vowel also read wa (not before a second vowel: Ozair is Uzair, not Wazir)
const BENGALI_WA_WRITTEN_O = /^o(?=[^aeiouAIUEOWY'][aeiouAIUEO](?:[^aeiouAIUEOWY]|$))/;
function bangladeshiReading(u: ParsedUnit): ParsedUnit {
  const withZ = alsoReadLatinName(u, (w) => (w.symbols.includes('j') ? w.symbols.replace(/j/g, 'z') : null));
  const withWa = alsoReadLatinName(withZ, (w) => (BENGALI_WA_WRITTEN_O.test(w.symbols) ? w.symbols.replace(BENGALI_WA_WRITTEN_O, 'wa') : null));
  return alsoReadLatinName(withWa, (w) => (BENGALI_RI_WRITTEN_IR.test(w.symbols) ? w.symbols.replace(BENGALI_RI_WRITTEN_IR, '$1ri') : null));
}

// Serbian and Macedonian papers write the first е of Kazakh, Kyrgyz and Russian names, said ye, je (Jeržan Jermekov, Jeldar
// Jevlojev = Ержан Ермеков, Ельдар Евлоев = Yerzhan Yermekov): in a Latin name with a Slavic letter (ž š č ć đ) or a
// Russian family name's ending, a word that begins with je before two consonants is also read with e (not Jemma, Jerbi:
// a name without those signs)
const SERBIAN_YE_FIRST = /^je(?=[^aeiouy\s]{2})/;
const SLAVIC_SIGN = /[žščćđ]|(?:ov|ev|ova|eva)(?: |$)/;
function isSerbianCopyOfRussianName(normalized: string): boolean {
  return SLAVIC_SIGN.test(normalized) && normalized.split(' ').some((w) => SERBIAN_YE_FIRST.test(w));
}
function serbianYeReading(u: ParsedUnit): ParsedUnit {
  return alsoReadLatinName(u, (w) => (SERBIAN_YE_FIRST.test(w.text) ? wordToSymbols(w.text.slice(1)).symbols : null));
}

// A Pashtun tribal name, -zai or -khel after a name of two consonants or more, in Latin or Cyrillic letters (Ahmadzai,
// Yousafzai, Karzai, Sulaimankhel, Ахмадзай; not Rezai, Khazai, Faizai, the nisba after a vowel, nor Mikhail; Arabic
// script writes -zai زی, which normalised is the زي of Arab nisbas, Hijazi)
/** The -zai or -khel a Pashtun tribe's name ends in, in Latin or Cyrillic letters (structure.ts: its Al- is no article). */
export const PASHTUN_TRIBE_END = /(?:zai|zay|zaj|zei|khel|xel|зай|зај|зей|хел)$/;
// (… and in Arabic script the زئی of Pashto and Urdu spellings, which normalised is زيي: not the nisba زي of Hijazi)
const PASHTUN_TRIBE_END_ARABIC = /زيي$/;
export const isPashtunTribe = (word: string): boolean => {
  const end = PASHTUN_TRIBE_END.exec(word) ?? PASHTUN_TRIBE_END_ARABIC.exec(word);
  return end !== null && consonantCount(wordToSymbols(word.slice(0, end.index)).symbols) >= 2;
};
const PASHTUN_TRIBE_IN_NAME = /(?:zai|zay|zaj|zei|khel|xel|зай|зај|зей|хел|زيي)(?: |$)/;
// … or, as its last word, a tribe or clan name of Pashtuns and Pakistanis without it (Muhammad Waqas Khattak, Mohammad
// Yusuf Wardak, Muhammad Irfan Butt), in any script; or in Arabic script a letter of Pashto or Urdu (محمد اصغر خټک, محمد
// شاہد بٹ: normalised, the Urdu ٹ ڈ are the Pashto ټ ډ). Not Khan, which Afghans also write after a father's name given
// as a family name (Mohammad Mansur Ali Khan may be Mansur Ali Khan's son)
// (the Pashtun tribes, of Afghanistan and Pakistan; and the clans of Punjab, Sindh and Balochistan, the only ones whose
// names show Pakistani titles, below)
const PASHTUN_TRIBES = 'khattak|khatak|afridi|shinwari|wardak|mohmand|momand|kakar|durrani|zadran|jadran|bangash|hotak|tokhi|popal|mehsud|mahsud|marwat'
  + '|хаттак|хатак|африди|шинвари|вардак|какар|дуррани|дурани|задран|хотак|попал|марват|бангаш|моманд|мохманд|мехсуд|тохи|токхи'
  // (not Махсуд, which is also the Uzbek Maqsud)
  + '|افريدي|وردك|شينواري|بنگش|مومند|خټك|خٹك|محسود|توخي';
const PUNJABI_SINDHI_BALOCH_CLANS = 'butt|bhatti|cheema|bajwa|gondal|awan|janjua|khokhar|warraich|randhawa|tarar|gujjar|arain'
  + '|virk|chattha|ghuman|kahlon|jatoi|leghari|laghari|bugti|talpur|soomro|junejo|mughal|sandhu|dhillon|chauhan|chohan|minhas|satti'
  + '|dogar|kharal|rind|magsi|mengal|marri|sahi|solangi|avan|соомро|اراييں|ارايين'
  // (and the Sindhi, Punjabi and Syed family names whose spellings are South Asian: Bhutto, Memon, Naqvi, Rizvi, Kazmi;
  // not Abbasi, Ansari, Zaidi, Gilani, Bukhari, nor Qureshi, Hashmi, Siddiqui, which Gulf Arabs write so too: Al Hashmi)
  + '|waraich|sumro|chatha|araein|gujar|jutt'
  + '|bhutto|jatt|kayani|khosa|chandio|memon|tiwana|sial|rajput|naqvi|rizvi|kazmi|jafri|raisani|raeesani|bizenjo'
  + '|бхутто|каяни|хоса|чандио|мемон|тивана|раджпут|накви|ризви|казми|джафри|райсани|бизенджо'
  + '|مينگل|بگتي|رييساني|بزنجو|لغاري|سومرو|تالپور'
  + '|сахи|соланги|аван|араин|гуджар|джанджуа|хохар|рандхава|кахлон|джатой|легхари|бугти|талпур|сумро|джунеджо|батт|чима|баджва|бхатти|тарар|вирк|гондал|варрайч|хокхар|могол|мугал|санду|сандху|диллон|чаухан|минхас|сатти|догар|харал|ринд|магси|менгал|марри'
  + '|ساهي|سولنگي|كاهلون|سندهو|چيمه|باجوه|ورك|اعوان|جنجوعه|كهوكهر|مغل|گوندل';
// the nisbas of Afghanistan's provinces and valleys, which Afghans of every people carry as family names (Mohammad Fahim
// Panjshiri, Baqir Jaghori, Gulchehra Badakhshi), in the spellings of tazkiras, Balkan and German papers and Dari (as
// normalised)
const AFGHAN_PLACE_NISBAS = 'panjshiri|panjsheri|pandschiri|pandžširi|pandzsiri|jaghori|jaghuri|dschaghori|džagori|badakhshi|badakhshani|badachschi'
  + '|badahši|logari|parwani|parvani|kohistani|baghlani|ghaznawi|ghaznavi|kandahari|nangarhari|laghmani|kunduzi|takhari|faryabi|jowzjani'
  + '|samangani|bamyani|bamiyani|uruzgani|urozgani|oruzgani|zabuli|daikundi|nuristani|paktiawal|khosti|kunari|kapisi|ghori|ghowri'
  + '|ghauri|kabuli|balkhi|herawi|herati|harawi|helmandi|farahi|badghisi|кабули|балхи|герави|гильманди|كابلي|بلخي|هروي|هراتي|هلمندي|فراهي|بادغيسي'
  + '|панджшири|панџшири|джагори|џагори|бадахши|бадахшани|логари|парвани|кохистани|баглани|газнави|кандагари|нангархари|лагмани'
  + '|кундузи|тахари|фарьяби|бамияни|урузгани|забули|нуристани'
  + '|پنجشيري|جاغوري|بدخشي|بدخشاني|لوگري|پرواني|كوهستاني|بغلاني|غزنوي|قندهاري|ننگرهاري|لغماني|كندزي|تخاري|فاريابي|جوزجاني|سمنگاني'
  + '|بامياني|ارزگاني|اروزگاني|زابلي|دايكندي|نورستاني|خوستي|كنري|غوري';
const PAKISTANI_OR_AFGHAN_FAMILY = new RegExp(`^(?:${PASHTUN_TRIBES}|${PUNJABI_SINDHI_BALOCH_CLANS}|${AFGHAN_PLACE_NISBAS})$`);
const PUNJABI_SINDHI_BALOCH_CLAN = new RegExp(`^(?:${PUNJABI_SINDHI_BALOCH_CLANS})$`);
const PASHTO_OR_URDU_LETTER = /[ټډړڼښږځڅں]/;
const isPakistaniOrAfghanFamily = (word: string): boolean => PAKISTANI_OR_AFGHAN_FAMILY.test(word);
function isPashtunName(normalized: string): boolean {
  if (PASHTO_OR_URDU_LETTER.test(normalized)) return true;
  const words = normalized.split(' ');
  return (PASHTUN_TRIBE_IN_NAME.test(normalized) && words.some(isPashtunTribe)) || (words.length > 1 && isPakistaniOrAfghanFamily(words[words.length - 1]!))
    || (words.length > 2 && isPakistaniOrAfghanFamily(words[0]!));
}

// … and there Muhammad written out before two names or more is the prefix Md abbreviates, which other papers leave out as
// often (Mohammad Mizanur Rahman Bhuiyan = Mizanur Rahman Bhuyan); elsewhere it is a given name (Mohammad Ali Hassan is
// Ali Hassan's son)
// (the French Mouhammad too)
const MUHAMMAD_WRITTEN = /^m[ouU]ham[ae]d$/;
const MUHAMMAD_WRITTEN_ARABIC = 'mhmd';
const asPrefix = memoisedPerUnit((u) => ({ ...u, muhammadPrefix: true }));
const isMuhammadWritten = (u: ParsedUnit | undefined): u is ParsedUnit =>
  u !== undefined && u.kind === 'name' && (u.abjad ? u.symbols === MUHAMMAD_WRITTEN_ARABIC : MUHAMMAD_WRITTEN.test(u.symbols));
// … and so are the titles Pakistani papers write before it or the given name, which others leave out (Malik Muhammad
// Akram Awan, Sardar Ataullah Mengal, Chaudhry Shujaat Hussain, ملک کاشف سندھو = Kashif Sandhu): in such a name only, as
// Malik, Rana, Raja, Mir, Hafiz are given names elsewhere (Rana Ahmad Hassan is Ahmad Hassan's daughter)
// (Hafiz, one who knows the Quran by heart, and Mirza too, which begin given names elsewhere: Hafiz Rahman, Mirza
// Fakhrul; not Mir, which begins given names there too: Mir Wais; and Chaudhry in any spelling, Ch. as papers abbreviate it)
const SOUTH_ASIAN_TITLE = new RegExp('^(?:sardar|malik|rana|raja|mian|miyan|nawab|makhdoom|makhdum|pir|peer|hafiz|mirza'
  + '|khawaja|khwaja|khuwaja|begum|сардар|малик|рана|раджа|миан|мијан|миян|наваб|махдум|пир|хафиз|мирза|ходжа|хаваджа|бегум'
  + '|سردار|ملك|رانا|راجه|راجا|ميان|مياں|نواب|مخدوم|پير|حافظ|مرزا|ميرزا|خواجه|بيگم)$');
const isSouthAsianTitle = (u: ParsedUnit | undefined): u is ParsedUnit => u !== undefined
  && ((u.kind === 'name' && (SOUTH_ASIAN_TITLE.test(u.text) || isChaudhry(u.text))) || (u.kind === 'initial' && u.text === CHAUDHRY_ABBREVIATED));
// (but Hafiz and Pir before Rahman, Ullah, Bakhsh are the given names Hafiz-ur-Rahman, Hafizullah, Pir Bakhsh)
const HAFIZ_OR_PIR = /^(?:hafiz|pir|peer|хафиз|пир|حافظ|پير)$/;
const COMPOUND_SECOND = /^(?:r[ae]h?man|рахман|رحمن|الرحمن|ull?ah?|улл?ах?|الله|bakh?sh|bux|бахш|بخش|dad|дад|داد)$/;
const titleOfItsName = (u: ParsedUnit, next: ParsedUnit | undefined): boolean => next !== undefined && HAFIZ_OR_PIR.test(u.text) && COMPOUND_SECOND.test(next.text);
// (a police list that writes the family name first puts the prefix second: TARAR Muhammad Faizan Rasheed, BEPARI Mohammad Sohag)
const BANGLADESHI_FAMILY_NAME = new RegExp(`^(?:${BANGLADESHI_FAMILY_NAMES})$`);
/** Whether a word is a family, tribe or clan name of Pakistanis, Afghans or Bangladeshis, never a given name (Talukder, Bajwa). */
export const isSouthAsianFamilyName = (text: string): boolean => isPakistaniOrAfghanFamily(text) || BANGLADESHI_FAMILY_NAME.test(text);
const familyFirst = (units: ParsedUnit[]): boolean => isSouthAsianFamilyName(units[0]!.text);
// (the titles only in a name of Punjab, Sindh and Balochistan, shown by a clan name of theirs or an Urdu letter: not in the
// Bangladeshi and Afghan names the prefix is read in too)
const showsPakistaniTitles = (units: ParsedUnit[]): boolean => units.some((u) => PASHTO_OR_URDU_LETTER.test(u.text) || PUNJABI_SINDHI_BALOCH_CLAN.test(u.text));
function withMuhammadPrefix(units: ParsedUnit[], written: WrittenSigns): ParsedUnit[] {
  if (units.length < 3) return units;
  const from = familyFirst(units) ? 1 : 0;
  let to = from;
  const titles = written.urdu || showsPakistaniTitles(units);
  while (titles && to < units.length && isSouthAsianTitle(units[to]) && !titleOfItsName(units[to]!, units[to + 1])) to++;
  if (isMuhammadWritten(units[to])) to++;
  // (two names at least left: Malik Akram is Akram Malik's name, Muhammad Akram a given name of two)
  if (to === from || units.length - (to - from) < 2) return units;
  return units.map((u, i) => (i >= from && i < to ? asPrefix(u) : u));
}

// Albanian writes the father's name with its definite article -i as often as without (Sadije Rexhepi Krasniqi = Sadije
// Rexhep Krasniqi, Xhevat Ismaili Hoxha): in a name Albanian letters mark (xh, or ë after a consonant: Arbër, not the
// French Ismaël), a Latin name between the first and the last that ends in -i after a consonant is also read without
// it. Not the first or the last: the -i of a family name (Rexhepi, Ahmeti) tells it from the given name, and a grandson
// named after his grandfather is another person (Ahmet Rexhepi / Rexhep Ahmeti)
const ALBANIAN_LETTERS = /xh|[^aeiouy\s]ë/;
// (after a vowel and one consonant: Rexhepi, Ismaili, Hasani, Bajrami; not Sabri, Hamdi, Lutfi, whose -i is the name's)
const DEFINITE_I = /..[aeiouAIUEO][^aeiouAIUEOWYQ']i$/;
function isAlbanianName(normalized: string): boolean {
  return ALBANIAN_LETTERS.test(normalized);
}
const withoutDefiniteI = memoisedPerUnit((u) => alsoReadLatinName(u, (w) => (DEFINITE_I.test(w.symbols) ? w.symbols.slice(0, -1) : null)));
function withAlbanianDefiniteFather(units: ParsedUnit[]): ParsedUnit[] {
  if (units.length < 3) return units;
  return units.map((u, i) => (i === 0 || i === units.length - 1 ? u : withoutDefiniteI(u)));
}

// Sorani Kurdish letters (ە ۆ ڕ ڵ): a name written with them is Kurdish in all its Arabic-script words, which write
// short vowels and have no ث ذ ض ظ, as the words with the letters do (شڤان خەلەف موراد = شفان خلف مراد)
const KURDISH_LETTER = /[ەۆڕڵ]/;
// the letters of Tajik Cyrillic and Uzbek Latin, and the family and given name endings of Central Asian papers (Аҳрор,
// Xoʻjayev, Rahmonov, Rachmonow, Usmonova, Nazarzoda, Shodmonjon, Ulugbek, and the -niso of women's names, -nisā, its
// alif an o: Zebuniso = زیب‌النسا), of a word as normalised
const TAJIK_OR_UZBEK_LETTERS = "[ҳқғӯӣҷ]|[og]['ʻ‘]";
const TAJIK_OR_UZBEK_ENDINGS = '(?:[oe][vw]a?|zoda|jon|bek|niso|ов|ова|ев|ева|зода|джон|жон|бек|нисо)';
const TAJIK_OR_UZBEK_WORD = new RegExp(`${TAJIK_OR_UZBEK_LETTERS}|${TAJIK_OR_UZBEK_ENDINGS}$`);
// (… an ending at the end of any word of the name)
const TAJIK_OR_UZBEK_IN_NAME = new RegExp(`${TAJIK_OR_UZBEK_LETTERS}|${TAJIK_OR_UZBEK_ENDINGS}(?=$|[\\s-])`);
function isTajikOrUzbekName(normalized: string): boolean {
  return TAJIK_OR_UZBEK_IN_NAME.test(normalized);
}
// (one flagged copy per unit object: memoisedPerUnit)
function tajikOrUzbekUnit(u: ParsedUnit): ParsedUnit {
  return u.abjad ? u : { ...u, tajikOrUzbek: true };
}

// Turkish and Albanian letters (ç ğ ı ş ö ü, xh; not the ë of French Ismaël, Joël, which Albanian writes too), and the
// Kurmanji long vowels ê î û: a name written with them makes a woman's name with -e, which other Latin spellings write as
// a silent e (feminine-forms.ts: Halime Yılmaz is not Halim Yılmaz, Kerîme not Kerîm, Ibrahime is Ibrahim)
function isTurkishOrAlbanianName(normalized: string): boolean {
  return TURKISH_OR_ALBANIAN_LETTERS.test(normalized);
}
// (one flagged copy per unit object: memoisedPerUnit)
// (only a unit that may be a woman's name in -e is flagged: a unit flagged is one of its own, and compared anew)
function turkishOrAlbanianUnit(u: ParsedUnit): ParsedUnit {
  return u.abjad || u.kind !== 'name' || !mayEndInFeminineE(u.text) ? u : { ...u, turkishOrAlbanian: true };
}
// … and of those, the letters French and German do not write, ı ğ ş and xh: a woman's -e after n or e only in a name with
// one (Emine Yılmaz, Fikrete Hoxha; not Mohamed Amine Müller, Michele Schröder; feminine-forms.ts)
const TURKISH_LETTER = /[ığş]|xh/;
function hasTurkishLetter(normalized: string): boolean {
  return TURKISH_LETTER.test(normalized);
}
function turkishLettersUnit(u: ParsedUnit): ParsedUnit {
  return u.turkishOrAlbanian !== true ? u : { ...u, turkishLetters: true };
}

// Azerbaijani Latin writes j with c, as a word with its ə reads (translit/latin.ts): in a name with one, the c of its
// other words too (Cavid Əliyev = Javid Aliyev)
function isAzerbaijaniName(normalized: string): boolean {
  return AZERBAIJANI_SCHWA.test(normalized);
}
function azerbaijaniReading(u: ParsedUnit): ParsedUnit {
  return alsoReadLatinName(u, (w) => (/c/.test(w.text) && !AZERBAIJANI_SCHWA.test(w.text) ? wordToSymbols(w.text.replace(/c/g, 'dj')).symbols : null));
}

function isKurdishName(normalized: string): boolean {
  return KURDISH_LETTER.test(normalized);
}
// (one flagged copy per unit object: memoisedPerUnit)
// (… and a consonant it writes twice is one said long, the shadda Arabic script leaves unwritten: موحەممەد, عەممار = محمد,
// عمار)
// (in a word with a Kurdish letter: the Arabic-spelled ممدوح, ممتاز of such a name write a vowel between)
const KURDISH_DOUBLED = /([^aeiouAIUEOWYQ'])\1/g;
function kurdishUnit(u: ParsedUnit): ParsedUnit {
  if (!u.abjad) return u;
  const single = u.kind === 'name' && KURDISH_LETTER.test(u.text) ? u.symbols.replace(KURDISH_DOUBLED, '$1') : u.symbols;
  return { ...u, kurdish: true, alsoReadAs: single === u.symbols ? u.alsoReadAs : [...u.alsoReadAs, single] };
}
