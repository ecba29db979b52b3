/**
 * The other readings of one word of a name, which a spelling convention gives it beside the reading its letters give
 * (structure.ts adds them to the name's unit, and the comparison takes the closest): a Greek copy, a Dutch, French or
 * Albanian spelling, a West African or Bosnian ending, a Maghrebi article, another Bengali, Punjabi, Hindi, Nepali or
 * Armenian romanisation; in Arabic script northern Pashto, the article of X al-Y written in one word, the pronoun of
 * عبده. Each is in phonetic symbols, and only where it reads otherwise than the letters do.
 */
import { consonantCount } from './phonetic';
import { CHAT_QAF, hasChatQaf } from './translit/arabizi';
import { armenianOtherSpellings } from './translit/armenian';
import { bengaliOtherSpellings } from './translit/bengali';
import { arabicNameOfSomaliForm } from './somali-forms';
import { nameOfForm, isFormOfName } from './name-forms';
import { ethiopicTigrinyaSymbols, ethiopicToSymbols } from './translit/ethiopic';
import { wordToSymbols } from './translit/index';
import { GREEK_DIGRAPH, GREEK_GAMMA_FRONT, GREEK_NT_LAST, GREEK_TS, greekToSymbols, NT_INSIDE } from './translit/greek';
import { devanagariOtherSpellings, gurmukhiOtherSpellings } from './translit/indic';
import { GREEK_PAIR, greekLetters, MUHAMMAD_AHMAD_MAHMUD_D } from './translit/latin';

/** A word as the parser read it: its normalised text and the phonetic symbols its letters give. */
export interface ReadWord {
  readonly text: string;
  readonly symbols: string;
}

/** A word's readings by the conventions below. */
export function wordReadings(w: ReadWord): string[] {
  return CONVENTIONS.flatMap(([, read]) => read(w)).filter((r) => r !== null);
}

/** The convention that reads a word as `symbols`, in words for a caseworker (a Dutch spelling); null for none of these. */
export function readingConvention(w: ReadWord, symbols: string): string | null {
  return CONVENTIONS.find(([, read]) => read(w).includes(symbols))?.[0] ?? null;
}

const asList = (read: (w: ReadWord) => string | null) => (w: ReadWord): (string | null)[] => [read(w)];
const CONVENTIONS: [string, (w: ReadWord) => (string | null)[]][] = [
  ['a name in -i with the Bosnian -ija', asList(bosnianReading)],
  ['an Albanian spelling', asList(albanianReading)],
  ['a Greek spelling copied into Latin', greekReadings],
  ['a name with a West African, Hausa or Bosnian ending', asList(addedEndingReading)],
  ['another romanisation of Bengali', bengaliReadings],
  ['another romanisation of Punjabi', gurmukhiReadings],
  ['another romanisation of Hindi or Nepali', devanagariReadings],
  ['a Western Armenian or Russian spelling of an Armenian name', armenianReadings],
  ['an Armenian family name as Western, Eastern and Russian spellings all read it', asList(armenianFamilyNameReading)],
  ['a Dutch spelling', asList(dutchReading)],
  ['a French spelling', asList(frenchReading)],
  ['a French name as French says it', asList(frenchNameReading)],
  ['a French spelling with a silent e', asList(frenchSilentEReading)],
  ['an Italian spelling', asList(italianReading)],
  ['an Italian or French gn for ñ, or its Russian copy', asList(palatalGnReading)],
  ['a South Asian spelling of kh before sh', asList(khBeforeShReading)],
  ['a Maghrebi name with its article', asList(maghrebiNisbaReading)],
  ['a French spelling of a West African name', asList(westAfricanJOrChReading)],
  ['a Turkic -qulu, the Persian -qoli', asList(turkicQuluReading)],
  ['an English spelling of n and j', asList(englishNjReading)],
  ['a Bangladeshi spelling of a name before a second name\'s article', asList(bangladeshiLinkedNameReading)],
  ['a Somali name with its own last vowel', asList(somaliLastVowelReading)],
  ['a Somali spelling of a final m', asList(somaliFinalMReading)],
  ['a Somali woman\'s -o for the -a of the Arabic name', asList(somaliWomansOReading)],
  ['the Somali Abuukar, Abu Bakr', asList(somaliAbukarReading)],
  ['a qaf written in the Arabic chat alphabet', asList(chatQafReading)],
  ['a Bulgarian spelling of an English u', asList(bulgarianUReading)],
  ['a Bulgarian spelling of the Turkish ı', asList(bulgarianTurkishIReading)],
  ['a Russian spelling that writes ё as е', asList(yoAsYeReading)],
  ['a German or Polish spelling of the Russian -ov, -ev', asList(slavicOvReading)],
  ['the gn of an Ethiopian ñ', asList(ethiopianGnReading)],
  ['an English s before ch, not a German sch', asList(englishSBeforeChReading)],
  ['a Tigrinya spelling, without the vowel of a first syllable of the 6th order', asList(tigrinyaReading)],
  ['the Tigrinya ኽ, which Latin spellings write k', asList(tigrinyaKhAsKReading)],
  ['the d of Muhammad, Ahmad or Mahmud before the j of a compound, not a French dj', asList(dBeforeJReading)],
  ['an Azerbaijani or Turkish -lı, the -lou of Persian spellings', asList(turkicLiReading)],
  ['a Turkish -lu of a family named after its town, the Arabic nisba', asList(turkishLuNisbaReading)],
  ['a Turkish name typed without its diacritics, its last ü the nisba -i', asList(turkishBareHarmonyReading)],
  ['a German spelling of the Turkish ü', asList(germanUeReading)],
  ['a Bangladeshi spelling of Haq', asList(bangladeshiHaqReading)],
  ['a West African, Chadian, Kabyle, Maghrebi, Kurmanji, Bangladeshi or Bosnian form of an Arabic or Persian name', asList(nameFormReading)],
  ['a Somali form of an Arabic name', asList(somaliFormReading)],
  ['a Russian spelling copied into Latin, whose g writes the h of Г', asList(russianLatinGReading)],
  ['a Greek ντ said nt', asList(greekNtReading)],
  ['Greek capitals without their diaeresis', asList(greekDigraphsApartReading)],
  ['a Greek σ for sh, which Greek has no letter for', asList(greekShReading)],
  ['a Greek τσ for ch', asList(greekTsReading)],
  ['a Greek last ντ said nd', asList(greekNtLastReading)],
  ['a Greek γι before a consonant said yi', greekGammaYReadings],
  ['a Greek name with the -ς of Greek men\'s names', asList(greekNominativeSReading)],
  ['northern Pashto', asList(pashtoNorthernReading)],
  ['the Pashto ځ that English spellings write j', asList(pashtoDzAsJReading)],
  ['the Pashto څ said ts or s', pashtoTsReadings],
  ['two names joined by their article, said as Latin spellings write it', asList(constructReading)],
  ['Abduh, with its pronoun -uh', asList(abduhReading)],
  ['Taha, the two letters طه said', asList(tahaReading)],
  ['يحيى written with one ya', asList(yahyaReading)],
  ['Khan as Serbian and Macedonian write it from English', asList(serbianKhanReading)],
  ['a Baluch -zehi, the Pashto -zai', asList(baluchZehiReading)],
  ['a German d + Schah, not its dsch', asList(germanDSchReading)],
  ['a Moroccan French rh for the gh of غ', asList(moroccanRhReading)],
  ['the silent waw of Persian خوا, خوی', asList(persianSilentWawReading)],
  ['the Turkish -çi of a trade name, which Arabic script writes -جي', asList(turkishTradeCiReading)],
  ['the -chi of a trade name, which Levantine spellings say -ji', asList(tradeChiAsJiReading)],
  ['an Egyptian -ea for the -iʿ of ربيع', asList(egyptianEaReading)],
  ['a Dagestani or Chechen woman\'s name in -ат, the said taa marbuta', asList(caucasianAtReading)],
];

