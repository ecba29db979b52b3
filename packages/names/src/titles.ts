/**
 * Titles and honorifics written before a name (Dr., Mr., Sheikh, Hajji, Sayyid, Mullah, г-дин): they are not
 * name parts and are left out of comparison and keys. Recognised by their phonetic symbols, so every spelling
 * in every script that reads the same is recognised (Sheikh = Şeyh = Шейх = شيخ = الشيخ).
 */
import { foldVowels } from './phonetic';
import { wordToSymbols } from './translit/index';

export const enum TitleKind {
  None = 0,
  /** only ever a title: Mr., Mrs., Dr., Prof., Doctor, Господин */
  Title = 1,
  /** also a given or family name (Sayed Hassan, Sheikh Hasina, Haji Bektaş): a title only before two names */
  Honorific = 2,
}

const TITLE_WORDS = [
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'doctor', 'doktor', 'herr', 'frau', 'monsieur', 'madame', 'mme', 'mlle',
  'gospodin', 'gospođa', 'gospoja', 'господин', 'госпожа', 'госпођа', 'госпоѓа', 'доктор', 'проф', 'др',
  'دكتور', 'الدكتور', 'دكتوره',
  // the doctor and engineer of Urdu, Persian and Dari papers (ڈاکٹر عبدالقدیر خان, دکتر, داکتر, انجنیر), and the learned
  // men's titles of South Asia and Afghanistan, never names: Maulana, Mawlawi, Allama (Arabic-script words as normalised:
  // ڈاکٹر is ډاكټر)
  'ډاكټر', 'دكتر', 'داكتر', 'دوكتور', 'پروفيسور', 'engineer', 'انجنير', 'انجينير',
  // (and the engineer as Pakistani papers abbreviate it, Engr., and as Balkan ones write it; not Eng, which normalisation
  // makes of Eng. and which begins Chinese names, Eng Chong Wei)
  'engr', 'инженер', 'инжењер', 'inženjer', 'inzenjer',
  // (and Urdu's Mr, Mrs, Miss, as normalised: مسٹر, مسز, مس)
  'مسټر', 'مسز', 'مس',
  'maulana', 'mawlana', 'moulana', 'molana', 'مولانا', 'маулана', 'мавлана',
  'maulvi', 'mawlawi', 'molvi', 'moulvi', 'mowlawi', 'mawlavi', 'mavlavi', 'مولوي', 'маулави', 'мавлави',
  'allama', 'allamah', 'علامه', 'аллама',
  // Mrs and Miss of Ethiopian and Eritrean papers (W/ro, W/t as normalisation writes them out)
  'woizero', 'woizerit', 'weyzero', 'weyzerit',
  // the professional titles of European papers written out or with their dot: Dipl.-Ing., Dott., Avv., Maître, Doç.
  'dipl', 'dott', 'dottor', 'dottore', 'avv', 'maître', 'maitre', 'doç', 'дипл',
];
// Mosammat, which Bangladeshi papers write before a woman's name as Md before a man's (Mst, Most, মোছাঃ, মোসাম্মৎ): no name
// of its own, so a title before one name too (Mst Fatima = Fatima)
const MOSAMMAT = ['mst', 'most', 'mosammat', 'mosammet', 'mosamat', 'musammat', 'musammet', 'mossammat', 'mosammath', 'мст', 'мосаммат',
  'মোসাম্মৎ', 'মোছাম্মৎ', 'مسمات', 'مسماة'];
