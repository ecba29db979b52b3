/**
 * Name structure: words → name units. A unit is what a person would call one name: "Abdul Rahman",
 * "Habib Ullah", "Salah ad-Din", "Abu Bakr" are one unit each; the article al-/el-/ul- (and ar-, as-, ash-,
 * ad-, an- before sun letters) is a flag on its unit; bin/ibn/bint/ould mark a lineage and are not units;
 * -zai/-khel/-zada written apart are joined to their name. Recognition works on phonetic symbols, so it is
 * the same for every script.
 */
import { followsAbd } from './abd-names';
import { consonantCount, consonantsOf, foldVowels } from './phonetic';
import { ABBREVIATED_TITLE, isHonorificOnly, TitleKind, titleKindOf } from './titles';
import { compoundSecondAlif, withFaailVowel } from './translit/arabic';
import { endsInZaItself, GREEK_PAIR, greekLetters } from './translit/latin';
import { PASHTUN_TRIBE_END, withConventionsOfWholeName, wordSigns, type WrittenSigns } from './name-conventions';
import { CHAUDHRY_ABBREVIATED } from './chaudhry';
import { abdoWrittenApart } from './abdo-apart';
import { bengaliReadings, greekReadings, wordReadings } from './word-readings';
import { CHAT_QAF, hasChatQaf } from './translit/arabizi';
import { wordToSymbols } from './translit/index';
import { CHILD_OF, SHAH_NAME_SECOND_HALVES, WIFE_OF } from './normalize';
import type { ParsedUnit, UnitKind } from './parsed-unit';

/** What a lineage marker between two names says of the person: son of, daughter of, wife of the name after it. */
export const enum Lineage { None = 0, Son = 1, Daughter = 2, Wife = 3 }

export interface ParsedName {
  units: ParsedUnit[];
  /** bin/ibn/bint/ould appeared: the name is a lineage chain */
  lineageMarker: boolean;
  /** what the first marker says (bin, ibn, ould, s/o: son; bint, mint, d/o: daughter; w/o: wife), None for none or Ait, Bou */
  lineage: Lineage;
  /** the unit after that marker, the relative it names (the father, or the husband after w/o); -1 for none */
  relativeAt: number;
  /** titles and honorifics written before the name (Dr., Sheikh, Hajji), as written; not units */
  titles: string[];
}

interface Piece {
  text: string;
  sym: string;
  /** symbols without a leading glottal onset */
  bare: string;
  abjad: boolean;
  /** what the word can be in a name (Role bits), computed once per distinct word */
  role: number;
}

const enum Role {
  Article = 1, SunArticle = 2, Bin = 4, Abd = 8, Abu = 16, Umm = 32, Allah = 64, Din = 128, Suffix = 256,
  Title = 512, Honorific = 1024, Initial = 2048,
}

const CONSONANT_BUT_FINAL_H = /[bptdkqgfvwylmnrszhjcZDTxGCKSH](?!$)|[bptdkqgfvwylmnrszjcZDTxGCKSH]$/;

const ARTICLE = /^[aeiouAE]?l$/;
// (and the o of Persian links before s, z, d, sh: Qamar oz-Zaman, Naser od-Din; not or, on, ot, which begin names alone —
// but see BENGALI_OR)
// (and the French ech, ach before ch, its sh: Ech-Chaari = ash-Shaari = الشعري)
const SUN_ARTICLE = /^(?:[aeuA][tTdDrzscnZC]|o[szdc])$/;
// (the or of Bengali links, অর, after a name and before r: Harun-or-Rashid, Mamun Or Rashid = Harunur Rashid, Mamunur Rashid)
const BENGALI_OR = new Set(['or', 'ор', 'অর']);
// (and the Berber Ait, "sons of", and the Maghrebi Bou of family names: Ait Ahmed = Aitahmed = آيت أحمد, Bou Aziz =
// Bouaziz)
// (the marker normalisation writes for w/o, as the parser reads it)
const WIFE_OF_SYMBOLS = wordToSymbols(WIFE_OF).symbols;
const CHILD_OF_SYMBOLS = wordToSymbols(CHILD_OF).symbols;
// (walad, ولد written out, and with the Persian izafat, walad-e; and the Sudanese and Chadian wad, wald, ود: Mohammad Ali
// walad Mohammad Hassan, Ahmad Shah walad-e Gul Mohammad, Mohamed Wad Ahmed, Wald Qaddur)
const BIN = new Set(['bin', 'ben', 'ibn', 'bn', 'bint', 'bent', 'bnt', 'Uld', 'uld', 'wld', 'wuld', 'wUld', 'Wld', 'weld', 'walad', 'walade', 'valad', 'valade', 'wald', 'wad', 'Wd', 'bnu', 'binu', 'ait',
  'ajt', 'Yt', 'bU', 'mint', 'mnt', WIFE_OF_SYMBOLS, CHILD_OF_SYMBOLS]);