// A Latin word with the letter pairs of Greek papers copied into Latin (translit/latin.ts) that does not show itself as
// such a copy is also read as one (Nampila, Zarntast, Katagioun = Nabila, Zardasht, Katayoun), with its s also as the sh
// Greek has no letter for, its ts also as ch, and its gk also as ng (Malagk, Magkal = Malang, Mangal)
// the n and t of an Arabic name of the form Muntasir, Intisar, Entesar, which are no Greek d (مدثر Mudassir is another name)
const ARABIC_NT = /^(?:mou|mu|mo|i|e)nt/;
export function greekReadings(w: ReadWord): string[] {
  // (Greek has no w, which its copies write ou, gou: a word with one is no copy; Tantawy is not Tadawy)
  if (!/^[a-vx-z]+$/.test(w.text) || !GREEK_PAIR.test(w.text) || !standsAsWritten(w)) return [];
  const kept = ARABIC_NT.exec(w.text)?.[0] ?? '';
  const text = kept + greekLetters(w.text.slice(kept.length));
  const readings = [otherReading(w, text)];
  if (text.includes('s')) readings.push(otherReading(w, text.replace(/s/g, 'š')));
  // (and its ts also as the τσ of ch, which Greek writes for it, but the ts of ጸ too: Mpalats = Balach, Tsegkai = Tsegai)
  if (text.includes('ts')) readings.push(otherReading(w, text.replace(/ts/g, 'č')));
  if (w.text.includes('gk')) readings.push(otherReading(w, kept + greekLetters(w.text.slice(kept.length).replace(/gk/g, 'ng'))));
  return readings.filter((r) => r !== null);
}

// Fula, Mandinka and Wolof say an Arabic name that ends in a consonant with a vowel after it, which French spellings write
// -ou and Hausa spellings -u (Aliou, Seydou, Saliou = Ali, Sayyid, Salih; Nuhu, Tahiru, Kabiru = Nuh, Tahir, Kabir), and
// the taa marbuta as -ta, -tou or -tu, in Sierra Leone -tta (Aminata, Kadiatou, Memunatu, Aminatta = Amina, Khadija,
// Maimuna, Amina), as Bosnian women's names write it -eta (Nimeta, Zineta = نعمة, زينة): a Latin or Cyrillic name ending
// so is also read without it (and after the é or è of a French spelling: Sékou)
const ADDED_ENDING = /(?<=[aeiouéè][^aeiouéè]+i?)o?u$|(?<=[aeiouéè][^aeiouéè]+[aeiouéè]*[aeéè])t{1,2}(?:a|o?u)$/;
const ADDED_ENDING_CYRILLIC = /(?<=[аеиоуэюяы][^аеиоуэюяы]+и?)у$|(?<=[аеиоуэюяы][^аеиоуэюяы]+[аеиоуэюяы]*[ае])т[ау]$/;
// (not the -u of the Amharic and Tigrinya names that end so, 'his', nor its French -ou: Alemu, Berhanu, Tamiru, Alemou are
// not Alem, Berhan, Tamir = ዓለሙ, ብርሃኑ, ታምሩ against ዓለም, ብርሃን, ታምር; Mebrahtu, Haftu = መብራህቱ, ሃፍቱ not Mebrat = መብራት)
const AMHARIC_NAME_IN_U = /^(?:(?:alem|alam|berhan|birhan|brhan|tamir|temir|hail|hayl|get|tesf|kass|kas|des|alemayeh|mebraht|mebrat|haft)o?u|алему|берхану|бирхану|тамиру|хаилу|хайлу|гету|тесфу|кассу|касу|мебрахту|мебрату|хафту)$/;
function addedEndingReading(w: ReadWord): string | null {
  // (not of a form whose name is known, name-forms.ts: Aïssatou is Aisha, not the Aïssa that is Isa)
  if (isFormOfName(w.text) || AMHARIC_NAME_IN_U.test(w.text)) return null;
  const ending = /^\p{Script=Latin}+$/u.test(w.text) ? ADDED_ENDING : /^[а-яёђјљњћџѓќѕєії]+$/.test(w.text) ? ADDED_ENDING_CYRILLIC : null;
  if (ending === null || !ending.test(w.text) || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace(ending, ''));
}

// a Bengali word is also read as the other romanisations Bangladeshi papers use write it (translit/bengali.ts)
export function bengaliReadings(w: ReadWord): string[] {
  return otherRomanisations(w, /^\p{Script=Bengali}+$/u, bengaliOtherSpellings);
}

// a Gurmukhi or Devanagari word is also read as the other romanisations Punjabi, Hindi and Nepali papers use write it
// (translit/indic.ts)
function gurmukhiReadings(w: ReadWord): string[] {
  return otherRomanisations(w, /^\p{Script=Gurmukhi}+$/u, gurmukhiOtherSpellings);
}
function devanagariReadings(w: ReadWord): string[] {
  return otherRomanisations(w, /^\p{Script=Devanagari}+$/u, devanagariOtherSpellings);
}

// an Armenian word is also read as the Western Armenian and Russian spellings of it write it (translit/armenian.ts)
function armenianReadings(w: ReadWord): string[] {
  return otherRomanisations(w, /^\p{Script=Armenian}+$/u, armenianOtherSpellings);
}

// … and Western Armenian says the stops of Eastern Armenian the other way round (Hagop, Sarkis, Garabed = Hakob, Sargis,
// Karapet), which Russian spellings leave out the first h of (Акопян): a Latin or Cyrillic family name with the ending
// -ian, -yan after four letters or more is also read without its first h and with each b, g, d as p, k, t — the reading
// every spelling of an Armenian one shares (Hagopian, Agopian, Hakobyan, Акопян = akopyan). (The Persian -ian names,
// which the ending does not tell apart, are read so too: their bases decide, compare.ts)
const ARMENIAN_FAMILY_NAME = /^(?:[a-z]{4,}[iyje][aá]n|[а-яјё]{4,}(?:ян|иан|јан))$/;
const FIRST_H = /^[hх](?=[aeiouаеиоуэ])/;
const VOICED_STOP = /b|g(?!h)|d(?![jzž])|б|г|д(?![жз])/g;
const VOICELESS: Readonly<Record<string, string>> = { b: 'p', g: 'k', d: 't', б: 'п', г: 'к', д: 'т' };
// (… and without an h inside, which Russian has no letter for either: Sahakyan, Hovhannisyan = Саакян, Ованесян; not the h
// of kh, sh, ch, zh, th, gh: Mkhitaryan = Мхитарян)
const INNER_H = /(?<=[^kscztgdp])h/g;
function armenianFamilyNameReading(w: ReadWord): string | null {
  if (!ARMENIAN_FAMILY_NAME.test(w.text) || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace(FIRST_H, '').replace(INNER_H, '').replace(VOICED_STOP, (c) => VOICELESS[c]!));
}

/** A word all of one script (`script`) read as each of the Latin spellings `spellings` gives it, where it reads otherwise. */
function otherRomanisations(w: ReadWord, script: RegExp, spellings: (word: string) => string[]): string[] {
  if (!script.test(w.text) || !standsAsWritten(w)) return [];
  return spellings(w.text).map((latin) => otherReading(w, latin)).filter((r) => r !== null);
}

// Dutch writes u as oe, sh as sj, zh as zj and ch as tj (Aboe, Rasjid, Wazjma, Tjamal = Abu, Rashid, Wazhma, Chamal), as
// the Dutch-era spellings of Indonesian names do (Soekarno); elsewhere s and the Slavic j (Asja), o and e (Moein, Joel),
// so a word with them is also read so (Abdoel before a name is Abdul: structure.ts)
const DUTCH_LETTERS = /oe|[szt]j/;
function dutchReading(w: ReadWord): string | null {
  if (!/^[a-z]+$/.test(w.text) || !DUTCH_LETTERS.test(w.text) || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace(/oe/g, 'u').replace(/sj/g, 'sh').replace(/zj/g, 'zh').replace(/tj/g, 'ch'));
}