/** Each honorific in its spellings, a group per honorific and gender: inside a name, one group's words are one word. */
const HONORIFIC_GROUPS = [
  // Sheikh, also as French and German papers write it (Cheikh, Chikh, Scheich), and Sk, Sh, as Bangladeshi, Indian and
  // Pakistani papers abbreviate it (Sk Mujibur Rahman, Sh. Muhammad Rashid)
  ['sheikh', 'shaykh', 'shaikh', 'sheik', 'shekh', 'şeyh', 'seyh', 'šejh', 'sejh', 'шейх', 'шеих', 'шејх', 'шеjх', 'شيخ', 'الشيخ', 'sk', 'ск', 'sh',
    'cheikh', 'cheick', 'chikh', 'chaikh', 'scheich', 'scheikh',
    // (and as Hungarian and Serbian Latin write it: Sejk, Šejk)
    'sejk', 'šejk'],
  ['sheikha', 'shaykha', 'شيخه', 'cheikha', 'chikha', 'scheicha'],
  // Hajji: Arabic Haj, Persian, Turkish and Balkan Haji (Hadži, Hacı, Хаџи)
  ['haji', 'hajji', 'hadji', 'hadži', 'hadzi', 'hacı', 'haci', 'hadžija', 'хаџи', 'хаджи', 'حاج', 'الحاج', 'حاجي', 'alhaj', 'alhajj', 'elhadj',
    'haj', 'hajj', 'hadj', 'hadsch', 'hadschi', 'hadž', 'hadz', 'хаџ', 'хадж'],
  ['hajja', 'hajjah', 'حاجه', 'الحاجه'],
  // Sayyid
  // (not Сеид, Seid: the Bosnian given name, and Saeed as Macedonian and Serbian papers write it)
  // (and in Serbian and Croatian Latin, whose j is the y: Sejed, Sejid, Sejjid)
  ['sayyid', 'sayid', 'seyed', 'seyyed', 'sayed', 'syed', 'seyit', 'seyyid', 'сейид', 'сејид', 'سيد', 'السيد', 'sejed', 'sejid', 'sejjid', 'sejjed'],
  // السيدة is Mrs.; سيدة without the article is the given name Sayyida (a name, as its Latin spellings are)
  // (not Sayeda, an Egyptian given name: سيدة, سعيدة)
  // (and in Serbian, Croatian and Hungarian Latin: Sejede, Szejede; not Sayeda, Sayyeda, an Egyptian given name)
  ['sayyida', 'sayyidah', 'seyyede', 'syeda', 'syedah', 'seyyeda', 'seyedeh', 'seyyedeh', 'sayyedeh', 'السيده', 'sejede', 'sejjede', 'szejede', 'сейеде', 'сеједе'],
  MOSAMMAT,
  // Beg, the Turkic title that ends many family names, as Ottoman Turkish (Bey, بك), Central Asian (Bek), Persian and Urdu
  // (Beg, Baig, بیگ) spellings write it (Mardam Bey = Mardam Beg = مردم بك, Mirza Baig = Mirza Beg)
  ['bey', 'beg', 'bek', 'beik', 'beyk', 'baig', 'beig', 'bej', 'бей', 'бег', 'бек', 'беј', 'بك', 'بيك', 'بگ', 'بيگ'],
  // Ato, the Mr of Ethiopian and Eritrean papers (አቶ), also a Ghanaian given name
  ['ato', 'አቶ'],
  // Mullah
  ['mullah', 'mulla', 'molla', 'mollah', 'ملا', 'الملا', 'мулла', 'мула', 'molah'],
  // Qari, who recites the Quran, and Ustad, master, of Afghan and Pakistani names (Qari Gul Ahmad, Ustad Mahmood; not the
  // Kari, a Norwegian and Finnish given name, nor the Кари of Cyrillic, whose letters read as it)
  ['qari', 'qaari', 'قاري'],
  ['ustad', 'ustaz', 'ostad', 'استاد', 'устад', 'устаз', 'остад'],
  // Sufi: a title before a name, and a given name too (Sufi Gul Ahmad Khan) (not Hazrat, the first name of the compound
  // Hazratullah written apart: Hazrat Ullah; nor Hafiz, which a Pakistani name's conventions read: name-conventions.ts)
  ['sufi', 'soofi', 'صوفي', 'суфи'],
  // the engineer of Persian and Dari papers (مهندس, Mohandes Ahmad Rahimi; Mohandes is a family name too), their Mr and
  // Sir (آقای, جناب); the Ing., Mag., Инж. of European ones, short words that may be names: titles before two names only
  ['mohandes', 'mohandis', 'muhandis', 'مهندس', 'мохандес'],
  ['aghaye', 'aqaye', 'اقاي'],
  ['janab', 'جناب', 'джанаб'],
  ['ing', 'inž', 'inz', 'inxh', 'инж'],
  ['mag'],
  // the women's courtesy words of Afghan, Pakistani and Bangladeshi names, before the name or after it (Bibi Fatima Ahmadi,
  // Nasreen Bibi; Begum Khaleda Zia, Shahana Begam), Khanum of Iranian and Turkic ones (Zahra Khanum, Xanım, Hanım), and
  // the Levantine Sitt, lady (Sitt Zainab Hamdan)
  ['bibi', 'بيبي', 'бибі', 'биби'],
  ['begum', 'begam', 'begom', 'بيگم', 'بيغم', 'бегум', 'бегам'],
  ['khanum', 'khanom', 'khanam', 'khanim', 'xanım', 'xanim', 'hanım', 'hanim', 'خانم', 'ханум', 'ханым', 'ханим'],
  ['sitt', 'ست', 'ситт'],
];