// … and what each says of the person (the Mauritanian mint is bint; the "wife of" normalisation writes for w/o)
const DAUGHTER_OF = new Set(['bint', 'bent', 'bnt', 'mint', 'mnt']);
const WALAD_WITH_IZAFAT = new Set(['walad', 'valad']);
const NEUTRAL_MARKER = new Set(['ait', 'ajt', 'Yt', 'bU', CHILD_OF_SYMBOLS]);
// (of which the Berber Ait and the Maghrebi Bou begin family names only; in Latin and Cyrillic letters also with the
// vowel short, Bu Azza, Бу Азза)
const FAMILY_NAME_MARKER = new Set(['ait', 'ajt', 'Yt', 'bU']);
const FAMILY_NAME_MARKER_FOLDED = new Set([...FAMILY_NAME_MARKER].map(foldVowels));
const isFamilyNameMarker = (p: Piece): boolean => FAMILY_NAME_MARKER.has(p.bare) || (!p.abjad && FAMILY_NAME_MARKER_FOLDED.has(foldVowels(p.bare)));
const lineageOf = (bare: string): Lineage => (DAUGHTER_OF.has(bare) ? Lineage.Daughter : bare === WIFE_OF_SYMBOLS ? Lineage.Wife : NEUTRAL_MARKER.has(bare) ? Lineage.None : Lineage.Son);
// Latin and Cyrillic spellings also with vowel length folded (Бину = Beenou); Arabic-script ones exactly
const BIN_FOLDED = new Set([...BIN].map(foldVowels));
// matched against the symbols with the glottal onset: Arabic أبو / أم start with alif, بو alone is not Abu (Dutch writes
// it Aboe)
const ABU = new Set(['abu', 'abo', 'abU', 'ebu', "'bW", "'abu", 'abul', 'abUl', 'abol', "'bWl", "'bY", 'aboe']);
// French Oum (Oum Kalthoum) is Um with a long U
// (not أمل, which is Amal, a name of its own)
// (and the Umme of South Asian spellings, Umm with the izafat, also as Ummay, Ummey, and the Persian Omme, Ummeh: Umme
// Kulsum, উম্মে হাবিবা, Ummay Habiba = Umm Kulthum, Umm Habiba)
const UMM = new Set(['um', 'om', 'umu', 'umul', "'m", 'Um', 'Uml', 'ume', 'umai', 'umei', 'umeh', 'ome', 'omeh']);
// (Umu with one m is also the West African given name Oumou: Umu Seidu Keita = Oumou Keita; ParseOptions.umuAsName)
export const UMU_WITH_ONE_M = /^[uу][mм][uу]$/;
// Abd starts with ayn (Arabic script) or a vowel (Latin and Cyrillic spellings): بدة is not عبد; Somali writes the
// ayn c (Cabdi, Cabdiraxmaan: a Latin c before a is the symbol K)
// (not Abdi, a Somali name of its own: Ahmed Abdi Jama; Abdi- joined to a divine name is ABD_LINK_I)
// (and the Dutch Abdoel, whose oe is u: Abdoel Rahman = Abdul Rahman)
const ABD_PIECE = /^('|K?[aeiouA])bd([aeuoAWU]l?|oel)?$/;
// … which, ending in a vowel, is also the name Abdo / Abdu (عبده, عبدو) of its own
const ABD_NAME_PIECE = /^('|K?[aeiouA])bd[aeuoAWU]$/;
const ABD_GLUED = /^('[aeiou]?|K?[aeiouA])bd(.+)$/;
/** Whether piece j is a name of its own, not the first word of a compound the words after it make (Mohi al-Din, Habib Allah). */
function standsAsOneName(pieces: Piece[], j: number): boolean {
  const p = pieces[j]!;
  const after = pieces[j + 1];
  if (p.role !== 0 || gluedUnit(p).kind !== 'name') return false;
  if (after === undefined) return true;
  if ((after.role & (Role.Din | Role.Allah | Role.Suffix)) !== 0) return false;
  const second = pieces[j + 2];
  return !((after.role & (Role.Article | Role.SunArticle)) !== 0 && second !== undefined && (second.role & (Role.Din | Role.Allah)) !== 0);
}
const GHULAM = new Set(['ghulam', 'gholam', 'golam', 'gulam', 'ghoulam', 'goulam', 'ghulom', 'gulom', 'gh', 'голам', 'гулам', 'гхулам', 'гулом', 'غلام', 'গোলাম', 'গুলাম']);
const GHULAM_SYMBOLS = wordToSymbols('ghulam').symbols;
// Bani (بني, بنو: sons of) before a tribe's or family's name after a given name (Bani Hani, Beni Hani, بني هاني =
// Banihani): one name, written Bani whichever case or spelling (not a Latin Banu: the Bano, بانو, of women's names,
// Tahira Banu)
const BANI = new Set(['bani', 'beni', 'bany', 'бани', 'бени', 'بني', 'بنو']);
const BANI_SYMBOLS = wordToSymbols('bani').symbols;
// (in Arabic script only: in Latin letters Ba is the Fulani family name Bâ as well, Amadou Ba Diallo)
const BA = new Set(['با']);
const IZAFAT = new Set(['e', 'i', 'е', 'и']);
const ABED = /^(?:abed|абед)$/;
const ABID_BEFORE = /^(?:ali|hus+[ae]i?n|has+[ae]n|zahra|mahdi|rida|reza|nabi|али|хус+е[ий]н|хас+ан)$/;
// The first words of Ethiopian and Eritrean compound names (servant, gift, child, plant, power, hope, covenant, light,
// love, seed of) that never stand alone before the names of God, Mary and the saints they are joined to; as written in
// Latin, Cyrillic and Ethiopic letters. (Not the names that do stand alone, Haile, Tekle, Habte as given names before a
// father's name: only before these second words.)
const ETHIOPIAN_COMPOUND_FIRST = new Set([
  'gebre', 'ghebre', 'gebra', 'ghebra', 'gabre', 'gabra', 'guebre', 'guèbrè', 'guebré', 'wolde', 'woldé', 'welde', 'walde', 'habte', 'hapte', 'tekle', 'teklai',
  'haile', 'hayle', 'tesfa', 'kidane', 'berhane', 'birhane', 'fikre', 'zere', 'zera',
  'гебре', 'гхебре', 'волде', 'уолде', 'хабте', 'текле', 'хайле', 'тесфа', 'кидане', 'берхане', 'фикре', 'зере',
  'ገብረ', 'ወልደ', 'ሃብተ', 'ሀብተ', 'ተክለ', 'ኃይለ', 'ሃይለ', 'ሓይለ', 'ተስፋ', 'ኪዳነ', 'ብርሃነ', 'ፍቅረ', 'ዘረ',
]);
const ETHIOPIAN_COMPOUND_SECOND = new Set([
  'mariam', 'maryam', 'mariyam', 'giorgis', 'ghiorghis', 'giyorgis', 'selassie', 'sellassie', 'silassie', 'selasie',
  'yesus', 'iyesus', 'medhin', 'medhn', 'kristos', 'christos', 'egziabher', 'egziabiher', 'egzabher', 'tsion', 'tsiyon',
  'zion', 'tinsae', 'tensae', 'haimanot', 'haymanot', 'kidan',
  'мариам', 'марьям', 'гиоргис', 'гиёргис', 'селассие', 'селасие', 'йесус', 'иесус', 'медхин', 'кристос', 'эгзиабхер',
  'цион', 'сион', 'тинсае', 'хайманот', 'кидан',
  'ማርያም', 'ጊዮርጊስ', 'ሥላሴ', 'ስላሴ', 'ኢየሱስ', 'የሱስ', 'መድህን', 'መድኅን', 'ክርስቶስ', 'እግዚአብሔር', 'ጽዮን', 'ትንሳኤ',
  'ትንሣኤ', 'ሃይማኖት', 'ኪዳን',
]);
// The Sudanese compounds of a name and al- + an epithet of God or of the Prophet (Awad al-Karim, Hasab al-Rasul, Fadl
// al-Mula, Gad al-Rabb, Hasab al-Nabi): their first names, which are the gifts and favours of the one named after them,
// and their second names without the article, in Latin, Cyrillic and Arabic letters (not any name before a family name
// al-Karim, al-Nabi: Yamen Bashar Al-Kareem)
const DIVINE_COMPOUND_FIRST = new Set([
  'awad', 'awadh', 'auad', 'hasab', 'hassab', 'fadl', 'fadul', 'fadol', 'fadal', 'gad', 'jad', 'gadd', 'jadd', 'hab', 'habb',
  'khalaf', 'ataa', 'atta', 'ata', 'dafa', 'dafaa', 'sir', 'sirr',
  'авад', 'хасаб', 'фадл', 'фадул', 'гад', 'джад', 'хаб', 'халаф', 'ата',
  'عوض', 'حسب', 'فضل', 'جاد', 'حب', 'خلف', 'عطا', 'دفع', 'سر',
]);
const DIVINE_SECOND = new Set([
  'karim', 'kareem', 'rasul', 'rasoul', 'rasool', 'mula', 'mola', 'moula', 'maula', 'mawla', 'rab', 'rabb', 'nabi', 'nebi',
  'карим', 'расул', 'мула', 'мола', 'раб', 'наби', 'كريم', 'رسول', 'مولي', 'رب', 'نبي',
]);
// Zain al-Abidin, one given name (زين العابدين: Zainal Abidin, Zeynel Abidin, Zain Alabdeen), not Zain and a father Abidin
const ZAIN_FIRST = new Set(['zain', 'zayn', 'zein', 'zeyn', 'zejn', 'zeen', 'zine', 'зайн', 'зейн', 'зејн', 'заин', 'зеин', 'زين']);
// … and Zain with the link written on (Zainal, Zeynel, Zejnul Abidin)
const ZAIN_WITH_LINK = /^(?:zain|zayn|zein|zeyn|zejn|zine|зайн|зейн|зејн|заин|зеин)(?:al|el|ul|ol|ал|ел|ель|ул)$/;
const ABIDIN_SECOND = new Set([
  'abidin', 'abideen', 'abedin', 'abedine', 'abdin', 'abdeen', 'abidine', 'абидин', 'абедин', 'абдин', 'عابدين',
]);
/** The second halves of a compound given name whose first half is `first` (X al-Karim; Zain al-Abidin), or null. */
function compoundSecondsAfter(first: string): ReadonlySet<string> | null {
  return DIVINE_COMPOUND_FIRST.has(first) ? DIVINE_SECOND : ZAIN_FIRST.has(first) ? ABIDIN_SECOND : null;
}
/** Whether the word is the article glued to one of `words` (Alkarim, Elrasoul, الكريم, Эль-Карим written as one word). */
function gluedArticleBefore(p: Piece, words: ReadonlySet<string>): boolean {
  const word = /^(?:al|el|ul|ال|ал|ель|эль|аль)(.+)$/.exec(p.text)?.[1] ?? SUN_ARTICLE_BEFORE.exec(p.text)?.[2];
  return word !== undefined && words.has(word);
}
// (… or said as the sun letter the word begins with: Errab, Ennabi = al-Rabb, al-Nabi)
const SUN_ARTICLE_BEFORE = /^[aeu]([rtdszn])(?=\1)(.+)$/;
// … and Abd with the article said as a sun letter, the first letter of the divine name after it (Abdur, Abdus, Abdush)
const ABD_SUN_LETTER = /^(K?[aeiouA])bd[aeuoU](r|s|c|n|t|z|d)$/;
// Somali links Abd and the divine name with i (Abdirahman, Abdiqadir, Cabdicasiis): only before a name of two
// consonants or more (Abdin, Abdiel are not compounds); before a vowel too, the ayn of the name (Abdiaziz, Abdiasis =
// Abdulaziz)
const ABD_LINK_I = /^[iI]([^aeiouAIUEOWYQ].*|[aeiouA].*[^aeiouAIUEOWYQ'].*[^aeiouAIUEOWYQ'].*)$/;
const ALLAH_PIECE = /^([uoaAW]la|'la)$/;
// … but Ala with one l and no h is the name Alaa (علاء: Husein Ala Abdulzahra), not Allah
const ALAA_TEXT = /^(?:ala|ала)$/;
// Abu + article written as one word: Persian and Urdu Abolfazl, Abulhassan, ابوالفضل, ابوالقاسم
// (Sudanese spellings write the article's vowel too: Abualgasim, Abuelgasim = Abu al-Qasim)
const ABU_GLUED = /^[ae]b[uoU](?:[ae]l|l)(.+)$/;
const ABU_GLUED_ARABIC = /^'bWAl(.+)$/;
// … and Umm with the article of the name after it, in Latin (Ummulbanin, Umalbanin, Oumelkheir = أم البنين, أم الخير)
const UMM_GLUED = /^[uoU]m{1,2}(?:[uoae]l|Ul)([^aeiouAIUEOWYQ'l].+)$/;
// Latin -ullah/-ollah; in Arabic script only الله written on (ا + لله), not any word ending in ولة
const ALLAH_GLUED = /^(.*[^aeiouAIUEOWYQ'](?:[ieaI]|ia)?)([uoU]la)$/;
const ALLAH_GLUED_ARABIC = /^(.*[^aeiouAIUEOWYQ'])(Ala)$/;
// (in Latin or Cyrillic letters its double l, or a single one after u, or its h: not the -ola of Nikola, Karola, Viola;
// the letters of other scripts, Bengali শহীদুল্লাহ, say Allah by their own)
const LATIN_OR_CYRILLIC = /[a-z\u00c0-\u024f\u0400-\u04ff]/;
const ALLAH_LATIN_TEXT = /(?:ll|лл|љљ)[aа][hх]?$|[uуüў][lл][aа][hх]?$|[oо][lл][aа][hх]$/;
// … its two lams written, or one after a name of three letters or more, as Persian spellings write it (اسداله, حبیباله;
// ملاله, غزاله are Malala, Ghazala, not مل, غز + الله; nor after the article, القراله = al-Qaraleh)
const ALLAH_DOUBLE_LAM = /لله$|^(?!ال)[^\s]{3,}اله$/;
// … linked with a when Allah keeps its double l (Nasrallah, Fathallah, Насралла = Nasrullah, Fathullah): a single l
// is the name's own (Fadala, Jamala)
const ALLAH_GLUED_A = /^(.*[^aeiouAIUEOWYQ']I?)(a)(la)$/;
// … or with i, the genitive of a construct (Bismillah, Fazlillah = بسم الله, فضل الله)
const ALLAH_GLUED_I = /^(.*[^aeiouAIUEOWYQ'])(i)(la)$/;
// … or written on after a name that ends in a vowel, with its own a and the double l (Samiallah, Waliallah, Ataallah,
// Самиаллах = Samiullah, Waliullah, Ataullah)
const ALLAH_AFTER_VOWEL = /^(.*[aeiouyаеиоуыэюя])[aа](?:ll|лл|љљ)[aа][hх]?$/;
// … and written -ullo, -ulloh by Tajik and Uzbek spellings (Nurullo, Rahmatullo, Amrulloh, Нурулло = Nurullah)
const ALLAH_TAJIK = /^(.*[^aeiouAIUEOWYQ'](?:[ieaI]|ia)?)(uloh?)$/;
const ALLAH_TAJIK_TEXT = /(?:ull|улл)(?:o|о)(?:h|х|ҳ)?$/;
const ALLAH_I_TEXT = /(ll|лл|љљ)[aа]{1,2}[hх]$/i;
const ALLAH_DOUBLE_L = /(ll|лл|љљ)[aа]{1,2}[hх]?[iи]?$/i;
// (not Aden, the Somali Adan = آدم: Sahra Omar Aden, nor the Eritrean woman's name Eden; the French ou too: Jasim
// Ouddine)
const DIN_PIECE = /^(?!aden$|eden$)([aeiuoAU]?l?)?d[iIYe]ne?$/;
// X-uddin written as one word: Latin links with u, e or o (Salahuddin, Nasreddin, Nuruddin), Arabic script with
// the article (صلاح‌الدين); Haddadin (Haddad + plural -in) and الحدادين are not compounds
// Turkish devoices it, written -ettin (Nurettin, Hayrettin; not Jeretin), and Bulgarian and Macedonian Cyrillic copy
// it with one т after е (Нуретин, Садетин) or two (Сабахаттин), and so do their Latin letters after two consonants (Nedžmetin; not Jeretin)
const DIN_GLUED = /^(.*[^aeiouAIUEOWYQ'])([euo]l?|Al)[dt][iIY]ne?$/;
// … and with the link al after a base that ends in a long vowel or diphthong and a consonant (Nouraldin, Saifaldeen,
// Khairaldin = نور الدين, سيف الدين, خير الدين): not after a short a, where the al may end the name (Jamaldin, Afzaldin =
// Jamal, Afzal ad-Din)
const DIN_GLUED_AL = /^(.*(?:[AIUEO]|[ae][iy])[^aeiouAIUEOWYQ'])al[dt][iIY]ne?$/;
// … and with no link at all after such a base, or after the o French spellings also write for ou, as Maghrebi French
// spellings write it (Nourdine, Nordine, Kheirdine = نور الدين, خير الدين; not Geraldine, Claudine)
const DIN_GLUED_BARE = /^(.*(?:[AIUEO]|[ae][iy]|o)[^aeiouAIUEOWYQ'])d[iIY]ne?$/;
const DIN_GLUED_T = /[dt]t[iı]n$|[дт]тин$|[аеиоуыъ][^аеиоуыъ]+етин$|[aeiou][^aeiou]{2,}etin$/;
// … with the link vowel a after a name ending in a vowel and h (Selahattin, Bahattin = صلاح الدين, بهاء الدين); only
// so, with tt (Haddadin is a family name)
const DIN_GLUED_ATTIN = /^(.*[^aeiouAIUEOWYQ'])[aA]tin$/;
// … written with the d doubled, as the assimilated article is (Izzeddine, Alaeddin, Nuriddin, Nuraddin, Ziaeddin =
// عز الدين علاء الدين نور الدين ضياء الدين): then the link may also be i (Central Asian and Bosnian) or a (Azerbaijani),
// and the base a short name (Izz) or one ending in the vowel of its hamza (Alaa, Baha, Ziya). Arabic script writes
// it with the article after a base ending in hamza (علاءالدين); a doubled last letter of the base marks it too (Ezzedine).
// Haddadin, Claudine, Nadine have no dd before the -in.
const DIN_GLUED_DOUBLED = /^(.+)([aeiouA]l?|Al)[dt][iIY]ne?$/;
// (and the Turkish tt after the vowel of the hamza: Alaettin, Ziyaettin = علاء الدين, ضياء الدين)
const DOUBLED_DIN_TEXT = /(?:dd|дд|eld|елд|([^dд])\1[aeiouаеиоу][dд]|([^t])\2[eiı]tt|[ay]ett|[ај]етт?)(?:i|ee|ı|и)[nн][eе]?$|الدين$/iu;
// (the Izz of Ezzadin, Izzadin; not Abbadin = عبادين)
const DOUBLED_BASE_END = /(?:zz|зз)[aа][dд]+(?:i|ee|ı|и)[nн][eе]?$/iu;
// … or with a single d after a base of a vowel and one consonant, linked with u (Bosnian Izudin, Ezudin = عز الدين)
const DIN_SHORT_BASE = /^([aeiou][^aeiouAIUEOWYQ'])ud[iI]ne?$/;
// … or with e after the Izz of عز الدين, as Macedonian and Serbian Cyrillic and French write it (Езедин, Izedin,
// Ezedine; not Абедин, Abedin = Abidin)
const DIN_SHORT_BASE_E = /^([iea]z)ed[iI]ne?$/;
// … or a single d after a base of a vowel, one consonant and a, which then is the base's, or the e of French and
// Cyrillic spellings after it (Aladin, Alaedine, Алаедин = علاء الدين)
const DIN_SHORT_A_BASE = /^([aeiou][^aeiouAIUEOWYQ'][aA])e?d[iI]ne?$/;
// … or a single d after a base that ends in a, the vowel of its hamza, linked with u (Bahaudin, Alaudin, Ziaudin =
// بهاء الدين, علاء الدين, ضياء الدين; not Claudine)
const DIN_HAMZA_BASE = /^(.*[^aeiouAIUEOWYQ'](?:[aA]|ia))ud[iI]n$/;
// … or after a base that ends in i, linked with u or e (Mohiudin, Takiedin, Такиедин = محي الدين, تقي الدين)
const DIN_I_BASE = /^(.*[^aeiouAIUEOWYQ']i)[ue]d[iI]n$/;
// … or with the Turkish tt right after that i (Muhittin = محيي الدين)
const DIN_I_BASE_T = /^(.*[^aeiouAIUEOWYQ']i)t[iI]n$/;
// … or linked with i and a single d after a base that ends in two consonants, as Uzbek, Tajik and Russian spellings
// write it (Sadridin, Шамсидин, Fakhridin = Sadriddin, Shamsiddin, Fakhriddin; not Abidin, Muhidin, whose base ends in one)
const DIN_I_LINK = /^(.*[^aeiouAIUEOWYQ'][^aeiouAIUEOWYQ'])id[iI]n$/;
// … or linked with al after a short vowel and one consonant or two, as Sudanese spellings join it (Salahaldin, Nuraldin,
// Shamsaldin = Salah, Nur, Shams ad-Din), whose al may be the base's own too (Jamaldin, Kamaldin = Jamal, Kamal ad-Din)
const DIN_SHORT_VOWEL_AL = /^(.*[aeiou][^aeiouAIUEOWYQ']{1,2})al[dt][iIY]n$/;
// (not the -erald-, -onald- of Geraldin, Ronaldin, Esmeraldin)
const EUROPEAN_BEFORE_AL = /(?:er|on)$/;
// … or linked with the ە Sorani writes for the article's vowel, after a base of two consonants or more (نەجمەدین,
// سەدرەدین, فەخرەدین = Najm ad-Din, Sadr ad-Din, Fakhr ad-Din; a last letter of the base written twice, as Sorani writes
// a consonant said long, once: عیززەدین = عیزەدین)
const DIN_GLUED_SORANI = /^(.*[^aeiouAIUEOWYQ'])ad[iIY]ne?$/;
const SORANI_E_BEFORE_DIN = /ەدين$/;
// Dhu (ذو, "the one with") before an article: ذو الفقار, Dhu al-Fiqar, Zu l-Fiqar
const DHU = new Set(['DW', 'Du', 'zu', 'zW', 'DU', 'zU']);
// (by its symbols, which ض and ظ share with ذ: not the Sudanese ضو, Daw, of ضو البيت = Dau Elbait)
const isDhu = (p: Piece): boolean => DHU.has(p.sym) && !/^[ضظ]/.test(p.text);
// (and the Persian -pour, -nejad, -far, -panah and -nia, and the Baluch -zehi, which Persian script joins with a ZWNJ: قربان‌پور = Ghorbanpour,
// ستوده‌نیا = Sotoudehnia)
const SUFFIX_PIECES = new Set(['zE', 'zei', 'zay', 'zai', 'zQ', 'zhQ', 'xEl', 'xel', 'xYl', 'xil', 'xail', 'zada', 'zade', 'zadeh', 'zadah', 'zAda', 'zAde', 'zAdQ', 'zAd', 'zAdeh',
  'WGlW', 'WGlQ', 'pUr', 'pur', 'pWr', 'nejad', 'neZad', 'nejAd', 'neZAd', 'nijad', 'nZAd', 'far', 'fr', 'panah', 'panAh', 'pnAh', 'nia', 'niya', 'nYA']);
// the compounds a family suffix written apart joins as one word (عبدالله‌زاده = Abdollahzadeh)
// … and the Turkish -oğlu of Turkmen and Turkish-origin families of Syria and Iraq, which Arabic script writes apart
// (قره أوغلو, طوبال أوغلو = Karaoğlu, Topaloğlu): joined as Turkish writes it
const OGLU = /^'WGl[WQ]$/;
// … and the Persian -abadi of families named after a town in -abad, written apart or after a ZWNJ (رستم آبادی, دولت‌آبادی =
// Rostamabadi, Dowlatabadi) — in Persian script only: the Latin Abadi is also the family name عبادي
const PERSIAN_ABADI = /^ابادي$/;
const COMPOUND_BEFORE_SUFFIX: ReadonlySet<UnitKind> = new Set(['abd', 'allah-compound', 'din-compound']);
// Pour, the Persian "son of", a prefix before a name (Pour-Ahmad, پور احمد = Pourahmad) as it is a suffix after one
// (Alipour)
const POUR = new Set(['pUr', 'pur', 'pWr']);

const GREEK_ABU = /^amp(?:ou|u|o)$/;
const pieceMemo = new Map<string, Piece | null>();

// Kurmanji writes the Abd of Arabic names Evd or Ewd (Evdila, Êvdila, Evdirehman, Evdurrehman, Ewdal, Evdel, Евдила =
// Abdullah, Abdulrahman, Abdal; not Evdokia, Евдокия, nor the Russian Евдеев), in Latin letters and copied into
// Cyrillic, and Albanian and Bosnian write it Avd before the l or r of the article (Avdulla, Avdurrahman, Avdylkadir,
// Авдулах = Abdullah, Abdulrahman, Abdulkadir; not the Slavic Avdiyenko, Avdyushin, nor Avdyl, Avdo alone, whose other
// readings stand as written)
const ABD_WRITTEN_EVD_AVD = /^(?:[eê][vw]d[iaue]|[еэ]вд(?:[иау]|е(?!е?в)))|^(?:avd[uy][lr]|авду[лр]).{2}/;
const EVD_AVD_SYMBOLS = /^[eEa][vw]d/;
function pieceOf(text: string): Piece | null {
  const hit = pieceMemo.get(text);
  if (hit !== undefined) return hit;
  const { symbols: written, abjad } = wordToSymbols(text);
  const symbols = ABD_WRITTEN_EVD_AVD.test(text) ? written.replace(EVD_AVD_SYMBOLS, 'abd') : written;
  let piece: Piece | null = null;
  if (symbols !== '' && symbols !== "'") {
    const bare = symbols.replace(/^'+/, '');
    let role = 0;
    if (ARTICLE.test(bare)) role |= Role.Article;
    if (SUN_ARTICLE.test(bare)) role |= Role.SunArticle;
    if (BIN.has(bare) || (!abjad && BIN_FOLDED.has(foldVowels(bare)))) role |= Role.Bin;
    if (ABD_PIECE.test(symbols)) role |= Role.Abd;
    // (and Abu as Greek papers copied into Latin write it: Ampou Samala = Abu Shamala)
    if (ABU.has(symbols) || (!abjad && GREEK_ABU.test(text))) role |= Role.Abu;
    if (UMM.has(symbols)) role |= Role.Umm;
    if (ALLAH_PIECE.test(symbols) && !ALAA_TEXT.test(text)) role |= Role.Allah;
    if (DIN_PIECE.test(bare)) role |= Role.Din;
    // (not a word with an ayn or alif before z: عزي is the name Azzi, not the -zai of Pashtun names written apart)
    if ((SUFFIX_PIECES.has(bare) && (bare === symbols || bare[0] !== 'z')) || PERSIAN_ABADI.test(text)) role |= Role.Suffix;
    const title = titleKindOf(symbols, abjad, text);
    if (title === TitleKind.Title) role |= Role.Title;
    else if (title === TitleKind.Honorific) role |= Role.Honorific;
    // one letter alone is an initial (the dot that followed it is gone after normalisation), unless it has a role
    // (and Ch, which Pakistani papers write for Chaudhry: Ch. Muhammad Aslam)
    if (role === 0 && ([...text].length === 1 || text === CHAUDHRY_ABBREVIATED)) role |= Role.Initial;
    piece = { text, sym: symbols, bare, abjad, role };
  }
  if (pieceMemo.size >= 500_000) pieceMemo.clear();
  pieceMemo.set(text, piece);
  return piece;
}

/**
 * South Asian spellings join the article of X al-Y to X (Habibur Rahman, Shamsul Haq, Nurul Islam = Habib ur-Rahman,
 * Shams ul-Haq, Nur ul-Islam): a Latin name ending in ul, or in u and the first consonant of the next name, is also
 * read without it. Only a second reading: Mansur Rahimi, Mahmud Darwish are read as written too.
 */
function nameBeforeLinkArticle(u: ParsedUnit, p: Piece, next: Piece): string | null {
  if (p.abjad || next.abjad || u.kind !== 'name' || u.article) return null;
  const u2 = u.symbols.charCodeAt(u.symbols.length - 2);
  if (u2 !== 117 && u2 !== 85) return null; // u, U
  const m = /^(.*[^aeiouAIUEOWYQ'])?([aeiouAIUEOWYQ']*)[uU](l|r|s|c|d|n|t|z)$/.exec(u.symbols);
  if (!m) return null;
  const base = (m[1] ?? '') + m[2]!;
  const article = m[3]!;
  if (article !== 'l' && !next.bare.startsWith(article)) return null;
  return consonantCount(base) >= 1 && base.length >= 3 ? base : null;
}

// (and the Maghrebi Bou: Bouabdallah, بوعبد الله = Bou Abdallah)
const BEN_BEFORE_ABD = /^(ben|bin|ibn|bou|bu|بن|بو|бен|бин|бу)((?:abd|عبد|абд).*)$/;
// … and so is the article joined to one (Alabdullah, Elabdallah = al-Abdullah, العبدالله)
const ARTICLE_BEFORE_ABD = /^([ae]l|ал|ел|аль)((?:abd|абд).{2,})$/;

/**
 * X al-Y written as one word in Arabic script (ضیاءالحق, نورالهدى, عطاءالرحمن = ضياء الحق, نور الهدى, عطاء الرحمن): two words, as Latin X ul-Y
 * is; and al-Abd… joined (العبدالله = al-Abdullah). Not the compounds the structure reads itself (عبدالله, ابوالفضل, X
 * الدين, X الله), a plural ending (جمالات), nor a name whose letters happen to hold ال (جمال, صالح: one letter on a side).
 */
const ARTICLE_INSIDE = /^(.{2,}?)(ال.{2,})$/;
const SECOND_OF_X_AL_Y = new Set(['حق', 'هدي', 'اسلام', 'زمان', 'عابدين', 'دوله', 'عين', 'نساء', 'امين', 'نور', 'مولي', 'ملك', 'رحمن', 'رحيم', 'كريم']);
const NOT_SPLIT_BEFORE = /(?:عبد|ابو|بو|ام|ذو)$/;
const NOT_SPLIT_AFTER = /^ال(?:دين|له|لە|ات|ان|ين)$/;
function arabicArticleInside(word: string): [string, string, string] | null {
  // the article before a joined Abd- name: العبدالله = al-Abdullah, and العبد before الله written apart
  if (word.startsWith('العبد') && (word.length >= 7 || word === 'العبد')) return [word, 'ال', word.slice(2)];
  // … and Dhu before its article (ذوالفقار = ذو الفقار, Zulfiqar), which the structure joins again as one name
  if (word.startsWith('ذوال') && word.length >= 6) return [word, 'ذو', word.slice(2)];
  // (a word that begins with the article is one name: المالكي, الخالدي)
  if (word.startsWith('ال') || word.indexOf('ال', 2) < 0) return null;
  const m = ARTICLE_INSIDE.exec(word);
  // only before the second names of X al-Y that are a closed set (al-Haq, al-Huda, al-Islam, al-Zaman, al-Abidin…):
  // most words with ال inside are foreign names (جيرالدو Giraldo, كوفاليوف Kovalyev)
  if (m && !SECOND_OF_X_AL_Y.has(m[2]!.slice(2))) return null;
  if (!m || NOT_SPLIT_BEFORE.test(m[1]!) || NOT_SPLIT_AFTER.test(m[2]!) || !/^[\u0600-\u06ff]+$/.test(word)) return null;
  return [word, m[1]!, m[2]!];
}

const BEN_START = new Set([...'biبб'].map((c) => c.charCodeAt(0)));

/** The pieces one written word is (none, one, or two where it joins two: Benabdallah = Ben Abdallah). */
function wordPiecesUncached(word: string): Piece[] {
  // Ben or Bou joined to an Abd- name is two words (Benabdallah, بنعبد الله = Ben Abdallah): the Maghrebi family name
  const ben = BEN_START.has(word.charCodeAt(0)) ? BEN_BEFORE_ABD.exec(word) : null;
  const split = ben ?? ARTICLE_BEFORE_ABD.exec(word) ?? arabicArticleInside(word);
  // (Arabic-script بو is not read as Bou where it stands alone, بو علي, but glued to Abd it is: left out before it as
  // Bou is)
  const words = split === null ? [word] : split[1] !== 'بو' ? [split[1]!, split[2]!] : [split[2]!];
  const pieces: Piece[] = [];
  for (const w of words) {
    const p = pieceOf(w);
    if (p !== null) pieces.push(p);
  }
  return pieces;
}

/** What the parser knows of one written word, whatever words stand beside it. */
interface WordEntry {
  readonly pieces: readonly Piece[];
  /** what the word may show of the conventions of the whole name (name-conventions.ts wordSigns) */
  readonly signs: number;
  /** the unit of each piece where every piece is a plain name that no word before or after it joins or reads otherwise
   * (standsAlone); null where one is not; undefined until a name of plain words asks */
  alone: readonly ParsedUnit[] | null | undefined;
}

// (by word: a name's words were mostly met before, the name mostly not)
const wordMemo = new Map<string, WordEntry>();
function wordEntry(word: string): WordEntry {
  let entry = wordMemo.get(word);
  if (entry === undefined) {
    if (wordMemo.size >= 500_000) wordMemo.clear();
    wordMemo.set(word, (entry = { pieces: wordPiecesUncached(word), signs: wordSigns(word), alone: undefined }));
  }
  return entry;
}
const wordPieces = (word: string): readonly Piece[] => wordEntry(word).pieces;

/**
 * The unit of a piece that is a plain name wherever it stands: no particle, title or part of a compound (its role), no
 * word the loop of parseName reads with the word after or before it (Ghulam, Bani, Abed, Gebre, Awad, Zain, Allah, Pour, Dhu, the
 * Ba of Hadrami names, the Persian nisba اي, an Abdur before its sun letter), and no Latin name ending in u and a
 * consonant, which may end in the article of the next name (nameBeforeLinkArticle: Habibur Rahman). In a name of such
 * pieces alone, each is its word's shared unit as it is (parseName); null for any other piece.
 */
function standsAlone(p: Piece): ParsedUnit | null {
  if (p.role !== 0 || GHULAM.has(p.text) || BA.has(p.text) || BANI.has(p.text) || ABED.test(p.text) || ETHIOPIAN_COMPOUND_FIRST.has(p.text)
    || compoundSecondsAfter(p.text) !== null || ZAIN_WITH_LINK.test(p.text) || isDhu(p) || ALLAH_WORD.test(p.text) || POUR.has(p.bare) || p.text === 'اي' || ARMENIAN_TER.test(p.text)
    || (!p.abjad && ABD_SUN_LETTER.test(p.sym))) return null;
  const u = gluedUnit(p);
  const u2 = u.symbols.charCodeAt(u.symbols.length - 2);
  return !p.abjad && u.kind === 'name' && !u.article && (u2 === 117 || u2 === 85) ? null : u; // u, U
}

function aloneUnitsOf(entry: WordEntry): readonly ParsedUnit[] | null {
  if (entry.alone === undefined) {
    const units: ParsedUnit[] = [];
    for (const p of entry.pieces) {
      const u = standsAlone(p);
      if (u === null) return (entry.alone = null);
      units.push(u);
    }
    entry.alone = units;
  }
  return entry.alone;
}

/**
 * The units of a name of plain words alone (standsAlone), without hyphens (which join names), each its word's shared
 * unit with the readings of the conventions the name shows: what parseName makes of such a name, assembled from the
 * words met before; null for any other name.
 */
function plainNameUnits(normalized: string, written: WrittenSigns): ParsedUnit[] | null {
  const units: ParsedUnit[] = [];
  let signs = 0;
  let start = 0;
  for (let i = 0; i <= normalized.length; i++) {
    const c = i < normalized.length ? normalized.charCodeAt(i) : 32;
    if (c === 45) return null;
    if (c !== 32) continue;
    if (i === start) return null;
    const word = wordEntry(normalized.slice(start, i));
    const alone = aloneUnitsOf(word);
    if (alone === null) return null;
    for (let k = 0; k < alone.length; k++) units.push(alone[k]!);
    signs |= word.signs;
    start = i + 1;
  }
  return withConventionsOfWholeName(normalized, units, signs, written);
}

// (Bibi written as two words, بی بی حوا, is one already: normalize.ts)
function piecesOf(normalized: string, familyNameFirst: boolean, izafatApart: boolean): Piece[] {
  const out: Piece[] = [];
  // where two names joined by a hyphen begin (hyphenatedName), and the izafat between two names (Sher-e-Alam), to be
  // read as one below
  const hyphenated: number[] = [];
  // (and every word written after a hyphen, to tell a chain of three words or more)
  const linked: number[] = [];
  const izafat: number[] = [];
  let start = 0;
  let afterHyphen = false;
  // (where an izafat letter written after a hyphen stands, which the next word decides)
  let pendingIzafat = -1;
  for (let i = 0; i <= normalized.length; i++) {
    const c = i < normalized.length ? normalized.charCodeAt(i) : 32;
    if (c !== 32 && c !== 45) continue;
    if (i > start) {
      const word = wordPieces(normalized.slice(start, i));
      const last = out[out.length - 1];
      // (the izafat after walad is the marker's: walad-e, son of; not after bint, ibn, whose Bint-e-Zahra is a name)
      if (afterHyphen && word.length === 1 && IZAFAT.has(word[0]!.text) && last !== undefined && WALAD_WITH_IZAFAT.has(last.text)) {
        start = i + 1;
        afterHyphen = c === 45;
        continue;
      }
      const joinedOn = afterHyphen && word.length === 1 && last !== undefined;
      // (an izafat is written with hyphens, or apart where the name as written shows it: Sher e Alam, not Ali I. Karimi)
      const izafatOn = (afterHyphen || izafatApart) && word.length === 1 && last !== undefined;
      if (izafatOn && pendingIzafat === out.length - 1) izafat.push(out.length - 2);
      else if (joinedOn && !IZAFAT.has(word[0]!.text) && hyphenatedName(last, word[0]!) !== null) hyphenated.push(out.length - 1);
      pendingIzafat = izafatOn && IZAFAT.has(word[0]!.text) && last.role === 0 ? out.length : -1;
      if (joinedOn) linked.push(out.length);
      for (const p of word) out.push(p);
    }
    afterHyphen = c === 45;
    start = i + 1;
  }
  for (const at of izafat.reverse()) {
    const joined = at + 2 < out.length && out[at + 2]!.role === 0 ? pieceOf(out[at]!.text + out[at + 1]!.text + out[at + 2]!.text) : null;
    if (joined !== null) {
      out.splice(at, 3, { ...joined, text: `${out[at]!.text}-${out[at + 1]!.text}-${out[at + 2]!.text}` });
      for (let k = 0; k < hyphenated.length; k++) if (hyphenated[k]! > at) hyphenated[k] = hyphenated[k]! - 2;
      for (let k = 0; k < linked.length; k++) if (linked[k]! > at) linked[k] = linked[k]! > at + 2 ? linked[k]! - 2 : -1;
    }
  }
  if (hyphenated.length === 0) return out;
  // (not the family name: a double family name last, Ahmadi-Moghaddam, Hodžić-Begić, or first where the name shows it
  // there, may be written with one of its halves — but last after a first word that reads as a family name, the given
  // name is last: Karimi Mohammad-Reza, Гаджиев Магомед-Расул)
  const familyFirstByForm = familyNameLike(out[0]!);
  const compound = hyphenated.filter((at) => !(at + 2 === out.length && at > 0 && !familyFirstByForm) && !(at === 0 && familyNameFirst));
  // (not in a chain of three words or more, which writes the hyphens between the parts of a whole name: Hussein-Alaa-
  // Abdulameer-Alzubaidi, Mahdi-Alijan-Akbari)
  const inChain = (at: number): boolean => linked.includes(at) || linked.includes(at + 2);
  // (asked again of the words as they stand: an izafat joined after a hyphen may have made the second another word,
  // Hussein-Alaa-e-Hussein)
  for (const at of compound.reverse()) {
    if (inChain(at) || at + 1 >= out.length) continue;
    const joined = hyphenatedName(out[at]!, out[at + 1]!);
    if (joined !== null) out.splice(at, 2, joined);
  }
  return out;
}

/** A word that reads as a family name: a nisba, made with -zadeh, -pour, -nejad…, the Russian -ov, -ev, Armenian -ian. */
function familyNameLike(p: Piece): boolean {
  return NISBA_OF_NAME.test(p.sym) || familySuffixBase(p.sym, p.abjad) !== null || SLAVIC_FAMILY_NAME.test(p.text) || ARMENIAN_FAMILY_NAME.test(p.text);
}

/**
 * Two names joined by a hyphen, neither a particle, title or part of a compound the structure reads (Mohammad-Reza,
 * Магомед-Расул, Mohamed-Lamine): one compound given name, as Mohammadreza, Магомедрасул write it — not a name and a
 * father's name another paper may leave out. Null for any other two words.
 */
function hyphenatedName(first: Piece, second: Piece): Piece | null {
  if (first.role !== 0 || second.role !== 0 || stripGluedArticle(second).article || SUN_ARTICLE_WRITTEN_ON.test(second.text)) return null;
  // (nor a compound of its own, an Abd- name written as one word: Alaa-Abdulameer are two names)
  const firstUnit = gluedUnit(first);
  if (firstUnit.kind !== 'name' || gluedUnit(second).kind !== 'name') return null;
  const joined = pieceOf(`${first.text}-${second.text}`);
  // (nor where the join would read an article the first name does not have: Alaa-Mohammad is no al-Amohammad)
  return joined === null || (gluedUnit(joined).article && !firstUnit.article) ? null : joined;
}
const SLAVIC_FAMILY_NAME = /(?:ov|ev|ova|eva|ов|ев|ова|ева)$/;
const ARMENIAN_FAMILY_NAME = /(?:ian|yan|ян)$/;
// (a second name with its article written on, or said as its sun letter, is X al-Y: Fatima-Ezzahra = Fatima al-Zahra)
const SUN_ARTICLE_WRITTEN_ON = /^[aeuаеу]([^aeiouаеиоуы])\1/;

const fromUnit = (u: ParsedUnit): Piece => ({ text: u.text, sym: u.symbols, bare: u.symbols, abjad: u.abjad, role: 0 });

// the symbols that are consonants of the name after ال though consonantCount counts them not: an ayn or hamza, a waw or ya
// after alif or between a consonant and alif, a first waw before a consonant or alif, a waw before the nisba ya (الخوئي =
// al-Khoei; see stripGluedArticle)
const CONSONANTAL_AFTER_ARTICLE = /'|A[WYQ]|(?<=[^AWYQ'])[WY](?=A)|^W(?=[^AWYQ'].{2}|A)|(?<=[^AWYQ'])W(?=Y?Q$)/g;

// Names whose El or Al is their own, no article: the Turkic El (people) of Azerbaijani and Central Asian names, Elchin,
// Elmira, and Persian and Bosnian names that begin so, Elnaz, Elaheh, Almir (Elmira is not Mira; not Elnur, which is the Sudanese
// El Nur too)
const EL_OF_THE_NAME = new Set([
  'elchin', 'elçin', 'elshan', 'elşən', 'elmir', 'elvin', 'elkhan', 'elxan', 'elgun', 'elnara', 'elmira',
  'eldar', 'elshad', 'elnar', 'elvira', 'elnaz', 'elmar', 'elman', 'elsevar', 'elhan', 'almir', 'almira',
  'almin', 'almina', 'almaz', 'elaheh', 'elahe', 'elaha', 'elahi', 'эльчин', 'эльшан', 'эльмир', 'эльвин', 'эльхан', 'эльнара', 'эльмира', 'эльдар',
  'эльвира', 'эльназ', 'элчин', 'елчин', 'елмира', 'елдар', 'алмир', 'алмира', 'алмаз', 'элахе', 'элахех', 'элаха', 'элахи', 'елахе', 'елахи',
  // (and the European names Christian Arabs carry: Albert, Alfred, Alexandre = ألبير، ألفريد، ألكسندر)
  'albert', 'alfred', 'alexandre', 'alexander', 'alexandra', 'alexis', 'alphonse', 'albin', 'alberto', 'alfredo', 'альберт', 'альфред', 'александр',
].map((w) => wordToSymbols(w).symbols));
// … though a ya before alif is the name's first consonant in a nisba of one more (اليامي, اليافي = al-Yami, al-Yafi)
const YA_BEFORE_ALIF_IN_NISBA = /^YA[^AWYQ'][YQ]$/;
// … nor where a family suffix follows it (الیاسزی, الیاس‌زاده = Ilyaszai, Elyaszadeh: Ilyas with -zai, -zadeh)
const ILYAS_WITH_FAMILY_SUFFIX = /^YA[^AWYQ'](?:z[EQ]|zAd[aQ]?|pWr|nZAd)$/;
const ilyasWithFamilySuffix = (core: string): boolean => ILYAS_WITH_FAMILY_SUFFIX.test(core);
const PERSIAN_ALI_FIRST = /^ali(?:[aeiou]|(?:kh|sh|gh|[^aeiou])[aeiou])/;
const ARMENIAN_TER = /^(?:ter|der|тер|дер|տեր|տէր)$/;
const ARMENIAN_FAMILY_END = /(?:[iy]an|jan|ean|ян|иан|յան|եան)$/;
/** Article glued to the word: Arabic ال always; Latin al-/el- only before a word of two or more consonants. */
// (a Pashtun tribe's name in Latin or Cyrillic letters has no Arabic article: Alokozai, Alizai, Алокозай)
function stripGluedArticle(p: Piece): { sym: string; article: boolean; guessed: boolean } {
  if (!p.abjad && PASHTUN_TRIBE_END.test(p.text)) return { sym: p.sym, article: false, guessed: false };
  const m = /^[aeAE]?l(.+)$/.exec(p.bare);
  if (m && p.abjad && p.text.startsWith('ال')) {
    // ال before ل (اللطيف, اللبان): the doubled l was collapsed like a shadda, but one l is the name's
    const core = withFaailVowel(p.text.startsWith('الل') ? `l${m[1]!}` : alifAfterArticle(m[1]!));
    // the ayn and hamza are consonants of the name here (العلي = al-Ali, not a name Alali)
    // … and so is a waw or ya after alif (الراوي = al-Rawi, الطائي), or between a consonant and alif (الشوا = al-Shawwa),
    // and a first waw (الوجيه, الوافي = al-Wajih, al-Wafi), but not a first ya before alif (الياس = Ilyas)
    if ((consonantCount(core) + (core.match(CONSONANTAL_AFTER_ARTICLE)?.length ?? 0) >= 2 || YA_BEFORE_ALIF_IN_NISBA.test(core)) && !ilyasWithFamilySuffix(core)) {
      return { sym: core, article: true, guessed: false };
    }
  }
  if (m && !p.abjad && /^[ae]l[^aeiouAIUEOl']/.test(p.bare) && /[aeiouAIUEO]/.test(m[1]!) && !EL_OF_THE_NAME.has(p.bare)) {
    // (a y after the l is the name's own when one consonant follows it: Elyas, Alyas = إلياس, but Elyamani, Alyafei =
    // اليماني, اليافعي)
    const afterY = m[1]!.replace(/^y/, '');
    if (consonantCount(afterY) >= 2 || nisbaOfOneConsonant(afterY)) return { sym: m[1]!, article: true, guessed: true };
  }
  // the article assimilated to a sun letter and joined, the letter doubled (Arrashid, Attamimi, Assaadi, Attaee), before
  // a name of three consonants or a nisba (not Essam, Assad, Ennahar)
  if (!p.abjad && SUN_ARTICLE_GLUED.test(p.text)) {
    const core = p.bare.replace(/^[aeAE]/, '');
    if (consonantCount(core) >= 3 || NISBA_END.test(core)) return { sym: core, article: true, guessed: true };
  }
  // … and before a name that begins with a or o, u (Alobaidi, Elamrani, Alansari = العبيدي, العمراني, الأنصاري), not
  // with e or i (Alexander, Elisabeth, Alireza)
  // (a nisba of one consonant too: Alani, Alaani = Al-Ani, العاني)
  if (m && !p.abjad && /^[ae]l[aouAOU]/.test(p.bare) && !EL_OF_THE_NAME.has(p.bare) && (consonantCount(m[1]!) >= 2 || nisbaOfOneConsonant(m[1]!))) {
    return { sym: m[1]!, article: true, guessed: true };
  }
  // … and before i or e in a nisba of two consonants or more (Elidrissi, Elidrisi = الإدريسي; not Elias, Alireza,
  // Elisabeth, Alexander)
  // (not the Ali of Persian compounds with it before a vowel or a syllable, Aliabadi, Alimohammadi, Alikhani = علی‌آبادی,
  // علی‌محمدی, علیخانی; the article before two consonants, Alidlibi, Alidrissi)
  if (m && !p.abjad && /^[ae]l[ie].*[^aeiouAIUEOy'][iI]$/.test(p.bare) && !PERSIAN_ALI_FIRST.test(p.text) && consonantCount(m[1]!) >= 2) return { sym: m[1]!, article: true, guessed: true };
  // … or before i or e and a doubled consonant (Alissa, Elissa = Al-Issa, العيسى)
  if (m && !p.abjad && /^[ae]l[ie]([^aeiouy'\s])\1/.test(p.text)) return { sym: m[1]!, article: true, guessed: true };
  return { sym: p.sym, article: false, guessed: false };
}

/**
 * The name a Persian, Lur, Pashtun or Baluch family name is made from, before -zadeh, -pour, -nejad, -zai, -zehi, -khel,
 * -vand, -nia (in Latin and Cyrillic letters: Arabic script's نیا reads as the ا of a name, رانیا) or the -far after a nisba
 * (Hassanzadeh, Hosseinpour, Ahmadzai, Barakzehi, Hassanvand, Karimnia, Mohammadifar = حسن‌زاده, حسین‌پور, احمدزی, بارکزهی,
 * حسنوند, کریم‌نیا, محمدی‌فر): two such names are
 * the same only when their bases are, and their suffixes (compare.ts).
 */
const FAMILY_SUFFIX_LATIN = /^(.*[^aeiouAIUEO'].*?)(?:zAdeh?|zade[h]?|zada[h]?|pUr|pur|ne[jZ]Ad|ne[jZ]ad|nijad|zE|zai|zay|(?<=[^aeiouAIUEO'])[zs][ae]hi|x[ae]i?l|xEl|(?<=i)far|[vw]and|(?<=[^aeiouAIUEOjy])[oe]vi[CKc]|(?<=[^aeiouAIUEO'jy])(?:o[vw]a?|eva?)|(?<=[^aeiouAIUEO'jy]|i)[yj]e[vw]a?|(?<=[^aeiouAIUEO'jy])[iyj]e?[aA]n|(?<=[^aeiouAIUEO'jy]|i)niy?a|o[gG]lu)$/;
const FAMILY_SUFFIX_ARABIC = /^(.*[^AWYQ'].*?)(?:zAda|zAdQ|zAd|pWr|nZAd|zQ|zhQ|xYl|(?<=Q)fr|Wnd|(?<=[^AWYQ'])YAn)$/;
/** The kind of suffix a family name of those symbols is made with after `base`: zadeh, zai, panah, vand, or its first symbol (p of -pour, n of -nejad, x of -khel, f of -far). */
export function familySuffixKind(symbols: string, base: string): string {
  const suffix = symbols.slice(base.length);
  if (/^z[aA]d/.test(suffix)) return 'zadeh';
  // (the Baluch -zehi is the Pashto -zai: Barakzehi, Barakzai)
  if (suffix.startsWith('z') || /^s[ae]hi$/.test(suffix)) return 'zai';
  if (/^p[aA]?n/.test(suffix)) return 'panah';
  if (/^[vwW]a?nd$/.test(suffix)) return 'vand';
  if (/^(?:niy?a|nYA)$/.test(suffix)) return 'nia';
  // (the Turkish -oğlu, "son of", of Turkish and Turkmen families: Kahyaoğlu, Karaoğlu)
  if (/^o[gG]lu$/.test(suffix)) return 'oglu';
  if (/^[oe]vi[CKc]$/.test(suffix)) return 'vic';
  // (the Armenian and Persian -ian, -yan, classical -ean, Arabic-script يان: one suffix)
  if (/^[iyjY]e?[aA]n$/.test(suffix)) return 'yan';
  // (the Russian -ov, -ev, -yev of a man and -ova, -eva of a woman: one family)
  if (SLAVIC_OV.test(suffix)) return 'ov';
  return suffix[0] ?? '';
}

// … and the same suffixes as written, to read the base as a name of its own (compare.ts: Hassanzadeh, Həsənzadə,
// Hasanzoda, Hosseinpour, Ahmadzai, Hassanvand, Karimov, حسین‌زاده written apart)
const FAMILY_SUFFIX_WRITTEN = /^(.+?)[ -]?(?:zadeh?|zadə|zadah?|zoda|pour|poor|pur|ne[jž]ad|nezhad|far|nia|zai|zay|zaj|khel|khail|vand|[yj]e[vw]a?|o[vw]a?|eva?|заде|зада|зода|пур|неджад|нежад|фар|ния|нија|зай|зај|хел|ванд|[оеё]ва?|o[gğ]lu|оглу|زاده|زادة|پور|پوور|نژاد|فر|زي|خيل|وند)$/;
/** The text of the name a family name is made from, as written (Hassanzadeh: Hassan), or null where the text shows none. */
export function familyBaseAsWritten(text: string): string | null {
  return FAMILY_SUFFIX_WRITTEN.exec(text)?.[1] ?? null;
}
const SLAVIC_OV = /^[yj]?[oe][vw]a?$/;
function familySuffixBase(sym: string, abjad: boolean): string | null {
  const m = (abjad ? FAMILY_SUFFIX_ARABIC : FAMILY_SUFFIX_LATIN).exec(sym);
  if (!m || consonantCount(m[1]!) < 2) return null;
  // (a Russian -ov after a base of three consonants or more, or of four letters: not the given names Yaakov, Yakov, but
  // Amirov, Saidov, Ashurov; and -ew only after the y or j of German spellings, -jew, not the -ew of Amharic Getachew,
  // Asnakew nor of Andrew)
  if (!abjad && SLAVIC_OV.test(sym.slice(m[1]!.length)) && consonantCount(m[1]!) < 3 && m[1]!.length < 4) return null;
  // (-ian, -yan after a base of four letters or more: not the given names Zryan, Ziryan, Bayan)
  if (familySuffixKind(sym, m[1]!) === 'yan' && m[1]!.length < 4) return null;
  // (Mirzai is Mirza with the nisba, not Mir with -zai)
  return !abjad && /z[aeE]/.test(sym.slice(m[1]!.length)) && endsInZaItself(m[1]!) ? null : m[1]!;
}

/**
 * The second name of a Persian or Afghan compound given name written as one word (Mohammadhossein, Alireza, Gholamreza =
 * محمدحسین، علیرضا، غلامرضا): two such names are the same only when their second names are (Mohammadhossein is not
 * Mohammadhassan). A Latin dh at the join is d + h (Mohammadhossein).
 */
// (Latin Muhammad is matched up to its d, which may be the dh of d + h)
const COMPOUND_GIVEN_LATIN = /^(?:(?<muhammad>m[uoe]ham+[ae])|ali|[gG][uo]lam|amir)(?<rest>.+)$/;
const COMPOUND_GIVEN_ARABIC = /^(?:mhmd|'lY|GlAm|'mYr)(?<rest>.+)$/;
const COMPOUND_FIRST_TEXT = /^(?:gh?[uo]lam|amir)/;
// … and its first name as written, Muhammad's letters included, a hyphen after it or none
const COMPOUND_FIRST_WRITTEN = /^(?:m[uoe]ham+[ae]d|ali|gh?[uo]lam|amir)-?(?=[a-z]{3})/;
/** The second name of a Latin compound given name as written (Mohammadhasan: hasan), or null where the text shows none. */
export function compoundSecondAsWritten(text: string): string | null {
  const m = COMPOUND_FIRST_WRITTEN.exec(text);
  return m === null ? null : text.slice(m[0].length);
}
const MUHAMMAD_DD_TEXT = /^m[uoe]ham+[ae]d-?d/;
function compoundGivenRest(sym: string, abjad: boolean, text: string): string | null {
  const m = (abjad ? COMPOUND_GIVEN_ARABIC : COMPOUND_GIVEN_LATIN).exec(sym);
  if (!m) return null;
  let rest = m.groups!.rest!;
  // (a letter the first name ends in and the second begins with, written twice at the join, is one symbol:
  // Ghulammohammed, Amirreza = Ghulam + Mohammed, Amir + Reza; not Ghulamammar, whose mm is Ammar's)
  const last = sym[sym.length - rest.length - 1]!;
  if (!abjad && /^[aeiouAIUEO]/.test(rest) && text.replace(COMPOUND_FIRST_TEXT, '').startsWith(last)) rest = last + rest;
  if (m.groups!.muhammad !== undefined) {
    if (rest.startsWith('D')) rest = `h${rest.slice(1)}`;
    // (… unless the second name begins with the d, written twice at the join: Mohammaddavoud, Mohammad-Davoud, whose
    // symbols write it once or twice)
    else if (rest.startsWith('d')) rest = !MUHAMMAD_DD_TEXT.test(text) || rest.startsWith('dd') ? rest.slice(1) : rest;
    // (… or of the dj that French spellings read as one letter: Mohammadjavad, Mohammadjafar)
    else if (!rest.startsWith('j')) return null;
  }
  // (a dz beginning the second name is its first letter's, as it would be at the start of a word: Alidzan = Alidžan)
  if (!abjad && rest.startsWith('dz')) rest = `Z${rest.slice(2)}`;
  // (not a family name made with -nejad, -zai…: Alinejad, Mohammadzai)
  return consonantCount(rest) >= 2 && !SUFFIX_PIECES.has(rest) ? rest : null;
}

const SUN_ARTICLE_GLUED = /^[aeа](sh|th|dh|ш|[tdrzsnтдрзсн])\1/i;
// a nisba -i, -ee, -ie (Alani, Altaee, Al-Taie = العاني, الطائي)
const NISBA_END = /(?:[^aeiouAIUEOy'][iI]|[aeA](?:I|ye|i))$/;
const nisbaOfOneConsonant = (core: string): boolean => core.length >= 3 && consonantCount(core) === 1 && NISBA_END.test(core);

/**
 * Maghrebi spellings write the article as a bare l before a name that begins with a and a consonant or with a consonant
 * (Larbi, Lakhdar, Lassaad, Lazhar, Lahcen, Lhoussine = El Arbi, Al-Akhdar, Al-Asaad, El Azhar, al-Hassan, al-Hussein),
 * and West African ones so too (Lamine, Lamin = El Amine): the name without it, read only against a name written with the
 * article (Larbi is not عربي, Lamine not Amin, Lamia not Al-Amin); not Layla, Lalla.
 */
const MAGHREBI_L = /^l((?:[aA](?=[^aeiouAIUEOywl'])|(?=[^aeiouAIUEOywl'])).+)$/;
// … and West African ones before i and a consonant too, in a name that shows itself West African by the vowel it says
// after its last consonant, read without that vowel (Limamou = الإمام)
const WEST_AFRICAN_L = /^l([iI][^aeiouAIUEOywl'].*[^aeiouAIUEOWYQ'y])[uU]$/;
// … and Arabic-script copies of Maghrebi names write it so too, ل before a nisba of three consonants or a name of four
// (لخضري, لمرابط = Lakhdari, Lamrabet = الأخضري, المرابط; not لقمان, لشكر = Luqman, Lashkar)
const MAGHREBI_L_ARABIC = /^l([^aeiouAIUEOWYQ'].*)$/;
// … and Mauritanian ones as le, the name's first a said into it (Lemine = El Amine = الأمين)
const MAURITANIAN_LE = /^le([^aeiouAIUEOywl'][iI][^aeiouAIUEOywl'].*)$/;
// … and before the ayn or alif of a name of any shape, the vowel written double or a diphthong (Laaroussi, Laabidi,
// Laidouni, Laouini = El Aroussi, El Abidi, El Aidouni, El Aouini), and before the French ou of a w (Louardi, Louazzani
// = El Ouardi, El Ouazzani)
const MAGHREBI_L_BEFORE_AYN = /^(?:laa|lai|laou|loua|лаа|лаи|лай|лау|луа)/;
function maghrebiArticleCore(p: Piece): string | null {
  if (p.abjad) {
    const m = MAGHREBI_L_ARABIC.exec(p.sym);
    if (m === null) return null;
    const consonants = consonantCount(m[1]!);
    return consonants >= 4 || (consonants === 3 && m[1]!.endsWith('Q')) ? m[1]! : null;
  }
  const m = MAGHREBI_L.exec(p.bare) ?? WEST_AFRICAN_L.exec(p.bare) ?? (MAGHREBI_L_BEFORE_AYN.test(p.text) ? /^l(.+)$/.exec(p.bare) : null);
  if (m) return consonantCount(m[1]!) >= 2 ? m[1]! : null;
  const mauritanian = MAURITANIAN_LE.exec(p.bare);
  return mauritanian ? `a${mauritanian[1]!}` : null;
}

function stripArticleFromCore(sym: string, abjad: boolean): string {
  const bare = sym.replace(/^'+/, '');
  // the article of Arabic script (عبدالرحمن), whose alif may carry the name's first vowel (عبدالإله)
  const arabic = abjad ? /^Al(.+)$/.exec(sym) : null;
  if (arabic) return alifAfterArticle(arabic[1]!);
  // the link vowel of Abd-: a, e, u, o, French ou (Abdourahmane), or the waw of Arabic script — but the l before a last
  // i or e is the name's own (Abdali, Abdelli, Somali Abdulle = عبدلي)
  if (!abjad && /^[aeuo]l[ieIE]h?$/.test(bare)) return bare.slice(1);
  const m = /^[aeuoAWU]l(.+)$/.exec(bare) ?? /^[aeuoAWU]([^aeiouAIUEOWYQ'l].*)$/.exec(bare);
  return m && m[1]!.length >= 1 ? m[1]! : bare;
}

const ALLAH_WRITTEN = /ll|лл|љљ|[hх]$/;
/** The divine name (or kunya name) written as a word of its own: only an article is taken off, its first vowel is its own (Abdul Aziz, Abu Ammar). */
function stripArticleFromWord(p: Piece): string {
  const bare = p.sym.replace(/^'+/, '');
  // ال, not the ayn and l of a name (عبد علي = Abd Ali)
  if (p.abjad) return p.text.startsWith('ال') && bare.length >= 2 ? alifAfterArticle(bare.slice(1)) : p.sym;
  // … and in other scripts an al- before a consonant (Abd Elaziz) or of Allah, not the al of a name (Abu Ali, Abdul
  // Elah: a final h after a vowel is no consonant here)
  const m = /^[aeuoAWU]l(.+)$/.exec(bare);
  return m && (allahWritten(p) || (CONSONANT_BUT_FINAL_H.test(m[1]!) && !GLIDE_AND_VOWEL.test(m[1]!))) ? m[1]! : bare;
}
// (nor the al of a name whose y after it is the soft l of a Russian spelling, or a glide, before its last vowel: Абу
// аль-Аля = Abu al-Ala, Alya)
const GLIDE_AND_VOWEL = /^y[aeiouAIUEO]+h?$/;

/** Allah written in other scripts with its double l or its h (Allah, Alla, Alah); Ala, Alaa are the name Alaa (Abul Ala = أبو العلاء). */
const allahWritten = (p: Piece): boolean => !p.abjad && /^'*[aA]l[aA]h?$/.test(p.sym) && ALLAH_WRITTEN.test(p.text);

/**
 * An alif after the article carries the name's first vowel, as it does at the start of a word (الإدريسي = al-Idrisi, الإله
 * = al-Ilah), before a ya too, the long i of إي (الإيمان = al-Iman) as well as the ay of أي (الأيوبي = al-Ayyubi). (Not
 * before a waw: read as the vowel there, its u would meet the Latin Alusi, Alouani glued, and its w Al-Wahid, Al-Wasi —
 * الآلوسي, الأواني, الواحد, الواسع are other names of الأوسي, الأوحد.)
 */
const alifAfterArticle = (core: string): string => core.replace(/^A(?=[^AWQ'])/, "'").replace(/^A'/, "'");

/**
 * al-Laṭīf, the one divine name that begins with l: its l and the article's are one doubled letter, which a spelling
 * of Abd al-Latif joined into one word has (Abdullatif, عبداللطيف) or not (Abdelatif), and the divine name keeps it.
 */
const LATIF_WITHOUT_L = /^(?:t[YI]f|a?t(?:i|I|e)f)$/;
const divineNameCore = (core: string): string => (LATIF_WITHOUT_L.test(core) ? `l${core}` : core);

function unit(kind: UnitKind, pieces: Piece[], symbols: string, part: string, article: boolean): ParsedUnit {
  return {
    kind,
    text: pieces.map((p) => p.text).join(' '),
    symbols,
    part,
    article,
    abjad: pieces.some((p) => p.abjad),
    unstripped: null,
    withoutBareL: null,
    partAlsoReadAs: null,
    alsoReadAs: [],
  };
}

function abdUnit(pieces: Piece[], written: string): ParsedUnit {
  const abjad = pieces.some((p) => p.abjad);
  const core = divineNameCore(written);
  const u = unit('abd', pieces, (abjad ? "'bdAl" : 'abdul') + core, core, false);
  // (an Arabic-script Abd Rabbih, servant of his Lord, also read with the pronoun -uh its ه is: عبد ربه = Abd Rabbo, Abdrabuh)
  if (abjad && ABD_RABBIH.test(pieces[pieces.length - 1]!.text)) u.partAlsoReadAs = `${core.slice(0, -1)}u`;
  // (a divine name written apart also as the first convention of word-readings.ts that reads its own word otherwise reads
  // it: Abdel Dafea = عبد الدافع, the Egyptian -ea of the -iʿ)
  else if (!abjad && pieces.length > 1 && pieces[pieces.length - 1]!.sym === core) {
    u.partAlsoReadAs = wordReadings({ text: pieces[pieces.length - 1]!.text, symbols: core })[0] ?? null;
  }
  return u;
}
const ABD_RABBIH = /ربه$/;

const gluedMemo = new Map<string, ParsedUnit>();

/**
 * Two words as one. In Arabic script, at the seam, their letters as read in their own word: a first alif is only the
 * next word's onset, not a long a inside one word (آيت إيدير = Ait Idir, not Ayt-Aydir), a letter that ends one and
 * begins the other is said once, as Latin writes it (بن ناصر = Bennaceur), and the article of the next is left out, as
 * Latin spellings of the one word leave it (ولد الشيخ = Ould Cheikh = Ouldcheikh). (Its text, the memo key of the unit,
 * joins the two with a tatweel, which normalisation takes out of any name: no word typed is ever that key.)
 */
function joinedPiece(p: Piece, next: Piece): Piece | null {
  const joined = pieceOf(p.text + next.text);
  if (joined === null || !p.abjad || !next.abjad) return joined;
  const core = /^ال/.test(next.text) ? gluedUnit(next) : null;
  const seam = next.sym.startsWith(p.sym.slice(-1));
  if (!core?.article && !seam && !/^ا/.test(next.text)) return joined;
  const rest = core?.article ? core.symbols : seam ? next.sym.slice(1) : next.bare;
  return { ...joined, text: `${p.text}\u0640${next.text}`, sym: p.sym + rest, bare: p.bare + rest };
}

/** A single word as a unit (memoised by its text: the returned object is shared and must not be changed). */
/**
 * A name after an article written apart, whose own first al a glued article was guessed to be before a vowel (El Alami,
 * El Alaoui = العلمي, العلوي): the article is the one written, the name's al its own (not Ami, Aoui). Before a consonant
 * it is the article written twice (Al Alrashid, AL ALSHAIKH = الرشيد, آل الشيخ).
 */
function withoutSecondArticle(g: ParsedUnit): ParsedUnit {
  if (g.kind !== 'name' || g.abjad || !g.article || g.unstripped === null || !/^[aeiouAIUEO]/.test(g.symbols)) return g;
  return { ...g, symbols: g.unstripped, part: familySuffixBase(g.unstripped, false) ?? g.unstripped, article: false, unstripped: null };
}

function gluedUnit(p: Piece): ParsedUnit {
  const hit = gluedMemo.get(p.text);
  if (hit !== undefined) return hit;
  const u = withConventionReadings(greekCompound(p) ?? dutchOrAsWritten(p));
  if (gluedMemo.size >= 500_000) gluedMemo.clear();
  gluedMemo.set(p.text, u);
  return u;
}

// A Latin word with the letter pairs of Greek papers copied into Latin whose Greek reading is a compound is that compound
// (Vachintoullach = Wahidullah, Ampntelilach = Abdelilah): no plain name reads as one in that reading. Greek writes the
// h of Allah with χ too, copied ch (Vachintoullach). Only a word Greek copying marks twice: a pair and an ou or ch, or an
// mp or gk, which no other spelling writes for b and g (Valentin, Florentin are no -uddin compounds)
const GREEK_MARK = /mp|gk|ou|ch/;
function greekCompound(p: Piece): ParsedUnit | null {
  if (p.abjad || !GREEK_PAIR.test(p.text) || !GREEK_MARK.test(p.text) || !/^[a-vx-z]+$/.test(p.text)) return null;
  const greek = pieceOf(greekLetters(p.text).replace(/(?<=[aeiou])kh$/, 'h'));
  if (greek === null || greek.text === p.text) return null;
  const u = analyseWord(greek);
  return u.kind === 'name' ? null : { ...u, text: p.text };
}

// … and a Latin word with the oe of Dutch spellings that reads as a plain name, but as a compound with oe as u, is that
// compound (Roehoellah, Abdoellah = Ruhullah, Abdullah): other names with an oe read as none (Roeder, Noelle), and a
// compound as written keeps its French or Egyptian oe (Abdelmoez, Abdelmoeti = عبد المعز, المعطي), the Dutch reading
// of its name a second one (Noeroeddin = نور الدين)
function dutchOrAsWritten(p: Piece): ParsedUnit {
  const asWritten = analyseWord(p);
  if (p.abjad || !p.text.includes('oe') || !/^[a-z]+$/.test(p.text)) return asWritten;
  const dutch = pieceOf(p.text.replace(/oe/g, 'u'));
  const u = dutch === null ? asWritten : analyseWord(dutch);
  if (u.kind === 'name') return asWritten;
  if (asWritten.kind === 'name') return { ...u, text: p.text };
  // (a compound as written too: its name also read the Dutch way, Noeroeddin = Nur ad-Din)
  return asWritten.kind === u.kind && asWritten.partAlsoReadAs === null && u.part !== asWritten.part ? { ...asWritten, partAlsoReadAs: u.part } : asWritten;
}

// (and as Serbian and Croatian Latin copy it, with j: Abdulaje, Ramatulaje; not the Albanian family name Abdulaj)
const WEST_AFRICAN_ALLAH = /^(?:aye?|aje|ai|ayi|E|ie)$/;
// … and after another name, with the u or French ou of Allah (Ramatoulaye, Ramatulai = رحمة الله; not Nikolai, Akgülay)
const ALLAH_WEST_AFRICAN = /^(.*[^aeiouAIUEOWYQ'](?:[ieaI]|ia)?)[uU]l(?:a[yj]e|ai|ayi|ie|E)$/;
const WEST_AFRICAN_LETTERS = /^[a-zа-яј]+$/;

/** A name after the Somali link i that Abd- takes, also read with the s Somali writes for z (Abdiasis = Abd al-Aziz). */
const takesAbdAfterLinkI = (name: string): boolean => followsAbd(name, false) || followsAbd(name.replace(/s/g, 'z'), false);

function analyseWord(p: Piece): ParsedUnit {
  const allahFirst = p.abjad ? ALLAH_FIRST_ABJAD.exec(p.text) : ALLAH_FIRST.exec(p.text);
  if (allahFirst !== null) return allahFirstUnit([p], p.text.slice(allahFirst[1]!.length));
  const abd = ABD_GLUED.exec(p.sym);
  if (abd) {
    const rest = abd[2]!;
    const linked = p.abjad ? null : ABD_LINK_I.exec(rest);
    // (an l before a consonant after it is the article, as Albanian writes Abdul: Abdylkadir = Abdulkadir)
    // (before a vowel, only a name Abd- takes, whose ayn it is: Abdiaziz, Abdiasis; not Abdiomar)
    const beforeAyn = linked !== null && /^[aeiouA]/.test(linked[1]!);
    // Abd linked to Allah with the i of the genitive, its double l written once too, as Somali writes it (Abdillah,
    // Abdillahi, Cabdilaahi = عبد الله)
    if (linked && /^l{1,2}[aA]h[iI]?$/.test(linked[1]!)) return abdUnit([p], 'a');
    if (linked && consonantCount(linked[1]!) >= 2 && (!beforeAyn || takesAbdAfterLinkI(linked[1]!))) return abdUnit([p], linked[1]!.replace(/^l(?=[^aeiouAIUEOWYQ'l])/, ''));
    // (… and Abdillah, whose symbols have lost Allah's h, and the Somali Cabdillaahi, its a long)
    if (!p.abjad && (rest === 'ila' || rest === 'ilA')) return abdUnit([p], 'a');
    if (/^[aeuoAWU]l./.test(rest) || /^[aeuoAWU][^aeiouAIUEOWYQ'l]/.test(rest) || /^[^aeiouAIUEOWYQ']/.test(rest)) {
      const core = /^[^aeiouAIUEOWYQ']/.test(rest) ? rest : stripArticleFromCore(rest, p.abjad);
      // West African spellings say Abdullahi without the h of Allah (Abdoulaye, Abdulai, Gambian Abdoulie = عبد الله)
      if (!p.abjad && /^[aeuoU]l/.test(rest) && WEST_AFRICAN_ALLAH.test(core)) return abdUnit([p], 'a');
      // … and Gambian Abduli, Abdouli, Абдули (not the Abdali of عبد علي and the Pashtun tribe, nor Tunisian Abdeli)
      if (!p.abjad && /^[uU]l[iIy]$/.test(rest)) return abdUnit([p], 'a');
      // … and Tajik and Uzbek ones Abdullo, Abdulloh
      if (!p.abjad && /^uloh?$/.test(rest) && ALLAH_TAJIK_TEXT.test(p.text)) return abdUnit([p], 'a');
      // a final h after a vowel spells the vowel (Abdoh, Abdeh = Abdu, عبده): no divine name follows
      if (core.length >= 1 && core !== 'h') return abdUnit([p], core);
    }
  }
  const umm = p.abjad ? null : UMM_GLUED.exec(p.sym);
  if (umm && consonantCount(umm[1]!) >= 2) return unit('umm', [p], `um${umm[1]!}`, umm[1]!, false);
  const abu = (p.abjad ? ABU_GLUED_ARABIC : ABU_GLUED).exec(p.sym);
  if (abu && consonantCount(abu[1]!) >= 2) {
    const kunya = unit('abu', [p], `abu${abu[1]!}`, abu[1]!, false);
    // (before a vowel the l may be the name's own: Abulibdeh = Abu Libdeh = أبو لبدة, as Abul Ala is Abu al-Ala)
    if (!p.abjad && /^[aeiou]/.test(abu[1]!)) kunya.partAlsoReadAs = `l${abu[1]!}`;
    return kunya;
  }
  // Arabic script: الله written on after any name, read from the letters before it (عطاالله, وليالله, سميعالله, whose
  // last letters merge with it in symbols)
  const arabicBase = p.abjad && p.text.length >= 6 && p.text.endsWith('الله') ? taaBeforeAllah(wordToSymbols(p.text.slice(0, -4)).symbols) : null;
  if (arabicBase !== null && arabicBase.length >= 2) return withPartWithoutFinalH(unit('allah-compound', [p], `${arabicBase}Ala`, arabicBase, false));
  const afterVowel = p.abjad ? null : ALLAH_AFTER_VOWEL.exec(p.text);
  const vowelBase = afterVowel === null ? null : wordToSymbols(afterVowel[1]!).symbols;
  if (vowelBase !== null && consonantCount(vowelBase) >= 1 && vowelBase.length >= 3) {
    const compound = gluedAllahCompound(p, vowelBase);
    // (a last a after a consonant may be Allah's own, the name's written before it: Dafaalla = Dafalla = دفع الله)
    if (/[^aeiouAIUEOWYQ']a$/.test(vowelBase)) compound.partAlsoReadAs = vowelBase.slice(0, -1);
    return compound;
  }
  const allah = (p.abjad ? (ALLAH_DOUBLE_LAM.test(p.text) ? ALLAH_GLUED_ARABIC.exec(p.sym) : null) : ALLAH_LATIN_TEXT.test(p.text) || !LATIN_OR_CYRILLIC.test(p.text) ? ALLAH_GLUED.exec(p.sym) : null)
    ?? (!p.abjad && WEST_AFRICAN_LETTERS.test(p.text) ? ALLAH_WEST_AFRICAN.exec(p.sym) : null)
    ?? (!p.abjad && ALLAH_DOUBLE_L.test(p.text) ? ALLAH_GLUED_A.exec(p.sym) : null)
    ?? (!p.abjad && ALLAH_I_TEXT.test(p.text) ? ALLAH_GLUED_I.exec(p.sym) : null)
    ?? (!p.abjad && ALLAH_TAJIK_TEXT.test(p.text) ? ALLAH_TAJIK.exec(p.sym) : null);
  // (a Latin base of one consonant ending in a vowel too: Ataullah = عطاالله, Ziaullah = ضياء الله)
  if (allah && (consonantCount(allah[1]!) >= 2 || (!p.abjad && consonantCount(allah[1]!) === 1 && /^(?:.[^aeiou].*[aei]|[^aeiou]ia)$/.test(allah[1]!)))) {
    return gluedAllahCompound(p, allah[1]!);
  }
  const din = gluedDin(p);
  if (din !== null) {
    const u = unit('din-compound', [p], din.base + (p.abjad ? 'AldYn' : 'udin'), din.base, false);
    u.partAlsoReadAs = din.withLink ?? bengaliZReading(p.text, din.base);
    // (every such compound also as written, against a spelling that reads the same letters as one name: نەجمەدین = Najmadin)
    u.alsoReadAs = [p.sym];
    return u;
  }
  const { sym, article, guessed } = stripGluedArticle(p);
  const compound = p.abjad && !article ? compoundSecondAlif(p.text, sym) : sym;
  const u = unit('name', [p], sym, familySuffixBase(sym, p.abjad) ?? compoundGivenRest(compound, p.abjad, p.text) ?? sym, article);
  if (compound !== sym) u.alsoReadAs = [compound];
  else if (p.abjad && (PERSIAN_MAH_SHORT.test(p.text) || PERSIAN_SHAH_SHORT.test(p.text))) u.alsoReadAs = [wordToSymbols(`${p.text.slice(0, 1)}اه${p.text.slice(2)}`).symbols];
  else if (p.abjad && PERSIAN_AQA.test(p.text)) u.alsoReadAs = [wordToSymbols(p.text.replace(PERSIAN_AQA, 'اغا')).symbols];
  if (guessed) u.unstripped = p.sym;
  else if (!article) u.withoutBareL = maghrebiArticleCore(p);
  // Maghrebi spellings write the article as a bare l joined to the name (العربي Larbi, الأخضر Lakhdar, الأمين
  // Lamine, الحسن Lahcen): the name with that l is a second reading of the Arabic word
  else if (article && p.abjad) u.unstripped = `l${sym}`;
  return u;
}

// the Persian مه, the moon of women's names, is ماه too (مه جبین = ماه جبین = Mahjabin, مهرخ = ماه رخ = Mahrukh): the word
// alone, or before the second halves of those names, is also read so — not Arabic words that begin so (مهرة, مهدي, مهند)
const PERSIAN_MAH_SHORT = /^مه(?:جبين|رخ|نوش|لقا|وش|پاره|سيما|تاب|رو|ناز|سا|گل|پري|بانو|دخت|پيكر|جان)?$/;
// … and شه is the Shah of names and family names, شاه (شهبخش, شهنوازی, شهناز = شاهبخش, شاه‌نوازی, شاهناز) before the
// second halves of those names, with the nisba or not (alone it is read so: translit/arabic.ts) — not Arabic words that
// begin so (شهد, شهاب, شهيد)
// … and Persian, which says ق and غ alike, writes the Agha of names both ways (آقا, آغا; سیدآقا = سیدآغا): آقا is also
// read آغا, as Dari and Pashto write it and Latin spells it, Agha
// (alone or at the end of a compound, after two letters or more: not a word of one letter and اقا)
const PERSIAN_AQA = /(?:^|(?<=..))اقا$/;
const PERSIAN_SHAH_SHORT = new RegExp(`^شه(?:${SHAH_NAME_SECOND_HALVES})ي?$`);

/**
 * X-allah written as one word, X being `base`; a Latin or Cyrillic one is read as written too, against a name its spelling
 * does not show as one (Hasaballa = Хасабала, Fadlalla = Fadlala: Slavic spellings write no double l, which alone marks
 * the -alla of Allah).
 */
function gluedAllahCompound(p: Piece, base: string): ParsedUnit {
  const compound = withPartWithoutFinalH(unit('allah-compound', [p], base + (p.abjad ? 'Ala' : 'ula'), base, false));
  if (!p.abjad && p.sym !== compound.symbols) compound.alsoReadAs = [p.sym];
  return compound;
}

/**
 * An Arabic-script X-allah whose X ends in ح, which Afghan and Pakistani spellings leave out before -ullah (ذبيح الله =
 * Zabiullah = Zabihullah): the X without it is a second reading of the part.
 */
function withPartWithoutFinalH(u: ParsedUnit): ParsedUnit {
  if (u.abjad && u.part.length >= 3 && u.part.endsWith('h')) u.partAlsoReadAs = u.part.slice(0, -1);
  // … and one whose X ends in ه after a long vowel, which taaBeforeAllah read as a taa marbuta, is also read with its h
  // (وجيه الله = Wajihullah, as عطية الله is Atiyatullah)
  else if (u.abjad && u.part.length >= 3 && /[YW]t$/.test(u.part)) u.partAlsoReadAs = `${u.part.slice(0, -1)}h`;
  return u;
}

/**
 * The taa marbuta that ends the first word of X Allah is said t, and every other script writes it (نعمة الله =
 * Nematullah, رحمة الله = Rahmatullah, قدرة الله = Qudratullah, as Persian writes نعمت الله) — after the consonant y or w
 * of -iya, -aya, -wa too (كفاية الله = کفایت‌الله, Kifayatullah; عطية الله = Atiyatullah).
 */
const taaBeforeAllah = (symbols: string): string => (/[^AQ'aeiou]a$/.test(symbols) ? `${symbols.slice(0, -1)}t` : symbols);

/** The name X of an X-uddin written as one word (Salahuddin, Nurettin, Izzeddine, علاءالدين), or null. */
// Uzbek, Tajik and Russian spellings write the dd of -iddin td (Zaynitdin, Фахритдин = Zayniddin, Fakhriddin): read as dd
const DIN_TD_TEXT = /[aeiouаеиоуы](?:td|тд)(?:i|и)[nн]$/;
/** The base of a Bengali compound read with z for its জ or য, as Bangladeshi spellings write Nizamuddin (নিজাম উদ্দিন). */
const bengaliZReading = (text: string, base: string): string | null => (/[জয]/.test(text) && base.includes('j') ? base.replace(/j/g, 'z') : null);

function gluedDin(piece: Piece): { base: string; withLink: string | null } | null {
  const p = DIN_TD_TEXT.test(piece.text) ? { ...piece, text: piece.text.replace(/t(?=din$)/, 'd').replace(/т(?=дин$)/, 'д'), sym: piece.sym.replace(/t(?=d[iIY]n$)/, '') } : piece;
  const attin = DIN_GLUED_T.test(p.text) ? DIN_GLUED_ATTIN.exec(p.sym) : null;
  const din = DIN_GLUED.exec(p.sym) ?? (p.abjad ? null : DIN_GLUED_AL.exec(p.sym) ?? DIN_GLUED_BARE.exec(p.sym)) ?? attin;
  if (din && consonantCount(din[1]!) >= 2 && (!/t[iIY]ne?$/.test(p.sym) || DIN_GLUED_T.test(p.text))) {
    // (the a of -attin may be the base's last vowel: Bahattin = Baha ad-Din as well as Selahattin = Salah ad-Din)
    // (… and so the long a of an -Al- link: Bahaaldin = Bahaa ad-Din)
    return { base: p.abjad ? withFaailVowel(din[1]!) : din[1]!, withLink: din === attin ? `${din[1]!}a` : !p.abjad && din[2] === 'Al' ? `${din[1]!}A` : null };
  }
  // a base of one consonant keeps the a before -ttin or -ddin: it ends the name (Alaattin, Aladdin = Ala + ad-Din)
  if (attin && consonantCount(attin[1]!) === 1 && /^[aeiou]/.test(attin[1]!)) return { base: `${attin[1]!}a`, withLink: null };
  const doubled = (DOUBLED_DIN_TEXT.test(p.text) ? DIN_GLUED_DOUBLED.exec(p.sym) : null) ?? DIN_SHORT_BASE.exec(p.sym)
    ?? DIN_SHORT_BASE_E.exec(p.sym);
  if (doubled && consonantCount(doubled[1]!) >= 1 && /[aeiouAIUEOWYQ']/.test(doubled[1]!) && doubled[1]!.length >= 2) {
    const base = doubled[1]!;
    const link = doubled[2] ?? '';
    if (!p.abjad && consonantCount(base) === 1 && /[^aeiouAIUEOWYQ']$/.test(base) && /^[aA]$/.test(link)) {
      // (unless it is the Izz of Ezzadin, its z written twice: then the a links it, Izz ad-Din)
      return DOUBLED_BASE_END.test(p.text) ? { base, withLink: `${base}a` } : { base: `${base}a`, withLink: null };
    }
    // a link a or i may be the last vowel of the base (Bahaddin, Ziaddin, Muhiddin = بهاء الدين, ضياء الدين, محي الدين)
    return { base, withLink: !p.abjad && /^[aAi]$/.test(link) ? base + link.toLowerCase() : null };
  }
  const sorani = p.abjad && SORANI_E_BEFORE_DIN.test(p.text) ? DIN_GLUED_SORANI.exec(p.sym) : null;
  // (an ayn counts: عیزەدین, Izz ad-Din; not before b, the Abidin of عابەدین)
  if (sorani && consonantCount(sorani[1]!) + (sorani[1]!.startsWith("'") && !/^'A?b$/.test(sorani[1]!) ? 1 : 0) >= 2) return { base: sorani[1]!.replace(/([^aeiouAIUEOWYQ'])\1$/, '$1'), withLink: null };
  // (a base ending in i of two consonants: Taqi, Muhyi; not the Zi of Ziudin, whose Zia the link's u ends)
  const iBase = p.abjad ? null : DIN_I_BASE.exec(p.sym) ?? (DIN_GLUED_T.test(p.text) ? DIN_I_BASE_T.exec(p.sym) : null);
  const shortA = p.abjad ? null : DIN_SHORT_A_BASE.exec(p.sym);
  const short = p.abjad ? null : shortA ?? DIN_HAMZA_BASE.exec(p.sym) ?? (iBase !== null && consonantCount(iBase[1]!) >= 2 ? iBase : null) ?? DIN_I_LINK.exec(p.sym);
  if (short === null) {
    // (the al read as the link, and as the base's own: DIN_SHORT_VOWEL_AL)
    const shortAl = p.abjad ? null : DIN_SHORT_VOWEL_AL.exec(p.sym);
    return shortAl !== null && consonantCount(shortAl[1]!) >= 2 && !EUROPEAN_BEFORE_AL.test(shortAl[1]!) ? { base: shortAl[1]!, withLink: `${shortAl[1]!}al` } : null;
  }
  // (the a of one consonant's base may be the link's too: Ezadin = Izz ad-Din as well as Aladin = Ala ad-Din)
  return { base: short[1]!, withLink: short === shortA ? short[1]!.slice(0, -1) : null };
}

/** Whether a Latin name after a glued al- or el- is too short for the article to be taken off (stripGluedArticle). */
const keepsGluedArticle = (name: string): boolean => consonantCount(name) < 2 && !nisbaOfOneConsonant(name);
/** An article and the name after it written as one word, a letter that ends one and begins the other written once. */
const withArticleGlued = (article: string, name: string): string => (name.startsWith(article.slice(-1)) ? article.slice(0, -1) : article) + name;

// a nisba: a last i or ya after a consonant (Alwani, العلواني)
const NISBA_OF_NAME = /[^aeiouAIUEOWYQ'y][iIQ]$/;

/** Abd / Abdul / Abd al- at piece i and its divine name after it as one unit, and the index after it; null if not such. */
function abdCompoundAt(pieces: Piece[], i: number, options: ParseOptions): { unit: ParsedUnit; next: number } | null {
  const p = pieces[i]!;
  const next = pieces[i + 1]!;
  if ((p.role & Role.Abd) === 0 || (options.abdoAsName === true && abdoWrittenApart(`${p.text} ${next.text}`)) || !abdBeforeItsName(p, pieces, i)) return null;
  // (Abdel Al before a name Abd does not take is the Abd al-Aal of Egyptian families, عبد العال, its al the
  // divine name al-Aal, not the next name's article: ABDEL AL Hani Tawfiq = Hani Tawfiq Abdel Al)
  const aal = abdelAalBefore(p, pieces, i);
  const j = aal ? i + 1 : afterArticle(pieces, i + 1);
  const corePiece = pieces[j]!;
  // after an article written apart (Abd al-Elah), or joined to Abd before a vowel (Abdul Alim = Abd al-Alim, not
  // Abdul Alrahman), the word is the divine name as it stands
  // — but Allah, whose al is its own, written after Abdul too (Abdul Allah, Abdel Alla = Abdullah)
  const articleBefore = (j > i + 1 || (/l$/.test(p.sym) && /^[aeuoAWU]l[aeiouAIUEO]/.test(corePiece.bare))) && !allahWritten(corePiece);
  const core = articleBefore && !corePiece.abjad ? corePiece.bare : stripArticleFromWord(corePiece);
  return { unit: abdUnit(pieces.slice(i, j + 1), core), next: j + 1 };
}

/**
 * Whether the Abd at i is one with the name after it: Abdo / Abdu only before a name Abd- takes (not Abdo Qaid); any Abd
 * not before a nisba, which no divine name is but those Abd- takes (Abd al-Hadi, not Abd al-Alwani = عبد العلواني, the
 * name Abd before a family name).
 */
function abdBeforeItsName(p: Piece, pieces: Piece[], i: number): boolean {
  const core = pieces[afterArticle(pieces, i + 1)]!;
  const name = stripArticleFromWord(core);
  // (an honorific after Abdo is the next name's: Abdo Hadj Omar)
  if (ABD_NAME_PIECE.test(p.sym)) return (core.role & (Role.Title | Role.Honorific)) === 0 && followsAbd(name, core.abjad);
  // (only an Abd without the article of a compound, before a nisba of no name Abd- takes: Abdul Goni, Abd al-Karimi are
  // compounds)
  if (/l$/.test(p.sym) || !NISBA_OF_NAME.test(name) || consonantCount(name) < 2) return true;
  return followsAbd(name, core.abjad, true) || followsAbd(name.slice(0, -1), core.abjad, true);
}

const AAL_WRITTEN = /^(?:al|aal|ал|аль)$/;
function abdelAalBefore(p: Piece, pieces: Piece[], i: number): boolean {
  const article = pieces[i + 1];
  const name = pieces[i + 2];
  if (p.abjad || !/l$/.test(p.sym) || article === undefined || name === undefined || !AAL_WRITTEN.test(article.text)) return false;
  // (an article of its own after it leaves the al no name to be the article of: Abdel Al El-Shenawy)
  if (afterArticle(pieces, i + 2) > i + 2) return true;
  return (name.role & ~Role.Honorific) === 0 && !followsAbd(stripArticleFromWord(name), name.abjad, true);
}

/** Index of the name after an article written apart at j (al-, el-, ul-, or ar-/as-/ash-… before its letter). */
function afterArticle(pieces: readonly Piece[], j: number): number {
  const p = pieces[j]!;
  const next = pieces[j + 1];
  if (next === undefined) return j;
  if ((p.role & Role.Article) !== 0) return j + 1;
  if ((p.role & Role.SunArticle) !== 0 && next.bare.startsWith(p.bare.slice(-1))) return j + 1;
  return j;
}

/**
 * Leading titles: a title before at least one name, an honorific (also a name) before at least two — unless
 * `keepHonorifics` asks for the reading where an honorific is the name it also is.
 */
function leadingTitles(normalized: string, pieces: Piece[], titles: string[], keepHonorifics: boolean): number {
  let rest = normalized;
  for (let m = ABBREVIATED_TITLE.exec(rest); m !== null && rest.length > m[0].length; m = ABBREVIATED_TITLE.exec(rest)) {
    titles.push(m[0].trim());
    rest = rest.slice(m[0].length);
  }
  let skip = 0;
  // the abbreviations were two pieces each (г, дин)
  for (const t of titles) skip += t.split(/[ -]/).filter((x) => x !== '').length;
  return titlesFrom(pieces, Math.min(skip, pieces.length), titles, keepHonorifics);
}

/** The titles and honorifics from piece `i` on (leadingTitles), into `titles`: the index of the first piece after them. */
function titlesFrom(pieces: Piece[], from: number, titles: string[], keepHonorifics: boolean): number {
  let i = from;
  while (i < pieces.length) {
    const p = pieces[i]!;
    const after = pieces.length - i - 1;
    const names = countNames(pieces, i + 1);
    const honorific = !keepHonorifics && (p.role & Role.Honorific) !== 0;
    if (((p.role & Role.Title) !== 0 && after >= 1 && names >= 1) || (honorific && (names >= 2 || (names >= 1 && isHonorificOnly(p.sym, p.abjad))))) {
      titles.push(p.text);
      i++;
    } else break;
  }
  return i;
}

/** Pieces from `from` on that are names or initials of names (not titles or particles). */
function countNames(pieces: Piece[], from: number): number {
  let n = 0;
  for (let k = from; k < pieces.length; k++) if ((pieces[k]!.role & (Role.Title | Role.Honorific | Role.Article | Role.Bin)) === 0) n++;
  return n;
}

function initialUnit(p: Piece): ParsedUnit {
  return { kind: 'initial', text: p.text, symbols: p.bare || p.sym, part: p.bare || p.sym, article: false, abjad: p.abjad, unstripped: null, withoutBareL: null, partAlsoReadAs: null, alsoReadAs: [] };
}

/** The last unit so far, undefined for none (not units[-1]: an index below 0 is a property name, looked up slowly). */
const lastOf = (units: ParsedUnit[]): ParsedUnit | undefined => (units.length > 0 ? units[units.length - 1] : undefined);

/**
 * `keepHonorifics`: read an honorific as the name it also is; `familyNameFirst`: the name as written shows its first word
 * to be the family name (in capitals before words that are not, or before a comma: HAILE Mariam, CHAUDHRY Ahmed Ali),
 * which then begins no compound and is no honorific; and what the name as written shows that normalisation takes away
 * (WrittenSigns: the Urdu ہ, ے; the Sorani ێ).
 */
export interface ParseOptions extends Partial<WrittenSigns> {
  readonly keepHonorifics?: boolean;
  readonly familyNameFirst?: boolean;
  /** the name as written has an izafat apart, a lower-case e or i without a dot between two words (Sher e Alam) */
  readonly izafatApart?: boolean;
  /** read a first Umu with one m as the West African given name Oumou, not the kunya Umm (Umu Seidu Keita) */
  readonly umuAsName?: boolean;
  /** read an Abdo, Abdu written apart before Ali, Hussein, Hassan, Nabi as the given name it also is (abdo-apart.ts) */
  readonly abdoAsName?: boolean;
}

// the Mauritanian and Sudanese Ould, Wad (son of) that begins a family name, which papers leave out as they leave it out
// inside a name (OULD CHEIKH Mohamed = Mohamed Cheikh, as Mohamed Ould Cheikh is)
const SON_OF_FAMILY = new Set(['Uld', 'uld', 'wld', 'wuld', 'wUld', 'Wld', 'weld', 'walad', 'wad', 'Wd']);
/** A family name written first with its marker (BEN OMAR, OULD CHEIKH): one unit, read without an Ould or Wad too. */
function familyNameWithMarker(joined: ParsedUnit, pieces: readonly Piece[], marker: Piece, name: ParsedUnit): ParsedUnit {
  const text = pieces.map((x) => x.text).join(' ');
  if (!SON_OF_FAMILY.has(marker.bare) || joined.alsoReadAs.includes(name.symbols)) return { ...joined, text };
  return { ...joined, text, alsoReadAs: [...joined.alsoReadAs, name.symbols] };
}

export function parseName(normalized: string, options: ParseOptions = {}): ParsedName {
  // (most names are plain words alone: their units without the loop below, which reads them so)
  const written: WrittenSigns = { urdu: options.urdu === true, sorani: options.sorani === true };
  const plain = options.umuAsName === true ? null : plainNameUnits(normalized, written);
  if (plain !== null) return { units: plain, lineageMarker: false, lineage: Lineage.None, relativeAt: -1, titles: [] };
  const familyNameFirst = options.familyNameFirst === true;
  const pieces = piecesOf(normalized, familyNameFirst, options.izafatApart === true);
  if (options.umuAsName === true && pieces.length > 0 && UMU_WITH_ONE_M.test(pieces[0]!.text)) pieces[0] = { ...pieces[0]!, role: pieces[0]!.role & ~Role.Umm };
  const units: ParsedUnit[] = [];
  const titles: string[] = [];
  let lineageMarker = false;
  let lineage = Lineage.None;
  let relativeAt = -1;
  let i = familyNameFirst ? 0 : leadingTitles(normalized, pieces, titles, options.keepHonorifics === true);
  // (where the family name is written first, the titles come after it: POPALZAI Haji Gul Ahmad)
  let titlesAfterFamilyName = !familyNameFirst;
  // (a reading below that joins a word to the one before or after it, or reads it by them, must be one standsAlone
  // refuses the word for: names of words it does not refuse are read without this loop, plainNameUnits)
  // (a family-name marker before an Abd- compound, which it stands before without joining it: Ben, Bou Abdallah)
  let markerAt = -1;
  let marker = '';
  while (i < pieces.length) {
    if (markerAt >= 0 && units.length > markerAt) {
      withFamilyMarker(units, markerAt, marker);
      markerAt = -1;
    }
    if (!titlesAfterFamilyName && units.length === 1) {
      titlesAfterFamilyName = true;
      i = titlesFrom(pieces, i, titles, options.keepHonorifics === true);
      continue;
    }
    const p = pieces[i]!;
    const next = pieces[i + 1];
    const isLast = next === undefined;
    if ((p.role & Role.Initial) !== 0) {
      units.push(initialUnit(p));
      i++;
      continue;
    }
    // bin / ibn / bint / ould: lineage marker between names
    const familyNameMarker = !isLast && i > 0 && (p.role & Role.Bin) !== 0 && isFamilyNameMarker(p) && familyNameAfterMarker(pieces, i) >= 0;
    // (an Ait or Bou before an Abd- compound begins a family name, as before any name, and so does a Ben first or joined
    // to it: the compound's unit keeps it, and Benabdallah, Bouabdallah are two families; after a given name it still
    // says which is the father's, as below: Abdelkader Benabdallah is not Abdallah Benabdelkader)
    if (!isLast && (p.role & Role.Bin) !== 0 && ((next.role & Role.Abd) !== 0 || gluedUnit(next).kind === 'abd')
      && (i === 0 || isFamilyNameMarker(p) || ` ${normalized}`.includes(` ${p.text}${next.text}`))) {
      markerAt = units.length;
      marker = familyMarkerOf(p.bare);
      if (i === 0) {
        i++;
        continue;
      }
    }
    if (!isLast && i > 0 && (p.role & Role.Bin) !== 0 && !familyNameMarker) {
      if (!lineageMarker) {
        lineage = lineageOf(p.bare);
        if (lineage !== Lineage.None) relativeAt = units.length;
      }
      lineageMarker = true;
      i++;
      continue;
    }
    // … but first it is part of a family name written first (BEN OMAR Khadija, AIT AHMED Karim): one word with the next,
    // as Benomar, Aitahmed are written
    // (before a compound, Ben Abdallah = Benabdallah, it only stands before it), and without an article written between
    // them, which the word joined leaves out (Ould El Cheikh = Ould Cheikh = ولد الشيخ)
    // (so is an Ait or Bou anywhere before a name, which begin family names only, never a father's name: Karim Bou Azza =
    // Karim Bouazza, not Karim, son of Azza)
    // (and an Ait before a Ben family name, one family name of the three: Aït Ben Haddou = Ait Benhaddou = Aitbenhaddou)
    if (!isLast && (i === 0 || familyNameMarker) && (p.role & Role.Bin) !== 0) {
      const j = familyNameAfterMarker(pieces, i);
      const name = pieces[j];
      // (the Ben of Ait Ben El Hadj kept before the article the join leaves out: Aitbenhadj)
      const marker = j >= i + 2 && (pieces[i + 1]!.role & Role.Bin) !== 0 ? joinedPiece(p, pieces[i + 1]!) : p;
      const joined = name !== undefined && marker !== null ? joinedPiece(marker, name) : null;
      if (joined !== null) units.push(familyNameWithMarker(gluedUnit(joined), pieces.slice(i, j + 1), p, gluedUnit(name!)));
      i = joined !== null ? j + 1 : i + 1;
      continue;
    }
    // Ghulam (servant of), which is no name alone, and Pakistani papers' Gh. for it, with the name after it (Ghulam Nabi,
    // غلام نبی, Gh. Rasool = Ghulamnabi, Ghulam Rasool), and the Hadrami Ba of family names written apart (با وزير =
    // Bawazir): one name, as Abd- and its name are, not a name and a father's name another paper may leave out
    if (!isLast && !(i === 0 && familyNameFirst) && (GHULAM.has(p.text) || (i > 0 && p.abjad && BA.has(p.text))) && standsAsOneName(pieces, i + 1)) {
      const first = p.text === 'gh' ? GHULAM_SYMBOLS : p.sym;
      // (its part the name after it, which two such names must agree in: Ghulam Hasan is not Ghulam Husein)
      units.push(unit('name', [p, next!], first + next!.sym, next!.sym, false));
      i += 2;
      continue;
    }
    if (!isLast && i > 0 && BANI.has(p.text) && standsAsOneName(pieces, i + 1)) {
      units.push(unit('name', [p, next!], BANI_SYMBOLS + next!.sym, next!.sym, false));
      i += 2;
      continue;
    }
    // Abed, as Palestinian and Jordanian spellings write Abd before its divine name (Abed Al-Rahman, Abed Kader, Abed Rabbo
    // = عبد الرحمن, عبد القادر, عبد ربه); before the names of the Prophet's family that Shia Abd- names take too, Abed is
    // the name Abid (عابد: Abed Ali, Abed Hussein)
    if (!isLast && ABED.test(p.text) && (((next!.role & (Role.Article | Role.SunArticle)) !== 0 && pieces[i + 2] !== undefined
      && followsAbd(pieces[i + 2]!.sym, false, true)) || (next!.role === 0 && !ABID_BEFORE.test(next!.text)
      && followsAbd(stripGluedArticle(next!).sym, false)))) {
      const j = afterArticle(pieces, i + 1);
      units.push(abdUnit(pieces.slice(i, j + 1), stripArticleFromWord(pieces[j]!)));
      i = j + 1;
      continue;
    }
    // an Ethiopian and Eritrean compound written in two words (Habte Mariam, Gebre Medhin, ገብረ መድህን = Habtemariam,
    // Gebremedhin): one name, not a name and a father's name that another paper may leave out
    // (not a family name written first before the given name: HAILE Mariam is Mariam, daughter of Haile)
    if (!isLast && !(i === 0 && familyNameFirst) && ETHIOPIAN_COMPOUND_FIRST.has(p.text) && ETHIOPIAN_COMPOUND_SECOND.has(next!.text)) {
      const joined = pieceOf(p.text + next!.text);
      if (joined !== null) {
        units.push({ ...gluedUnit(joined), text: `${p.text} ${next!.text}` });
        i += 2;
        continue;
      }
    }
    // the Ter, Der of Armenian priestly families before their name, written apart or hyphenated (Ter-Petrosyan, Der
    // Bedrossian, Տեր-Պետրոսյան): one family name, not a name another paper may leave out (Ter-Petrosyan is not Petrosyan)
    if (!isLast && ARMENIAN_TER.test(p.text) && ARMENIAN_FAMILY_END.test(next!.text)) {
      const joined = pieceOf(p.text + next!.text);
      if (joined !== null) {
        units.push({ ...gluedUnit(joined), text: `${p.text} ${next!.text}` });
        i += 2;
        continue;
      }
    }
    // Abd with the article said as the sun letter the divine name begins with, written apart from it (the Abdur Rahman,
    // Abdus Salam, Abdush Shakur of Bangladeshi and Indian spellings, আব্দুর রহমান, Абдур Рахман = Abd al-Rahman; and
    // Abdus before sh, as Bangladeshi spellings write the sh of Shakur: Abdus Shakur)
    const sunAbd = isLast || p.abjad ? null : ABD_SUN_LETTER.exec(p.sym);
    if (sunAbd !== null && (next!.sym.startsWith(sunAbd[2]!) || (sunAbd[2] === 's' && next!.sym.startsWith('c'))) && (next!.role & ~Role.Honorific) === 0) {
      units.push(abdUnit([p, next!], next!.sym));
      i += 2;
      continue;
    }
    // Abd / Abdul / Abd al- + divine name → one unit
    const abd = isLast ? null : abdCompoundAt(pieces, i, options);
    if (abd !== null) {
      units.push(abd.unit);
      i = abd.next;
      continue;
    }
    // Abu / Umm + name → one unit (kunya)
    if (!isLast && (p.role & (Role.Abu | Role.Umm)) !== 0) {
      // (an izafat after it, written with hyphens, links it to the name: Umm-e-Farwa = Umm Farwa)
      const izafat = IZAFAT.has(pieces[i + 1]!.text) && pieces[i + 2] !== undefined ? 1 : 0;
      const j = afterArticle(pieces, i + 1 + izafat);
      // (the son's name an Abd- name, written apart or joined: Umm Abd al-Rahman, أم عبد الرحمن = Umm Abdulrahman)
      const sonAbd = j + 1 < pieces.length ? abdCompoundAt(pieces, j, options) : null;
      const joinedAbd = sonAbd === null ? gluedUnit(pieces[j]!) : null;
      const abdName = sonAbd?.unit ?? (joinedAbd?.kind === 'abd' ? joinedAbd : null);
      const end = sonAbd === null ? j : sonAbd.next - 1;
      // (… its part the Abd's b and d and the divine name, which every script writes alike: not the link vowel or ayn)
      const core = abdName === null ? stripArticleFromWord(pieces[j]!) : `bd${abdName.part}`;
      const kind: UnitKind = (p.role & Role.Abu) !== 0 ? 'abu' : 'umm';
      const kunya = unit(kind, pieces.slice(i, end + 1), (kind === 'abu' ? 'abu' : 'um') + core, core, false);
      // (the name after Abu as Greek papers copied into Latin write it too: Ampou Tzarant = Abu Jarad; and a Bengali one as
      // another romanisation reads it: উম্মে কুলছুম = Umme Kulsum)
      if (!pieces[j]!.abjad && abdName === null) {
        const name = { text: pieces[j]!.text, symbols: core };
        kunya.partAlsoReadAs = greekReadings(name)[0] ?? bengaliReadings(name)[0] ?? null;
      }
      units.push(kunya);
      i = end + 1;
      continue;
    }
    // Dhu + article + name (ذو الفقار, Dhu al-Fiqar) is one name, which Latin and Cyrillic write as one word
    // (Zulfiqar, Зулфикар)
    if (!isLast && isDhu(p) && (next.role & Role.Article) !== 0 && pieces[i + 2] !== undefined) {
      const core = pieces[i + 2]!;
      units.push(unit('name', [p, next, core], `${p.sym}l${core.bare}`, `${p.sym}l${core.bare}`, false));
      i += 3;
      continue;
    }
    if (!isLast && isDhu(p) && (stripGluedArticle(next).article)) {
      const core = stripGluedArticle(next).sym;
      units.push(unit('name', [p, next], `${p.sym}l${core}`, `${p.sym}l${core}`, false));
      i += 2;
      continue;
    }
    // X ad-Din, X al-Din written apart → one compound (an article assimilated to another letter than the d of Din is no
    // article of it: the Ezz of Ezz Eldin is a name, عز)
    const before = lastOf(units);
    if (before !== undefined && before.kind === 'name' && !isLast && (next.role & Role.Din) !== 0
      && ((p.role & Role.Article) !== 0 || ((p.role & Role.SunArticle) !== 0 && next.bare.startsWith(p.bare.slice(-1))))) {
      units[units.length - 1] = unit('din-compound', [fromUnit(before), p, next],
        before.symbols + (before.abjad || p.abjad ? 'AldYn' : 'udin'), before.symbols, before.article);
      i += 2;
      continue;
    }
    // X al-Karim, X al-Rasul, X al-Mula written apart (Awad el-Karim, Hasab el-Rasul, فضل المولى): one Sudanese compound
    // name, as Awadelkarim writes it, not a name and a family name al-Karim; and so Zain al-Abidin
    if (before !== undefined && before.kind === 'name' && !before.article) {
      const seconds = compoundSecondsAfter(before.text);
      const second = seconds === null ? null : !isLast && (p.role & (Role.Article | Role.SunArticle)) !== 0 && seconds.has(next.text) ? next
        : (p.role & Role.Article) === 0 && gluedArticleBefore(p, seconds) ? p : null;
      if (second !== null) {
        const apart = second !== p;
        const core = apart ? second.sym : SUN_ARTICLE_BEFORE.test(second.text) ? second.sym.slice(1) : stripGluedArticle(second).sym;
        const link = before.abjad || second.abjad ? 'Al' : apart ? p.bare : 'al';
        const compound = unit('name', [fromUnit(before), ...(apart ? [p, second] : [second])], before.symbols + link + core, before.symbols + link + core, false);
        // (an article said as the sun letter, Gad Er-Rab, is the al of the other spellings too: جاد الرب, Gadalrab)
        if (apart && (p.role & Role.Article) === 0 && !p.abjad) compound.alsoReadAs = [before.symbols + 'al' + core];
        units[units.length - 1] = compound;
        i += apart ? 2 : 1;
        continue;
      }
      // (… with the link written on Zain: Zainal Abidin, Zeynel Abidin)
      if (ZAIN_WITH_LINK.test(before.text) && ABIDIN_SECOND.has(p.text)) {
        const symbols = before.symbols + p.sym;
        units[units.length - 1] = unit('name', [fromUnit(before), p], symbols, symbols, false);
        i++;
        continue;
      }
    }
    // the article before Abd and its divine name, written apart (العبد الله = Al-Abdullah): the Abd- name reads on
    if (!isLast && (p.role & Role.Article) !== 0 && (next.role & Role.Abd) !== 0 && pieces[i + 2] !== undefined) {
      i++;
      continue;
    }
    // article written apart: al-Hassan, El Hassan, ar-Rashid, ال حسن
    if (!isLast && ((p.role & Role.Article) !== 0 || (((p.role & Role.SunArticle) !== 0 || (BENGALI_OR.has(p.text) && units.length > 0)) && next.bare.startsWith(p.bare.slice(-1))))) {
      const glued = gluedUnit(next);
      const g = withoutSecondArticle(glued);
      if (g.kind === 'name') {
        // (in an alphabet, before a name too short for a glued article to be taken off, also with the article as the
        // glued spelling keeps it: Al-Agha = Alagha; not before a name whose own al was taken for one, El Alami)
        const unstripped = p.abjad || g.abjad || g !== glued || g.unstripped !== null || !keepsGluedArticle(g.symbols) ? g.unstripped : withArticleGlued(p.bare, g.symbols);
        const withArticle: ParsedUnit = { ...g, text: `${p.text} ${next.text}`, article: true, unstripped };
        const joined = joinedToBin(i > 0 ? pieces[i - 1] : undefined, withArticle);
        units.push(joined === null ? withArticle : withReadings(withArticle, ...joined));
      } else {
        units.push({ ...g, text: `${p.text} ${next.text}` });
      }
      i += 2;
      continue;
    }
    // Allah first and the word after it → one name (Allah Ditta = Allahditta; SIPRA ALLAH DITTA = Allah Ditta Sipra)
    if (!isLast && ALLAH_WORD.test(p.text) && joinsAllahBefore(next, units.length === 0)) {
      units.push(allahFirstUnit([p, next], next.text));
      i += 2;
      continue;
    }
    // Pour before a name is the Persian prefix of Pourahmad, written apart or hyphenated (Pour-Ahmad, Pour Mohammadi =
    // Pourahmad, Pourmohammadi); after the last name it is the suffix of Alipour, below
    if (!isLast && POUR.has(p.bare) && next.role === 0 && next.abjad === p.abjad) {
      units.push(gluedUnit(pieceOf(p.text + next.text)!));
      i += 2;
      continue;
    }
    // X + Ullah / Allah, X + ud-Din / al-Din written apart → one compound
    const prev = lastOf(units);
    // a family suffix after an Abd- name or a compound with Allah or ud-Din, written apart or after a ZWNJ, is the one
    // word Latin spellings write (عبدالله‌زاده, روح‌الله‌زاده, Abdul Rahman Zai = Abdollahzadeh, Ruhollahzadeh, Abdulrahmanzai)
    if (prev !== undefined && (p.role & Role.Suffix) !== 0 && COMPOUND_BEFORE_SUFFIX.has(prev.kind) && !prev.article) {
      const word = pieceOf(prev.text.replace(/ /g, '') + p.text);
      if (word !== null) {
        units[units.length - 1] = { ...gluedUnit(word), text: `${prev.text} ${p.text}` };
        i++;
        continue;
      }
    }
    if (prev !== undefined && prev.kind === 'name' && i > 0) {
      if ((p.role & Role.Allah) !== 0 && !(next !== undefined && isBestowedWord(next))) {
        const base = prev.abjad ? taaBeforeAllah(prev.symbols) : prev.symbols;
        units[units.length - 1] = withPartWithoutFinalH(unit('allah-compound', [fromUnit(prev), p],
          base + (prev.abjad || p.abjad ? 'Ala' : 'ula'), base, prev.article));
        i++;
        continue;
      }
      if ((p.role & Role.Din) !== 0 || ((p.role & Role.Article) !== 0 && next !== undefined && (next.role & Role.Din) !== 0)) {
        const extra = (p.role & Role.Din) !== 0 ? 1 : 2;
        const parts = pieces.slice(i, i + extra);
        const compound = unit('din-compound', [fromUnit(prev), ...parts],
          prev.symbols + (prev.abjad || p.abjad ? 'AldYn' : 'udin'), prev.symbols, prev.article);
        compound.partAlsoReadAs = bengaliZReading(prev.text, prev.symbols);
        units[units.length - 1] = compound;
        i += extra;
        continue;
      }
      // the Persian nisba after a ه that writes a vowel, joined with a ZWNJ (آقچه‌ای = Aqchayi, حمزه‌ای = Hamzai): -yi
      if (p.abjad && prev.abjad && p.text === 'اي' && prev.text.endsWith('ه') && !prev.text.endsWith('اه')) {
        units[units.length - 1] = { ...prev, text: `${prev.text} ${p.text}`, symbols: `${prev.symbols}yY`, part: prev.part, alsoReadAs: prev.alsoReadAs.map((r) => `${r}yY`) };
        i++;
        continue;
      }
      if ((p.role & Role.Suffix) !== 0) {
        // the Pashtun -zai written apart is read as it is written on (Yousaf Zai = Yousafzai, اسحاق‌زی = اسحاقزی)
        const sym = /^z(?:ai|ay|ei|Q)$/.test(p.sym) ? 'zE' : OGLU.test(p.sym) ? 'oGlu' : PERSIAN_ABADI.test(p.text) ? 'AbAdQ' : p.sym;
        // (… and the ه after alif before it is the h of شاه, no longer the last letter that may be a taa marbuta)
        const base = prev.abjad && prev.symbols.endsWith('Aa') ? `${prev.symbols.slice(0, -1)}h` : prev.symbols;
        // (the name's readings with the suffix too: Mousavi Nejad read as Musavi Nejad, not as Musavi)
        units[units.length - 1] = { ...prev, text: `${prev.text} ${p.text}`, symbols: base + sym, part: prev.part, alsoReadAs: prev.alsoReadAs.map((r) => r + sym) };
        i++;
        continue;
      }
    }
    const glued = gluedUnit(p);
    const withoutArticle = next !== undefined ? nameBeforeLinkArticle(glued, p, next) : null;
    // (… and each reading of the word so: আজিজুর, read azizur as Bangladeshi spellings write জ, also aziz)
    const readingsWithoutArticle = withoutArticle === null ? [] : glued.alsoReadAs.map((r) => nameBeforeLinkArticle({ ...glued, symbols: r }, p, next!));
    const joined = joinedToBin(i > 0 ? pieces[i - 1] : undefined, glued);
    // (the word's shared unit itself when no reading is there, as for most words)
    units.push(withoutArticle === null && joined === null ? glued : withReadings(glued, withoutArticle, ...readingsWithoutArticle, ...(joined ?? [])));
    i++;
  }
  if (markerAt >= 0) withFamilyMarker(units, markerAt, marker);
  return { units: withConventionsOfWholeName(normalized, units, undefined, written), lineageMarker, lineage, relativeAt, titles };
}

/** The Abd- compound at `at`, if it is one, with the family-name marker written before it (ParsedUnit.familyMarker). */
function withFamilyMarker(units: ParsedUnit[], at: number, marker: string): void {
  const u = units[at];
  if (u !== undefined && u.kind === 'abd') units[at] = { ...u, familyMarker: marker };
}
// Ben, Bou, Ait, Ould as the piece's symbols (BIN), one for each in every script (Ould with walad, wad, which it is, and
// the Mauritanian mint, its daughter's)
const OULD = new Set(['Uld', 'uld', 'wld', 'wuld', 'wUld', 'Wld', 'weld', 'walad', 'walade', 'valad', 'valade', 'wald', 'wad', 'Wd', 'mint', 'mnt']);
// (with the vowel short too: Bu, Бу)
const BOU_FOLDED = foldVowels('bU');
function familyMarkerOf(bare: string): string {
  const folded = foldVowels(bare);
  return folded === BOU_FOLDED ? 'bou' : FAMILY_NAME_MARKER_FOLDED.has(folded) ? 'ait' : OULD.has(bare) ? 'ould' : 'ben';
}

/**
 * The index of the name a marker at `i` joins to a family name (Ben Omar, Ait Ahmed, Ould El Cheikh: after an article written
 * between), or of the name after an Ait's or Bou's Ben (Aït Ben Haddou); -1 where no plain name follows.
 */
function familyNameAfterMarker(pieces: readonly Piece[], i: number): number {
  const j = afterArticle(pieces, i + 1);
  if (plainNameAt(pieces, j)) return j;
  const next = pieces[i + 1];
  if (next === undefined || (next.role & Role.Bin) === 0 || !isFamilyNameMarker(pieces[i]!) || pieces[i + 2] === undefined) return -1;
  const k = afterArticle(pieces, i + 2);
  return plainNameAt(pieces, k) ? k : -1;
}

/** Whether the piece at `j` is a name of its own: no particle, article or Abd, Abu, Umm, nor another marker (Ait Ben Haddou). */
function plainNameAt(pieces: readonly Piece[], j: number): boolean {
  const name = pieces[j];
  return name !== undefined && (name.role & (Role.Abd | Role.Abu | Role.Umm | Role.Article | Role.Bin)) === 0 && gluedUnit(name).kind === 'name';
}

/**
 * After Ben or bin (`marker`), the name unit `u` as the Maghrebi family names write it joined (Ben Omar = Benomar, Ben
 * Aissa = Benaissa), a name with the article without it, and in an alphabet with its l too (بن الشيخ = Bencheikh, Ben El
 * Arbi = Benlarbi); null after any other word.
 */
function joinedToBin(marker: Piece | undefined, u: ParsedUnit): string[] | null {
  if (marker === undefined || (marker.role & Role.Bin) === 0 || u.kind !== 'name') return null;
  const joined = joinedAfterBin(marker, u.symbols);
  return u.article && !marker.abjad ? [joined, joinedAfterBin(marker, `l${u.symbols}`)] : [joined];
}

/**
 * Ben and a name written as one word, as an alphabet writes it: the n said m before b, a letter the join doubles written
 * once (Ben Bella, Ben Nour = Benbella, Bennour).
 */
function joinedAfterBin(marker: Piece, symbols: string): string {
  if (marker.abjad) return marker.bare + symbols;
  const bin = symbols[0] === 'b' && marker.bare.endsWith('n') ? `${marker.bare.slice(0, -1)}m` : marker.bare;
  return bin + (bin[bin.length - 1] === symbols[0] ? symbols.slice(1) : symbols);
}

/** A copy of the unit `u` with the readings that are not null after its own. */
function withReadings(u: ParsedUnit, ...readings: (string | null)[]): ParsedUnit {
  return { ...u, alsoReadAs: [...u.alsoReadAs, ...readings.filter((r): r is string => r !== null)] };
}

/**
 * The Urdu and Persian words of "given by" that follow Allah in South Asian and Afghan names (Allah Ditta, Allah Bakhsh,
 * Allah Dad, Allah Rakha = اللہ دتہ, اللہ بخش, الله داد, اللہ رکھا): there Allah begins the name, it does not end the one
 * before it (SIPRA ALLAH DITTA = Allah Ditta Sipra, not Sipraullah Ditta).
 */
const BESTOWED_SKELETON = /^(?:dt|bx?[kC]?c|dd|r(?:kh|x|k))$/;
// … and the Turkic verdi, "gave", of Azerbaijani names in Latin and Cyrillic (Bahram Allah Verdi = Bahram Allahverdi, not
// Bahramullah Verdi) — not وردي, wardi, the Arab family name al-Wardi (Nasr Allah Wardi = Nasrallah Wardi); Persian joins
// الله‌وردی with a ZWNJ (normalize.ts)
const VERDI = /^(?:ويردي|v[ae]rdi|virdi|верди|вирди)$/;
const isBestowedWord = (p: Piece): boolean => BESTOWED_SKELETON.test(consonantsOf(p.bare).join('')) || VERDI.test(p.text);

/**
 * A name that begins with Allah, written as one word or two (Allahyar = Allah Yar = الله یار, Allahditta = Allah Ditta =
 * اللہ دتہ, Allahverdi): one name, its part the word after Allah (`rest`), without the article that Allahyar's al would
 * otherwise be taken for; a compound of its own kind, which the names Ali Yar, Alimardan do not read as.
 * As one word only in Latin and Cyrillic and before a consonant other than h: the al-Lahham, al-Luhaibi of Allahham,
 * Allahibi and of Arabic-script اللهيبي are the article before a name.
 */
// (Cyrillic я and ю begin with the consonant y, also after a soft or hard sign: Аллахяр, Аллахьяр, Алахјар = Allahyar;
// with one l only before it, not the al-Ahmad of Алахмад); in Latin with one l only before the words that follow Allah in
// Persian, Turkic and Urdu names (Alahyar, Alahdad = Allahyar, Allahdad; not Alahmad)
const ALLAH_FIRST = /^(allah|аллах|алах(?=[яюј]|(?:дад|верди|вирди|бахш|бакш|дитта|дита|назар|кули|гули|мурад)$)|alah(?=(?:yar|dad|verdi|virdi|werdi|bakhsh|baksh|bux|ditta|dita|rakha|nazar|qoli|quli|gholi|murad|morad)$))(?=[ьъ]?[^aeiouhаеиоуыэёхьъ\s-][^\s-])/;
// … and in Arabic script before the words of "given by" and the like that follow Allah in Persian, Turkic and Urdu names
// (اللهوردی, اللهیار, اللهداد, اللهبخش, اللہ‌دتہ, اللهقلی, اللهنظر = Allahverdi, Allahyar, Allahdad, Allah Bakhsh, Allah
// Ditta, Allahqoli, Allahnazar), with one lam too as Persian writes it (الهیار), not before any other word, where ال is
// the article (اللهيبي = al-Luhaibi)
const ALLAH_FIRST_ABJAD = /^(الله|اله)(?=(?:وردي|ويردي|بردي|يار|داد|دته|دتا|بخش|ركها|قلي|نظر|مراد)$)/;
// Allah as a word of its own, also with one l (Алах Бакш), not the -ullah, -ollah of a compound written apart
const ALLAH_WORD = /^(?:allah?|alah|аллах?|алах|الله)$/;
function allahFirstUnit(pieces: Piece[], rest: string): ParsedUnit {
  const part = wordToSymbols(rest).symbols;
  // (Allah with its h, whether written Allah, Alah or Alla)
  const u = unit('allah-first', pieces, (pieces[0]!.abjad ? "'lah" : 'alah') + part, part, false);
  // (the name after Allah also as a convention of its own word reads it: Allah Baksh = Allah Bakhsh)
  u.partAlsoReadAs = wordReadings({ text: rest, symbols: part })[0] ?? null;
  return u;
}
/** Whether the word `next` after Allah at the start of a name, or after Allah before a word of "given by", is part of one name with it. */
const joinsAllahBefore = (next: Piece, first: boolean): boolean =>
  (next.role & ~Role.Honorific) === 0 && (first || isBestowedWord(next));

/** A word's readings by other conventions (word-readings.ts, and X al-Y joined), beside the one its letters give. */
function withConventionReadings(u: ParsedUnit): ParsedUnit {
  if (u.kind === 'abd') return withSomaliFinalMInPart(u);
  if (u.kind !== 'name') return withChatQafInPart(u);
  const joined = u.article || u.abjad ? null : withoutJoinedArticle(u.symbols);
  const others = joined === null ? wordReadings(u) : [...wordReadings(u), joined];
  if (others.length === 0) return u;
  return { ...u, alsoReadAs: [...u.alsoReadAs, ...others] };
}

/**
 * An Abd- compound in a Somali spelling, which writes the final m of Arabic names n after a long vowel written double
 * (Cabdisalaan = Abd al-Salam): its name also read with m where that is a name Abd- takes and the n is not (not
 * Cabdiraxmaan, whose n is Rahman's own).
 */
const SOMALI_LONG_BEFORE_N = /(?:aa|ii|uu)n$/;
function withSomaliFinalMInPart(u: ParsedUnit): ParsedUnit {
  if (u.abjad || u.partAlsoReadAs !== null || !SOMALI_LONG_BEFORE_N.test(u.text) || !u.part.endsWith('n')) return withChatQafInPart(u);
  const withM = `${u.part.slice(0, -1)}m`;
  return followsAbd(withM, false) && !followsAbd(u.part, false) ? { ...u, partAlsoReadAs: withM } : withChatQafInPart(u);
}

/**
 * A compound written as one word with the qaf of its name in the Arabic chat alphabet, its name also read with that
 * qaf (3abdel2ader, 3abdelha9 = Abdelqader, Abdelhaq: the plain names' reading is in word-readings.ts).
 */
function withChatQafInPart(u: ParsedUnit): ParsedUnit {
  if (u.kind === 'initial' || u.partAlsoReadAs !== null || !hasChatQaf(u.text) || u.text.includes(' ')) return u;
  const piece = pieceOf(u.text.replace(CHAT_QAF, 'q'));
  const read = piece === null ? null : analyseWord(piece);
  return read !== null && read.kind === u.kind && read.part !== u.part ? { ...u, partAlsoReadAs: read.part } : u;
}

// X al-Y written as one word with its article (Nurulhuda, Nourelhouda, Нурулхуда) is also read without it, as other
// spellings write it (Nourhouda, Nurhuda): a name of two consonants or more on each side of the ul, el, al or ol
const JOINED_ARTICLE = /^(.+?[^aeiouAIUEOy'])[uoae]l([^aeiouAIUEOywl'].+)$/;
function withoutJoinedArticle(symbols: string): string | null {
  const m = JOINED_ARTICLE.exec(symbols);
  return m && consonantCount(m[1]!) >= 2 && consonantCount(m[2]!) >= 2 ? m[1]! + m[2]! : null;
}