// French writes sh as ch (Chaouki, Achraf, Hichem = Shawqi, Ashraf, Hisham), which other spellings read as the ch of
// English: a word French spelling marks elsewhere (ou, dj, é, è, a silent e after the ch: Naccache, Habache) is also read
// with its ch as sh
const FRENCH_WORD = /ou|dj|[éè]|che$/;
function frenchReading(w: ReadWord): string | null {
  if (!w.text.includes('ch') || !FRENCH_WORD.test(w.text) || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace(/ch/g, 'sh'));
}

// The French names of Lebanese and Syrian Christians, as their papers write them, are copied into Cyrillic and Arabic
// script as French says them (Georges, Georgette, Thérèse, Antoinette, Jacqueline, Yvonne, Mireille, Raymond = Жорж,
// Жоржет, Тереза, Антуанета, Жаклин, Ивон, Мирей, Раймон): a word French spelling marks so (an é or è before another
// vowel, -ette, -eille, -oine, -oise, que, qui, ph, a last -ges or -mond, -therine, -yse, a first yv: Catherine, Maryse =
// Катрин, Мариз; not -ise, the Turkish women's -e of Enise, Munise beside the men's Enis, Munis) is also read as French says it,
// its last unaccented e and es silent — not a word that ends in é, ès, which write the ة of Lebanese names and a vowel
// said in Maghrebi and West African ones (Saadé, Abbès, Touré), nor by the ê of Kurmanji, nor the ç of Turkish
const FRENCH_NAME = /[éè](?=.*[aeiou])|ette$|eille$|oi[ns]e|qu[ei]|ph|ges$|mond$|^yv|therine$|yse$/;
// (… and the commonest of those names, whose letters show no French spelling: Charles, Jean, Claude = Шарль, Жан, Клод,
// شارل, جان; not Roger, whose Rože would read as Roza, Ruža)
const FRENCH_NAMES_SAID = new Map([['charles', 'šarl'], ['jean', 'žan'], ['claude', 'klod'], ['gerard', 'žerar'], ['robert', 'rober'],
  ['henri', 'anri'], ['pierre', 'pyer'], ['bernard', 'bernar'], ['albert', 'alber'], ['gilbert', 'žilber'], ['hubert', 'uber'], ['marcel', 'marsel'],
  ['paul', 'pol'], ['louis', 'lui'], ['gilles', 'žil'], ['lucien', 'lusyen'], ['julien', 'žulyen'], ['edmond', 'edmon'], ['jules', 'žul'], ['nicolas', 'nikola'], ['thomas', 'toma'], ['lucas', 'luka'], ['denis', 'deni']]);
function frenchNameReading(w: ReadWord): string | null {
  const said = FRENCH_NAMES_SAID.get(w.text.replace(/é/g, 'e'));
  if (said !== undefined) return standsAsWritten(w) ? otherReading(w, said) : null;
  if (!/^[a-zéèêëïô]+$/.test(w.text) || !FRENCH_NAME.test(w.text) || /[éè]s?$/.test(w.text) || !standsAsWritten(w)) return null;
  const text = w.text.replace(/[éèë]/g, 'e').replace(/ô/g, 'o').replace(/ï/g, 'i')
    .replace(/eille$/, 'ey').replace(/eau/g, 'o').replace(/oi(?=[ns]e)/g, 'wa').replace(/c?qu(?=[ei])/g, 'k').replace(/ph/g, 'f').replace(/th/g, 't').replace(/ch/g, 'š')
    .replace(/^y(?=[^aeiou])/, 'i').replace(/ge(?=[aou])/g, 'ž').replace(/g(?=[eiy])/g, 'ž').replace(/j/g, 'ž')
    .replace(/(?<=[aeiouy])s(?=[aeiouy])/g, 'z')
    .replace(/(?<=n)d$/, '').replace(/(?<=[^aeiou])es$/, '').replace(/(?<=[^aeiou])e$/, '').replace(/([b-df-hj-np-tv-zž])\1/g, '$1');
  return otherReading(w, text);
}

// Italian writes k before e and i as ch, and so sk as sch (Mescherem = Meskerem, መስከረም: Eritrean names in the spelling
// of Italian papers), which other spellings read as the German sh: after a vowel, as in the names (not the German dsch of
// j or tsch of ch: Hadschi)
const ITALIAN_SK = /(?<=[aeiou])sch(?=[ei])/g;
// … and it writes sh as sc before e and i, sci before a, o, u (Scek, Bascir, Sciarif, Aiscia = Sheikh, Bashir, Sharif,
// Aisha: Somali, Libyan and Eritrean names in the spelling of Italian papers)
const ITALIAN_SH = /sci(?=[aou])|sc(?=[ei])/g;
function italianReading(w: ReadWord): string | null {
  // (with the accents of Italian spelling: Scirè = Shire)
  if (!w.text.includes('sc') || !/^[a-zàèéìòù]+$/.test(w.text) || !standsAsWritten(w)) return null;
  const text = w.text.replace(ITALIAN_SK, 'sk').replace(ITALIAN_SH, 'sh');
  return text === w.text ? null : otherReading(w, text);
}

// Italian and French write the palatal ñ gn, which Ethiopian names have (Adugna, Tegegn, Desalegn = አዱኛ, ተገኝ, ደሳለኝ =
// Adunya, Адуња): a Latin word with gn after a vowel is also read with ny
// (and so does a Russian copy of it: Адугна)
// (at the end of the word or before its last a, as these names have it: not the -gne of Wolof names, Diagne, Magne, no
// Diane, Mane; nor Ignat, Magnus, no Inayat — tests beside ethiopic.ts)
// (… or inside a word that ends as Amharic names do, -ew, -aw (-ev of Slavic and Hungarian copies), -u, -ork, -erk, -orq, after a consonant and a vowel and
// before a vowel and a consonant: Tenagnework, Dagnachew, Agegnehu = ተናኘወርቅ, ዳኛቸው, አገኘሁ; not a first Ig-, Ignat, nor
// Wagner, Magnus, Ragnar)
const GN_AFTER_VOWEL = /(?<=[aeiouàèéìòù])gn(?=a?$)|(?<=[^aeiouàèéìòù][aeiouàèéìòù])gn(?=[aeiouàèéìòù][^aeiouàèéìòù])(?=.*(?:[ae][wv]|u|[eo]r[kq])$)/g;
const GN_AFTER_VOWEL_CYRILLIC = /(?<=[аеиоуэ])гн(?=а?$)|(?<=[^аеиоуэ][аеиоуэ])гн(?=[аеиоуэ][^аеиоуэ])(?=.*(?:[ае][ву]|у|[ео]р[кг])$)/g;
function palatalGnReading(w: ReadWord): string | null {
  if (!standsAsWritten(w)) return null;
  // (replace, not test: a global expression's test leaves its lastIndex for the next word)
  const read = /^[a-zàèéìòù]+$/.test(w.text) ? w.text.replace(GN_AFTER_VOWEL, 'ny') : /^[а-яё]+$/.test(w.text) ? w.text.replace(GN_AFTER_VOWEL_CYRILLIC, 'нй') : w.text;
  return read === w.text ? null : otherReading(w, read);
}

// South Asian spellings leave out the h of kh before sh (Baksh, Rakshanda = Bakhsh, Rakhshanda = بخش, رخشنده), and so
// do their copies in other alphabets (Bakš, Бакш)
const K_BEFORE_SH = /k(?=sh|š)|к(?=ш)/g;
function khBeforeShReading(w: ReadWord): string | null {
  K_BEFORE_SH.lastIndex = 0;
  if (!K_BEFORE_SH.test(w.text) || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace(K_BEFORE_SH, (k) => (k === 'к' ? 'х' : 'kh')));
}