const symbolsOf = (word: string): string => wordToSymbols(word).symbols;
const TITLES = new Set(TITLE_WORDS.map(symbolsOf));
// (an Arabic-script word is a title only as Arabic script writes one: در, the pearl of Dur-e-Shahwar, is no Dr)
const ARABIC_SCRIPT_TITLES = new Set(TITLE_WORDS.filter((w) => /[\u0600-\u06ff]/.test(w)).map(symbolsOf));
const HONORIFIC_GROUP = new Map(HONORIFIC_GROUPS.flatMap((words, g) => words.map((w) => [symbolsOf(w), g + 1] as const)));
const HONORIFICS = new Set(HONORIFIC_GROUP.keys());
// the honorifics that are no names of their own (Haji, Hajja, Mullah, Qari, Ustad) — not Sheikh, Sayyid, Beg, Bibi, which
// are family names or given names too
const TITLE_ONLY_HONORIFICS = new Set(['haji', 'hajja', 'mullah', 'qari', 'ustad'].map((w) => HONORIFIC_GROUP.get(symbolsOf(w))!));
/** Whether an honorific (honorificOf) is a title only, never a name (Haji, Mullah). */
export const isTitleOnlyHonorific = (honorific: number): boolean => TITLE_ONLY_HONORIFICS.has(honorific);
// Latin and Cyrillic spellings are also looked up with vowel length folded and, for an honorific, kh as h, which
// Cyrillic х writes for both (Moula = Мула, Khajja = Хаджа); Arabic-script ones exactly, since without short vowels a
// folded ملة would read as ملا
const foldTitle = (symbols: string): string => foldVowels(symbols).replace(/x/g, 'h');
// (a title's h is not folded with kh: Kher, the Khair of Pakistani papers, is no Herr)
const TITLES_FOLDED = new Set([...TITLES].map(foldVowels));
const HONORIFIC_GROUP_FOLDED = new Map([...HONORIFIC_GROUP].map(([symbols, g]) => [foldTitle(symbols), g] as const));
const HONORIFICS_FOLDED = new Set(HONORIFIC_GROUP_FOLDED.keys());

// (group numbers count from 1, as honorificOf gives them)
const NO_NAME_HONORIFIC = HONORIFIC_GROUPS.indexOf(MOSAMMAT) + 1;
/** Whether a word (its phonetic symbols) is an honorific that is never a name, a title before one name too (Mst, মোছাঃ). */
export const isHonorificOnly = (symbols: string, abjad: boolean): boolean => honorificOf(symbols, abjad) === NO_NAME_HONORIFIC;

/**
 * Which honorific a word (its phonetic symbols) spells, 0 for none: two words of one group spell one honorific, which a
 * name may hold (Hadži Husein = Haj Hussein = حاج حسين; see HONORIFIC_GROUPS).
 */
export function honorificOf(symbols: string, abjad: boolean): number {
  return HONORIFIC_GROUP.get(symbols) ?? (abjad ? 0 : HONORIFIC_GROUP_FOLDED.get(foldTitle(symbols)) ?? 0);
}

/**
 * A title as written (a name's `titles`) as one key in every script: an honorific's group (Haji = Hadži = حاجی), any
 * other title as written.
 */
export function titleKey(title: string): string {
  let key = titleKeys.get(title);
  if (key === undefined) {
    const { symbols, abjad } = wordToSymbols(title);
    const group = honorificOf(symbols, abjad);
    key = group === 0 ? title : `#${group}`;
    if (titleKeys.size >= 10_000) titleKeys.clear();
    titleKeys.set(title, key);
  }
  return key;
}
const titleKeys = new Map<string, string>();

// Saied, Saïed, the Saeed (سعيد) of French and English spellings, whose letters read as those of Sayed (Sayyid)
const SAEED_TEXT = /^sa[iï]e/;

/** What a word (its phonetic symbols; its text too, for the one name read as a title's letters) is as a title. */
export function titleKindOf(symbols: string, abjad = false, text = ''): TitleKind {
  if (SAEED_TEXT.test(text)) return TitleKind.None;
  if (abjad ? ARABIC_SCRIPT_TITLES.has(symbols) : TITLES.has(symbols)) return TitleKind.Title;
  if (HONORIFICS.has(symbols)) return TitleKind.Honorific;
  // د. is the Arabic abbreviation of دكتور (its dot is gone after normalisation); a lone Latin D is an initial
  if (abjad) return symbols === 'd' ? TitleKind.Title : TitleKind.None;
  if (TITLES_FOLDED.has(foldVowels(symbols))) return TitleKind.Title;
  if (HONORIFICS_FOLDED.has(foldTitle(symbols))) return TitleKind.Honorific;
  return TitleKind.None;
}

/** Cyrillic abbreviated titles written with a hyphen (г-дин, г-ѓа, г-ца, г-жа, г-н, д-р), as normalised text. */
export const ABBREVIATED_TITLE = /^(?:г-(?:дин|ѓа|ђа|ца|жа|н|ца)|д-р)\s+/u;