// French spellings write a silent e after the n or m of -an, -am (Adnane, Othmane, Essame = Adnan, Othman, Issam): a Latin
// word ending so is also read without it (not a Cyrillic -ане, -аме, the Persian feminine -e of Фарзане = Farzaneh; not
// -ine, -ime, which may be the Turkish feminine, Emine, Kerime)
const FRENCH_SILENT_E = /[aâ][nm]e$/;
function frenchSilentEReading(w: ReadWord): string | null {
  if (!FRENCH_SILENT_E.test(w.text) || w.text.length < 5 || !/^[a-zâéèç]+$/.test(w.text) || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.slice(0, -1));
}

// a Maghrebi nisba written with its article as La- before an h or as L- before ay or a and a consonant (Lahouari, Layachi,
// Laroussi, Lamrani, Laroui = الهواري, العياشي, العروسي, العمراني, العروي: the French -oui of -awi too), or as L- before
// the you or ya of a French spelling (Lyoubi, Lyazidi = اليوبي, اليزيدي; not the Slavic Lyu-: Lyutvi, Lyubarski), is also
// read without it, against a spelling with the article or
// without (Houari, Ayachi, Arroussi, عمراني): few nisbas of their own begin so (not before a t: Latifi is the nisba of
// Latif; nor of two syllables, Larbi: the given name العربي; nor before sh, which the article would be said as, nor v:
// the Baloch and Persian Lashari, Lashkari, Lavasani) (and in their Cyrillic copies: Лахуари, Лаяши)
const MAGHREBI_NISBA_WITH_ARTICLE = /^la(?=h[aeiou].*(?:[^aeiouy]|ou)i$)|^l(?=y(?:ou|a).*[^aeiouy]i$)|^l(?=a{1,2}[yi][aeiou].*(?:[^aeiouy]|ou)i$)|^l(?=a(?!sh)[^aeiouyhtv](?:.+[^aeiouy]|.*ou)i$)|^ла(?=х[аеиоу].*[^аеиоуйя]и$)|^л(?=а(?:[йј][аеоу]|я).*[^аеиоуйя]и$)/;
// … and the article as the L- Moroccan spellings glue before a name's first consonant, where no name begins with two
// (Lfassi, Lbakkali, Lhachimi = الفاسي, البقالي, الهاشمي = Fassi, Bakkali, Hachimi): before a moon letter only, as before a
// sun letter they write it Et-, Es-, Ech- (the l of Ltaief, Ltifi is the name's own); not the Slavic lj, ly
const MAGHREBI_ARTICLE_BEFORE_CONSONANT = /^l(?=[bfghkmq][a-z]{3})/;
const MAGHREBI_ARTICLES = [MAGHREBI_NISBA_WITH_ARTICLE, MAGHREBI_ARTICLE_BEFORE_CONSONANT];
function maghrebiNisbaReading(w: ReadWord): string | null {
  const article = MAGHREBI_ARTICLES.find((a) => a.test(w.text));
  return article === undefined || !standsAsWritten(w) ? null : otherReading(w, w.text.replace(article, ''));
}

// Albanian writes the ü of Turkish, which other spellings write u, as y (Hysen, Ymer, Isuf = Hüseyin, Ömer = Husein,
// Umar; Myftar = Muhtar): a y beside no vowel is also read u (not in a word of two or three letters: Sy, the Senegalese
// family name, is no Su)
const ALBANIAN_Y = /(^|[^aeiouyë])y(?![aeiouyë])/g;
function albanianReading(w: ReadWord): string | null {
  ALBANIAN_Y.lastIndex = 0;
  if (w.text.length < 4 || !w.text.includes('y') || !ALBANIAN_Y.test(w.text) || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace(ALBANIAN_Y, '$1u'));
}

// French spellings of Fula, Mandinka and Wolof names write the j of English ones di before a vowel (Diallo, Diarra, Ndiaye,
// Tidiane = Jallow, Jarra, Njie, Tijani), and Cyrillic copies of them ди (Диалло, Диарра): a word is also read with a j
// where it begins so after an n, or before a doubled consonant, or where the di ends in -ane (not Diana, Diab, Diala);
// and the ch of English ones thi at the start of the Fula and Wolof names Thierno, Thioune, Thiam, Thiaw (the Gambian
// Cherno, Chune, Cham, Chaw; not Thierry, Thien, nor the th of Arabic names, Thiab = ذياب)
const WEST_AFRICAN_DI = /^(n)di(?=[aeo])|^()di(?=[aeo]([^aeiou])\3)|(?<=^[a-z]*[aeiou])()di(?=ane$)/;
const WEST_AFRICAN_DI_CYRILLIC = /^(н)ди(?=[аео])|^()ди(?=[аео]([^аеиоу])\3)|(?<=^[а-я]*[аеиоу])()ди(?=ане$)/;
const WEST_AFRICAN_THI = /^thi(?=ern|o|a[mw])/;
function westAfricanJOrChReading(w: ReadWord): string | null {
  const latin = WEST_AFRICAN_DI.test(w.text);
  const thi = !latin && WEST_AFRICAN_THI.test(w.text);
  if ((!latin && !thi && !WEST_AFRICAN_DI_CYRILLIC.test(w.text)) || !standsAsWritten(w)) return null;
  if (thi) return otherReading(w, w.text.replace(WEST_AFRICAN_THI, 'ch'));
  return otherReading(w, latin ? w.text.replace(WEST_AFRICAN_DI, '$1$2$4j') : w.text.replace(WEST_AFRICAN_DI_CYRILLIC, '$1$2$4џ'));
}

// The Persian -qoli (-gholi) of compound names, servant of (عباسقلی, Abbasgholi), is -qulu by Azerbaijani vowel harmony,
// -guly in Turkmen, -quli in Uzbek and Tajik, and Russian papers write it -гулу, -кули (Аббасгулу, Гурбангулы): a word
// of a name of two consonants or more and one of these endings is also read with -quli
const TURKIC_QULU = /^(.*[^aeiouyəıüöаеиоуыэюя].*?)(?:gh|q|k|g|ğ|гх|к|г|қ|ғ)[uoüуо][lл][uiıyüуиы]$/;
function turkicQuluReading(w: ReadWord): string | null {
  const l = w.text[w.text.length - 2];
  if (l !== 'l' && l !== 'л') return null;
  const m = TURKIC_QULU.exec(w.text);
  if (m === null || consonantCount(wordToSymbols(m[1]!).symbols) < 2 || !standsAsWritten(w)) return null;
  return otherReading(w, /[а-я]/.test(w.text) ? `${m[1]}кули` : `${m[1]}quli`);
}

// A Bangladeshi given name of an Arabic name and the article of the second name it stood before (Mizanur, Zahurul =
// Mizan-ur Rahman, Zahur-ul Islam), which Bengali writes with জ for the z and j alike and romanisations write j (Mijanur,
// Johurul): a Latin word of that shape, three consonants or more before the -ur or -ul, is also read with its j as z
const BANGLADESHI_LINKED_NAME = /^(?=[a-z]*j)[a-z]*[^aeiouy](?:ur|ul|or|ol)$/;
function bangladeshiLinkedNameReading(w: ReadWord): string | null {
  if (!BANGLADESHI_LINKED_NAME.test(w.text) || consonantCount(w.symbols) < 4 || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace(/j/g, 'z'));
}

// English spellings write n and j apart where Slavic and Albanian ones write the nj of ñ (Anjum, Sanjar, Fanjari, Manjur =
// انجم, سنجر, فنجري, منجور; Serbian Anja, Njegoš): a Latin word with nj before a vowel is also read with a j there
const NJ_BEFORE_VOWEL = /nj(?=[aeiou])/g;
function englishNjReading(w: ReadWord): string | null {
  if (!w.text.includes('nj') || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace(NJ_BEFORE_VOWEL, 'ndž'));
}

/** Whether the symbols are those of the word as written (no article or link taken off), which a convention may read otherwise. */
const standsAsWritten = (w: ReadWord): boolean => !w.text.includes(' ') && wordToSymbols(w.text).symbols === w.symbols;

// Serbian and Macedonian write the Khan of Pakistani and Afghan names as English is said, Kan (Имран Кан, Садик Кан =
// Imran Khan, Sadiq Khan): the word alone is also read Khan
const KAN = /^(?:kan|кан)$/;
function serbianKhanReading(w: ReadWord): string | null {
  return KAN.test(w.text) ? otherReading(w, 'khan') : null;
}

// the Baluch family names of a clan end in -zehi (زهی), which is the -zai of Pashtun ones (زی) and which papers also
// write so (Yarahmadzehi = Yar Ahmadzai, Barakzehi = Barakzai; German Baransehi): a word with it is also read with -zai
const BALUCH_ZEHI = /^(.{3,}?)(?:(?<=[^aeiou])[zs][ae]hi|з[ае]хи|زهي)$/;
function baluchZehiReading(w: ReadWord): string | null {
  const m = BALUCH_ZEHI.exec(w.text);
  if (m === null || !standsAsWritten(w)) return null;
  const zai = /\p{Script=Arabic}/u.test(w.text) ? 'زي' : /\p{Script=Cyrillic}/u.test(w.text) ? 'зай' : 'zai';
  return otherReading(w, m[1]! + zai);
}

// German writes the d + Shah of a compound (Badshah, Sayedshah = بادشاه, سیدشاه) as it writes the one sound j, dsch
// (Badschah; Dschamila = Jamila): a word with dschah after a vowel is also read with d + shah
const D_BEFORE_SCHAH = /(?<=[aeiou])dsch(?=ah)/g;
function germanDSchReading(w: ReadWord): string | null {
  return latinWordReadWith(w, 'dschah', D_BEFORE_SCHAH, 'dsh');
}

// Moroccan French spellings write غ rh before a vowel (Ouardirhi, Rharbi, Mrhari = ورديغي, غربي, مغاري): a Latin word
// with rh before a vowel is also read with gh
const RH_BEFORE_VOWEL = /rh(?=[aeiou])/g;
function moroccanRhReading(w: ReadWord): string | null {
  return latinWordReadWith(w, 'rh', RH_BEFORE_VOWEL, 'gh');
}

/** A plain Latin word with `letters` in it, also read with `pattern` replaced by `by`; null for any other word. */
function latinWordReadWith(w: ReadWord, letters: string, pattern: RegExp, by: string): string | null {
  return /^[a-z]+$/.test(w.text) && w.text.includes(letters) && standsAsWritten(w) ? otherReading(w, w.text.replace(pattern, by)) : null;
}

// Persian writes a waw after خ that is not said before ا and ی (خواجه Khaja, خویشگی Kheshgi, خوانساری Khansari): a word
// that begins with one of those Persian stems is also read without it — not an Arabic خوا, خوی, whose waw is said
// (خوالدة Khawaldeh, خويلد Khuwaylid)
const KHW_SILENT = /^خو(?=اج|ان|اه|ار|است|اف|يش)/;
function persianSilentWawReading(w: ReadWord): string | null {
  return KHW_SILENT.test(w.text) && standsAsWritten(w) ? otherReading(w, w.text.replace(KHW_SILENT, 'خ')) : null;
}

/** The word read from `text`, its spelling by another convention, or null when that reads as the word's letters do. */
function otherReading(w: ReadWord, text: string): string | null {
  return otherSymbols(w, wordToSymbols(text).symbols);
}
/** … the same of a reading already in symbols. */
const otherSymbols = (w: ReadWord, symbols: string): string | null => (symbols === w.symbols ? null : symbols);

// Bosnian and Macedonian spellings end a name in -i with -ija (Vehbija, Zuhdija, Hakija = Wahbi, Zuhdi, Haqqi): read also
// without it
const SLAVIC_IJA = /(?:ija|ија)$/;
const IJA_SYMBOLS = /i[jy]a$/;
function bosnianReading(w: ReadWord): string | null {
  return w.symbols.length >= 5 && SLAVIC_IJA.test(w.text) && IJA_SYMBOLS.test(w.symbols) ? w.symbols.replace(IJA_SYMBOLS, 'i') : null;
}

// X al-Y written as one Arabic-script word (مهرالنسا, قمرالزمان = Mehrunnisa, Qamaruzzaman): also read with the article
// as Latin spellings say it, ul- or u- and the sun letter after it doubled
// (not the al of a name before a Persian suffix: جلالیان, جمالزاده, کمالوند)
const CONSTRUCT_IN_ONE_WORD = /^([^\s]{2,}?)ال(?!(?:يان|زاده|زاد|وند|پور|نژاد|نيا|فر)$)([^\s]{2,})$/;
const ARABIC_SUN_LETTER = /^[تثدذرزسشصضطظلن]/;
function constructReading(w: ReadWord): string | null {
  const m = CONSTRUCT_IN_ONE_WORD.exec(w.text);
  if (m === null || !standsAsWritten(w)) return null;
  const first = wordToSymbols(m[1]!).symbols;
  const second = wordToSymbols(m[2]!).symbols.replace(/^'+/, '');
  if (consonantCount(first) < 2 || consonantCount(second) < 1 || second.length < 2) return null;
  return `${first}u${ARABIC_SUN_LETTER.test(m[2]!) ? second[0]! : 'l'}${second}`;
}

// Pashto ښ and ږ are sh and zh in the south (Kandahar) and kh and g in the north (Peshawar, Nangarhar): پښتنه is
// Pashtana and Pakhtana, زرلښت Zarlasht and Zarlakht; a word with them is also read the northern way
const PASHTO_SOUTHERN = /[ښږ]/;
function pashtoNorthernReading(w: ReadWord): string | null {
  if (!PASHTO_SOUTHERN.test(w.text) || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace(/ښ/g, 'خ').replace(/ږ/g, 'گ'));
}

// … and ځ, dz in the south and z in the north, which English spellings of tribe and place names write j as often (ځاځي,
// ځدران = Jaji, Jadran as well as Dzadzai, Zadran): a word with it is also read with ج
function pashtoDzAsJReading(w: ReadWord): string | null {
  if (!w.text.includes('ځ') || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace(/ځ/g, 'ج'));
}

// … and څ, ts in the south and s in the north, which the letters read as ch (څمکني, اڅکزی = Tsamkani, Achakzai, Atsakzai)
function pashtoTsReadings(w: ReadWord): (string | null)[] {
  if (!w.text.includes('څ') || !standsAsWritten(w)) return [];
  return [otherReading(w, w.text.replace(/څ/g, 'تس')), otherReading(w, w.text.replace(/څ/g, 'س'))];
}

// family names of the trades in Turkish -çi, -ci (Saatçi, Basmacı, Kahveci) end in -جي in Arabic script, which Iraqi
// Arabic says -chi (ساعاتجي, قهوجي = Saatchi, Kahwachi): such a word of three letters or more before it is also read so
const TURKISH_TRADE_CI = /(?<=...)جي$/;
function turkishTradeCiReading(w: ReadWord): string | null {
  if (!TURKISH_TRADE_CI.test(w.text) || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace(TURKISH_TRADE_CI, 'چي'));
}
// … and a Latin or Cyrillic one written -chi, as Iraqi Arabic says it, is also read -ji, as the Levant says it
// (Sharbatchi, Kahwachi = Sharbatji, Kahwaji = شربتجي, قهوجي): after a word of four letters or more
// (not the sch of German, Hadschi)
const TRADE_CHI = /(?<=[a-z]{4})(?<!s)chi$|(?<=[a-z]{4})(?:či|çi)$|(?<=[а-я]{4})чи$/;
function tradeChiAsJiReading(w: ReadWord): string | null {
  if (!TRADE_CHI.test(w.text) || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace(TRADE_CHI, (m) => (m === 'чи' ? 'джи' : 'ji')));
}

// Egyptian and Sudanese spellings write the -iʿ that ends ربيع, بديع, نافع, الدافع -ea (Rabea, Badea, Nafea, Dafea): a Latin
// word that ends so after a vowel and a consonant is also read with it
const EGYPTIAN_EA = /(?<=[aeiou][^aeiouy])ea$/;
function egyptianEaReading(w: ReadWord): string | null {
  if (!EGYPTIAN_EA.test(w.text) || !/^[a-z]+$/.test(w.text) || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace(EGYPTIAN_EA, "i'"));
}

// Avar, Dargin, Lak and Chechen women's names say the taa marbuta of the Arabic name they are made from, and Russian
// papers write it -ат (Аминат, Халимат, Хадижат, Айшат = Амина, Халима, Хадиджа, Айша): a Cyrillic word that ends so
// after a vowel and one consonant, of two vowels before it or a й, is also read with -а (not after two consonants:
// Рахмат, Нусрат, Хикмат; nor the Tatar, Kazakh and Azerbaijani men's names of two syllables: Ринат, Ренат, Санат)
const CAUCASIAN_AT = /(?<=[аеиыйя][мнжшслдз])ат$/;
// (two vowels before the -ат, or a й before its consonant)
const TWO_VOWELS_OR_Y_BEFORE_AT = /^(?:[^аеиоуыэюяё]*[аеиоуыэюяё]){2}.*ат$|й[мнжшслдз]ат$/;
// … and the Latin letters of the same papers (Aminat, Aishat, Khadizhat Gadzhieva), of the names of the pattern faʿīla
// (an i before the consonant): not the Urdu and Bengali -at of an Arabic plural, Hasanat, Karamat, Salamat = حسنات,
// کرامات, سلامت, whose Arabic singular is another word (حسنة, كرامة)
const CAUCASIAN_AT_LATIN = /(?<=[iy](?:m|n|zh|sh|s|l|d|z|j))at$/;
// (… in a word of plain Latin letters)
const TWO_VOWELS_OR_Y_BEFORE_AT_LATIN = /^(?=[a-z]+$)(?:(?:[^aeiou]*[aeiou]){2}.*at$|.*y(?:m|n|zh|sh|s|l|d|z|j)at$)/;
// (each alphabet's ending, what must come before it, and the -a it is read with)
const CAUCASIAN_AT_ENDINGS = [
  { at: CAUCASIAN_AT, before: TWO_VOWELS_OR_Y_BEFORE_AT, a: 'а' },
  { at: CAUCASIAN_AT_LATIN, before: TWO_VOWELS_OR_Y_BEFORE_AT_LATIN, a: 'a' },
];
function caucasianAtReading(w: ReadWord): string | null {
  const ending = CAUCASIAN_AT_ENDINGS.find((e) => e.at.test(w.text));
  if (ending === undefined || !ending.before.test(w.text) || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace(ending.at, ending.a));
}

// Egyptian and Sudanese papers write يحيى with one ya, يحي, which its letters read Yahi: it is also read as the name
// (Yahia, Yehia, Jahja)
function yahyaReading(w: ReadWord): string | null {
  return w.text === 'يحي' ? otherReading(w, 'يحيي') : null;
}

// the name طه is the two letters Ṭā and Hā that begin a sura, said Taha, which Persian, Urdu and Kurdish write as said (طاها)
function tahaReading(w: ReadWord): string | null {
  return w.text === 'طه' ? otherReading(w, 'طاها') : null;
}

// the name عبده ends in the pronoun -uh, not a taa marbuta (Abduh, Abdu, Abdou, Abdo)
function abduhReading(w: ReadWord): string | null {
  return w.text === 'عبده' ? "'bdu" : null;
}

// a Somali word's last -o or -e is read as the -a of the Arabic name (translit/latin.ts: Xaliimo = حليمة); it is also read
// as written, against the spellings of the Somali name that other offices copy (Xaliimo = Halimo = Халимо)
function somaliLastVowelReading(w: ReadWord): string | null {
  const last = w.text[w.text.length - 1];
  if ((last !== 'o' && last !== 'e') || !w.symbols.endsWith('a') || !/^[a-z]+$/.test(w.text) || !standsAsWritten(w)) return null;
  return w.symbols.slice(0, -1) + last;
}

// Somali ends a woman's name in -o where Arabic ends it in -a (Halimo, Nasro, Habibo = Halima, Nasra, Habiba), which the
// offices that copy it keep in Latin and Cyrillic letters (Халимо): those names are also read with -a — those only, as
// Slavic, Italian, Kurdish and Bosnian men's names end in -o too (Marko, Roberto, Halo, Hamo are not Marka, Roberta,
// Hala, Hama)
const SOMALI_WOMENS_NAMES_IN_O = new Set([
  'halimo', 'xaliimo', 'xalimo', 'nasro', 'habibo', 'xabiibo', 'xabibo', 'rahmo', 'raxmo', 'fadumo', 'faadumo', 'sahro', 'hafso', 'xafso',
  'khadro', 'nafiso', 'amino', 'aamino', 'hawo', 'xaawo', 'hibo', 'shamso', 'safiyo', 'sacdiyo', 'saadiyo', 'ruqiyo', 'najmo', 'nimco', 'samiro',
  'jamilo', 'kariimo', 'karimo', 'latiifo', 'naciimo', 'naimo', 'sumayo', 'maryamo', 'zamzamo', 'ubaxo', 'caasho', 'fardowso', 'cawo',
  'халимо', 'насро', 'хабибо', 'рахмо', 'фадумо', 'сахро', 'хафсо', 'хадро', 'нафисо', 'амино', 'хаво', 'хибо', 'шамсо', 'сафийо', 'наджмо',
  'наџмо', 'џамило',
]);
function somaliWomansOReading(w: ReadWord): string | null {
  if (!SOMALI_WOMENS_NAMES_IN_O.has(w.text) || !w.symbols.endsWith('o') || !standsAsWritten(w)) return null;
  return `${w.symbols.slice(0, -1)}a`;
}

// Somali says Abu Bakr with one b, Abuukar, Abukar, Abucar, and Abokor, Abikar (أبو بكر): read as Abubakar
const SOMALI_ABUKAR = /^(?:ab[uo]{1,2}[kc]ar|abo[kc]or|abi{1,2}[kc]ar|аб[уо]кар|абокор|абикар)$/;
const ABUBAKAR = wordToSymbols('abubakar').symbols;
function somaliAbukarReading(w: ReadWord): string | null {
  return SOMALI_ABUKAR.test(w.text) && standsAsWritten(w) ? otherSymbols(w, ABUBAKAR) : null;
}

// Somali says no m at the end of a word and writes the final m of Arabic names n (Aadan, Ibraahin = آدم, إبراهيم): a word
// Somali spelling marks by a long vowel written double before a last short syllable in n is also read with m — not a
// last long syllable (Imaan is إيمان, not إمام), nor a word with no long vowel written double (Xasan is حسن, not حسام)
// — and the Somali names of Arabic ones so written however spelt (Maryan, Adan, Ibrahin = مريم, آدم, إبراهيم)
const SOMALI_FINAL_N = /^(?=[a-z]*(?:aa|ii|uu)[a-z]*[^aeiou][aeiou]n$)[a-z]+$/;
const SOMALI_NAMES_IN_N = new Set(['maryan', 'adan', 'ibrahin']);
function somaliFinalMReading(w: ReadWord): string | null {
  if (!w.text.endsWith('n') || !(SOMALI_FINAL_N.test(w.text) || SOMALI_NAMES_IN_N.has(w.text)) || !standsAsWritten(w)) return null;
  return otherReading(w, `${w.text.slice(0, -1)}m`);
}

// the Arabic chat alphabet (translit/arabizi.ts) writes ق with the 2 of the hamza that Egyptian and Levantine speech say
// for it (Tare2, 3abdel2ader = Tareq, Abdelqader), and Maghrebi chat with the 9 of ص (3abdelha9 = Abdelhaq): the ʔ and
// ṩ that only that alphabet's reading writes are also read q (not the ṣ of a scholarly Ṣaʿīd)
function chatQafReading(w: ReadWord): string | null {
  if (!hasChatQaf(w.text) || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace(CHAT_QAF, 'q'));
}

// Bulgarian writes the short u of English spellings (but, Butt) with its ъ, which between consonants is read a (Бът =
// Butt = بٹ, Джът = Jutt): a word of one syllable with it is also read with u (not the ъ of Bulgarian names: Кънев is not
// Кунев)
const ONE_SYLLABLE_WITH_ER = /^[бвгджзклмнпрстфхцчшщ]+ъ[бвгджзклмнпрстфхцчшщ]+$/;
function bulgarianUReading(w: ReadWord): string | null {
  if (!ONE_SYLLABLE_WITH_ER.test(w.text) || !standsAsWritten(w)) return null;
  return otherReading(w, w.text.replace('ъ', 'у'));
}

// … and the ı of Turkish names, and the unstressed i of Arabic ones as Turks of Bulgaria say them, also with its ъ (Айдън,
// Йълдъз, Кълъч, Сабър = Aydın, Yıldız, Kılıç, Sabir): a word with one between consonants is also read with i — not a
// Bulgarian family name in -ов, -ев, -ски, whose ъ is Bulgarian (Дънков is not Динков, Кънев not Кинев)
const ER_BETWEEN_CONSONANTS = /(?<=[бвгджзклмнпрстфхцчшщй])ъ(?=[бвгджзклмнпрстфхцчшщй])/g;
const BULGARIAN_FAMILY_NAME = /(?:ов|ев|ова|ева|ски|ска)$/;
function bulgarianTurkishIReading(w: ReadWord): string | null {
  if (!w.text.includes('ъ') || BULGARIAN_FAMILY_NAME.test(w.text) || !standsAsWritten(w)) return null;
  const read = w.text.replace(ER_BETWEEN_CONSONANTS, 'ы');
  return read === w.text ? null : otherReading(w, read);
}

// German and Polish spellings write the -ov, -ev of Russian and Central Asian family names -ow, -ew (Umarow, Iwanow, Alijew
// = Умаров, Иванов, Алиев): a last ow or ew after a vowel and one consonant (not doubled, not h or w), in a word of six
// letters or more, is also read so — not only: Somali names end in -ow too (Hassanow, Dahirow; Adow, Olow)
const SLAVIC_OW = /^\p{Script=Latin}{2,}[aeiouyýı][bcdfgjklmnpqrstvxzšžčćđ][oe]w$/u;
function slavicOvReading(w: ReadWord): string | null {
  return SLAVIC_OW.test(w.text) && standsAsWritten(w) ? otherReading(w, `${w.text.slice(0, -1)}v`) : null;
}

// an sch between vowels is the s and ch of English spellings as often as the German sch (Aschalew = Асчалев = አስቻለው,
// As-chalew)
const SCH_BETWEEN_VOWELS = /(?<=[aeiou])sch(?=[aeiou])/;
function englishSBeforeChReading(w: ReadWord): string | null {
  return SCH_BETWEEN_VOWELS.test(w.text) && standsAsWritten(w) ? otherReading(w, w.text.replace(SCH_BETWEEN_VOWELS, 'sč')) : null;
}

// a last gn, or gne after e or i, is the palatal ñ of Ethiopian names that Ethiopic writes ኝ and Serbian њ (Desalegn,
// Tekalign, Tekaligne, Tamagn = ደሳለኝ, ተካልኝ, ታማኝ, Десалењ); not -agne, the g and n of Wolof names (Diagne, Magne)
const ETHIOPIAN_GN = /(?<=[eéèi])gn(?=e?$)|(?<=a)gn$/;
// Tigrinya's ኸ row, the k said kh after a vowel, is written k in Latin (ተኽለ Tekle, ብርኽቲ Birikti, ሚካኤል): an Ethiopic word
// with it is also read with the k of the ከ row
const ETHIOPIC_KH = /[\u12b8-\u12be]/g;
function tigrinyaKhAsKReading(w: ReadWord): string | null {
  ETHIOPIC_KH.lastIndex = 0;
  if (!ETHIOPIC_KH.test(w.text)) return null;
  return otherSymbols(w, ethiopicToSymbols(w.text.replace(ETHIOPIC_KH, (c) => String.fromCodePoint(c.codePointAt(0)! - 0x10))));
}

function tigrinyaReading(w: ReadWord): string | null {
  const r = /^\p{Script=Ethiopic}+$/u.test(w.text) ? ethiopicTigrinyaSymbols(w.text) : null;
  return r === null || r === w.symbols ? null : r;
}

function ethiopianGnReading(w: ReadWord): string | null {
  return /^\p{Script=Latin}+$/u.test(w.text) && ETHIOPIAN_GN.test(w.text) && standsAsWritten(w) ? w.symbols.replace(/gn(?=e?$)/, 'ny') : null;
}

// the d of Muhammad, Ahmad, Mahmud before the j of a compound written as one word is d + j, which French spellings
// would read as one letter dj (Mohammadjavad, Ahmadjar = محمدجواد, احمدیار): a word is also read so — also, as Cyrillic
// дж is one letter, read as written (Muhammadjon = Мухаммаджон)
const D_BEFORE_J = new RegExp(`^(${MUHAMMAD_AHMAD_MAHMUD_D})(j.+)$`);
function dBeforeJReading(w: ReadWord): string | null {
  const m = D_BEFORE_J.exec(w.text);
  return m === null || !standsAsWritten(w) ? null : wordToSymbols(m[1]!).symbols + wordToSymbols(m[2]!).symbols;
}

// the Turkic -lı, -li of Azerbaijani and Turkish family names (Aslanlı, Kərimli, Асланлы) is the -lu that Persian writes
// لو and Latin -lou, -loo (Aslanlou, Karimloo = اصلانلو, کریملو): after a base of two consonants or more that ends in one
// (not Jamali, Akli)
const TURKIC_LI = /^(?:\p{Script=Latin}|\p{Script=Cyrillic})*[^aeiouyıəаеиоуыэюя]l[iıy]$|^(?:\p{Script=Cyrillic})*[^аеиоуыэюя]л[иы]$/u;
function turkicLiReading(w: ReadWord): string | null {
  if (!TURKIC_LI.test(w.text) || !w.symbols.endsWith('li') || consonantCount(w.symbols.slice(0, -2)) < 2) return null;
  return `${w.symbols.slice(0, -1)}U`;
}

// … and the Turkish -lu, -lü of a family named after its town (Hürmüzlü, Dakuklu, Kerküklü) is the nisba -i of the
// Arabic spelling of the Turkmen of Iraq (الهرمزي, الدقوقي = Al-Hurmuzi, Al-Daquqi): such a word, the u of its ending
// after a base with u or o as Turkish vowel harmony has it, of three consonants or more, is also read so (not the
// Persian -lou of Gharakhanlou, Zafaranlu after any vowel; not Mutlu, Kutlu)
const TURKISH_LU = /^(?:\p{Script=Latin}*[uüoö][^aeiouyıəüö]*[^aeiouyıəüö]l[uü]|\p{Script=Cyrillic}*[уюоё][^аеиоуыэюяё]*[^аеиоуыэюяё]л[ую])$/u;
function turkishLuNisbaReading(w: ReadWord): string | null {
  if (!TURKISH_LU.test(w.text) || consonantCount(w.symbols.slice(0, -2)) < 3 || !standsAsWritten(w)) return null;
  return `${w.symbols.slice(0, -2)}i`;
}

// Turkish says the nisba -i of Arabic names after ü as ü (Şükrü, Hüsnü, Rüştü = شكري, حسني, رشدي), which the spelling
// reads back as the nisba (translit/latin.ts); typed without its diacritics the ü is a u (Sukru, Husnu, Rustu): a plain
// Latin word of five letters or more that ends in u after a syllable with u is also read with that -i — not the Turkish
// -lu of Mutlu, Kutlu (turkicLiReading reads the -lı, -lu of family names)
const TURKISH_BARE_HARMONY = /^[a-z]*u[^aeiouy]*[^aeiouyl]u$/;
function turkishBareHarmonyReading(w: ReadWord): string | null {
  return w.text.length >= 5 && TURKISH_BARE_HARMONY.test(w.text) && standsAsWritten(w) ? otherReading(w, `${w.text.slice(0, -1)}i`) : null;
}

// German papers write the ü of a Turkish name ue (Gülsüm = Guelsuem, Düzgün = Duezguen): a plain Latin word with two ue is
// also read with ü for each; the first reads as the French gue otherwise (Guermassi), and one alone is as often the u and e
// of Samuel, Manuel
const GERMAN_UE = /ue.*ue/;
function germanUeReading(w: ReadWord): string | null {
  return GERMAN_UE.test(w.text) && standsAsWritten(w) ? otherReading(w, w.text.replace(/ue/g, 'ü')) : null;
}

// Bangladeshi papers write Haq (حق) as Bengali says it, Huq, Hoque (Fazlul Huq, Azizul Hoque = Fazlul Haq, Aziz ul-Haq)
const BANGLADESHI_HAQ = new Set(['huq', 'hoque', 'hoq']);
function bangladeshiHaqReading(w: ReadWord): string | null {
  return BANGLADESHI_HAQ.has(w.text) ? otherReading(w, 'haq') : null;
}

// (name-forms.ts, somali-forms.ts)
function nameFormReading(w: ReadWord): string | null {
  return formReading(w, nameOfForm);
}
function somaliFormReading(w: ReadWord): string | null {
  return formReading(w, arabicNameOfSomaliForm);
}
/** A word read as the Arabic name whose form a table (`nameOf`) says it is, if any. */
function formReading(w: ReadWord, nameOf: (text: string) => string | null): string | null {
  const read = nameOf(w.text);
  return read === null ? null : otherReading(w, read);
}

// Russian writes the h of Arabic and Turkic names with Г, and a Russian passport, visa or list copied into Latin writes it g
// (Magomed Gadzhiev, Gasanov = Магомед Гаджиев, Гасанов = Muhammad Hajiyev, Hasanov): a g in a Latin word that shows such
// a copy — a Russian family name's ending, the zh of ж, or Magomed itself — is also read as Г is
const RUSSIAN_LATIN = /^[a-z]+$/;
const RUSSIAN_LATIN_SIGN = /(?:[oe]va?|[oe]vich|[oe]vna)$|zh|^magom/;
function russianLatinGReading(w: ReadWord): string | null {
  if (!w.symbols.includes('g') || !RUSSIAN_LATIN.test(w.text) || !RUSSIAN_LATIN_SIGN.test(w.text)) return null;
  return w.symbols.replace(/g/g, 'H');
}

// (the Greek readings below are not combined: no name was found that needs a ντ read nt and a digraph read apart at once)
// Greek writes the d of other names ντ and their nt so too (Άχμεντ = Ahmed, Ταντάουι = Tantawi, Αντουάν = Antwan): a Greek
// word with ντ inside it is also read with nt
function greekNtReading(w: ReadWord): string | null {
  if (!NT_INSIDE.test(w.text)) return null;
  return otherSymbols(w, greekToSymbols(w.text, { ntInside: true }));
}

// Greek capitals leave out the diaeresis of a vowel said apart (ΑΙΣΑ, ΧΟΥΣΕΙΝ = Αΐσα, Χουσεΐν = Aisha, Husein): a Greek
// word with αι, ει or οι is also read with two vowels
function greekDigraphsApartReading(w: ReadWord): string | null {
  if (!GREEK_DIGRAPH.test(w.text)) return null;
  return otherSymbols(w, greekToSymbols(w.text, { digraphsApart: true }));
}

// Greek has no sh and writes σ for it (Σάντι, Αΐσα, Ρασίντ = Shadi, Aisha, Rashid = شادي, عائشة, رشيد): a Greek word with σ is
// also read with sh there (not the s of ξ; nor in a word with the final ς of Greek men's names, Κώστας, whose s it is)
const GREEK_SIGMA = /σ/;
function greekShReading(w: ReadWord): string | null {
  if (!GREEK_SIGMA.test(w.text) || w.text.endsWith('ς')) return null;
  return otherSymbols(w, w.symbols.replace(/(?<!k)s/g, 'c'));
}

// … and writes τσ for the ch of other names as well as its own ts (ΤΣΙΓΙΑ, ΤΣΑΟΥΝΤΡΙ = Chiya, Chaudhry), a last ντ for
// their nd as well as their d (ΧΙΝΤ, ΜΟΜΑΝΤ = Hind, Momand; ΑΧΜΑΝΤ = Ahmad), and γι before a consonant, said yi, for
// their yi as well as their gi (ΑΓΙΣΑ, ΖΟΥΜΠΑΓΙΡ = Aisha, Zubayr): a word with them is also read so
function greekTsReading(w: ReadWord): string | null {
  return GREEK_TS.test(w.text) ? otherSymbols(w, greekToSymbols(w.text, { tsAsCh: true })) : null;
}
// (not the d of Muhammad, Mehmed, Ahmad, Mahmud: ΜΟΧΑΜΑΝΤ is no Mohmand)
const MUHAMMAD_AHMAD_MAHMUD = new RegExp(`^(?:${MUHAMMAD_AHMAD_MAHMUD_D}|mehm[ae]d)$`);
function greekNtLastReading(w: ReadWord): string | null {
  if (!GREEK_NT_LAST.test(w.text) || MUHAMMAD_AHMAD_MAHMUD.test(w.symbols.replace(/U/g, 'u'))) return null;
  return otherSymbols(w, greekToSymbols(w.text, { ntLastAsNd: true }));
}
// (with its σ also as sh, as the word is: ΑΓΙΣΑ = Aisha)
function greekGammaYReadings(w: ReadWord): (string | null)[] {
  if (!GREEK_GAMMA_FRONT.test(w.text)) return [];
  const y = greekToSymbols(w.text, { gammaAsY: true });
  return [otherSymbols(w, y), greekShReading({ text: w.text, symbols: y })];
}
// … and gives a name that ends in a said vowel the -ς of Greek men's names, the accent on that vowel (Αλής, Μουσταφάς = Ali,
// Mustafa): such a word is also read without it (not Κώστας, whose accent is elsewhere; nor capitals, which show no accent:
// ΑΝΑΣ, ΑΡΑΣ are Anas, Aras)
const GREEK_NOMINATIVE_S = /(?<=..[αη]\u0301)ς$/;
const GREEK_S_LAST = /ς$/;
function greekNominativeSReading(w: ReadWord): string | null {
  if (!/^\p{Script=Greek}+$/u.test(w.text) || !GREEK_NOMINATIVE_S.test(w.text.normalize('NFD'))) return null;
  return otherSymbols(w, greekToSymbols(w.text.replace(GREEK_S_LAST, '')));
}

// Russian print writes ё as е (Федор, Петр = Фёдор, Пётр, which Latin spells Fyodor, Fedor, Petr): a word with ё is also
// read with е (any word: a ё is never a spelling convention's letter, so the word stands as written)
function yoAsYeReading(w: ReadWord): string | null {
  return w.text.includes('ё') ? otherReading(w, w.text.replace(/ё/g, 'е')) : null;
}

