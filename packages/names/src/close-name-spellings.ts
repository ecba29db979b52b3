/**
 * Two close names whose spellings as written say which they are, where the phonetic symbols lose it.
 *
 * Said and Sayyid: سعيد (Saeed, Saïd, Saied, Sa'id, Sait, Siciid) and سيد (Sayed, Seyed, Sayyid, Syed, Seyit, Sejid, Сейид)
 * are two names — the second also the title of the Prophet's descendants — whose Latin and Cyrillic spellings differ by
 * the y of Sayyid against the long i of Said after its vowel or ayn. Letters alone read Sayed close to Saeed, and the
 * phonetic alphabet writes Saied as Sayed. A plain Said or Саид says neither: German and Russian papers write Sayyid so
 * too (Said Dschawad Mussawi = سيد جواد موسوي, Ал-Саид = السيد).
 *
 * Javad and Javed: جواد (Javad, Jawad, Dschawad, Џавад), the Arabic name, and جاوید (Javed, Jawed, Javid, Джавед), the
 * Persian one, which Afghans and Pakistanis carry as often — told apart by the vowel of the second syllable, which the
 * symbols weigh as a spelling variant. (Greek papers write the pairs Τζαβάντ, Τζαβέντ; Σαΐντ, Σαγιέντ; Χασάν, Χουσεΐν,
 * whose last ντ another reading says nd, a word the letters read close either way.)
 *
 * Hasan and Husayn as Algerian French writes them, Hacène and Hocine, Houcine; and as Kurmanji writes them: Hesen =
 * حسن, Hisên, Husên = حسين — the ê, which the symbols write as e, is the diphthong of Husayn (against Hasan in Azerbaijani
 * too: Həsən); and as Bengali writes them, হাসান and হোসেন (Hosen, Хосен); and as Serbian and Croatian write Husayn,
 * Husejn, Hosejn, Хусејн, whose j the symbols read as a glide after e.
 *
 * Gazi and Kazi: غازي (Gazi, গাজী), the fighter, and قاضي (Qazi, Kazi, Kadi, কাজী), the judge — two titles that
 * Bangladeshi, Pakistani and Afghan families carry as names, whose g and k the symbols weigh as a spelling variant.
 *
 * Sheikh and Shah: شيخ (Sheikh, Shaikh, Shekh, Šejh, Шейх, শেখ), the elder, and شاه (Shah, Schah, Šah, Шах, শাহ), the king —
 * two titles South Asian, Afghan and Bangladeshi families carry as names, whose kh and h, e and a the symbols weigh as
 * spelling variants where the diphthong of Sheikh is not written (Shekh, শেখ read against Shah).
 *
 * Qasim and Kazim: قاسم (Ghasem, Qasim, Касем) and كاظم (Kazem, Kadhim, Казем), and their nisbas (Ghasemi, Kazemi), whose
 * gh or q and s the symbols weigh as two spelling variants. (Not a Latin Kasem, Kasim: German papers write the z of
 * Kazem so.)
 */
export type CloseName = '' | 'saidOrSayyid' | 'said' | 'sayyid' | 'hasan' | 'husayn' | 'javad' | 'javed' | 'ghazi' | 'qazi' | 'qasim' | 'kazim' | 'sheikh' | 'shah';

// (normalised text: lower case, diacritics kept, an apostrophe for the ayn; a Bengali Sayeed is Said, neither)
// (and the Sayeed of South Asian spellings, Abu Sayeed = ابو سعيد)
// (and the Greek Σαΐντ, whose diaeresis says the i apart: Sayyid is Σαγιέντ, Σεγιέντ)
const SAID = /^(?:sa(?:'?ee|'?ei|ie|ï|'i|yee)d|sait|s[ai]cii?d|سعيد|σα[ΐϊ]ντ)$/;
// (a plain Said, Саид: either, as Afghan and Pakistani papers write سید so too, Said Akbar = سید اکبر)
const SAID_OR_SAYYID = /^(?:said|саид)$/;
// (Sajed, Сајед are also the Sajid of ساجد: neither)
const SAYYID = /^(?:sayy?[ei][dt]|se(?:yy?|jj?)[ei][dt]|syed|сайй?[еи]д|се(?:йй?|јј?)[еи][дт]|سيد|σ[αε]γι[εέ]ντ)$/;
// (and the Arabic-script spellings, against which a Kurmanji ê is read like an e: Hisên is حسين, not حسن; and the Bengali
// ones and their romanisations, whose হোসেন, Hosen, Hossen the letters read as close to হাসান, Hasan, Хасан as to Husayn)
const HUSAYN_SPELT = /^(?:h[iu]s{1,2}ên|χουσε[ΐϊ]ν|حسين|হোসেন|হোসাইন|হুসাইন|হোসেইন|হোছেন|hos{1,2}en|hou?cine|хусин|хос{1,2}ен|h[ou]s{1,2}ejn|х[оу]с{1,2}е[јй]н)$/;
const HASAN = /^(?:h[aeə]s{1,2}[aeə]n|χασ{1,2}[αά]ν|حسن|হাসান|হাছান|хас{1,2}ан|hac[eè]ne|has{1,2}[eè]ne)$/;
// (and the Greek Τζαβάντ, Τζαβέντ, whose last ντ is the d)
const JAVAD = /^(?:j|dj|dsch|dž|dzh|џ|дж|ж)[aа][vwв][aа]{1,2}[dд]$|^جواد$|^τζ[αά]β[αά]ντ$/;
const JAVED = /^(?:j|dj|dsch|dž|dzh|џ|дж|ж)[aа][vwв](?:[eiеи]|ee)[dд]$|^جاويد$|^τζ[αά]β[εέιί]ντ$/;
// (not Ghazi, which Persian spellings also write for قاضي, as their gh for any ق: Ghazizadeh = قاضی‌زاده)
const GHAZI = /^(?:ga{1,2}z[iy]|gazee|غازي|গাজী|гази)$/;
const QAZI = /^(?:[qk]a{1,2}z[iy]|quazi|[qk]azee|[qk]adh?i|قاضي|কাজী|кази|кади)$/;
// (and the Turkish Kasım, Kâzım, the Kazakh Kasym, and their Russian copies Касым, Казым; the Iraqi Kathim)
const QASIM = /^(?:(?:gh?|q)as{1,2}[eiı]m[iy]?|kas{1,2}[ıy]m|قاسمي?|(?:к|гх)ас{1,2}[еи]ми?|кас{1,2}ым)$/;
const KAZIM = /^(?:k[aâ](?:z|dh|th)[eiı]m[iy]?|كاظمي?|каз[еиы]ми?)$/;
// (the Bosnian Šejh, Šeh, the French Cheikh, the German Scheich, the Turkish Şeyh; Greek Σεΐχ)
// (not Shakh, the Russian passport's spelling of Шах)
const SHEIKH = /^(?:sh(?:e[iy]?|a[iy])kh|shekh|sheik|shaik|schei(?:ch|kh)|ch[ae]i?kh|še[jy]?h|şeyh|шей?х|шајх|шайх|шејх|шеих|شيخ|শেখ|σε[ΐϊ]χ)$/;
// (not a plain Sah, a Bengali and Nepali family name of its own: Saha)
const SHAH = /^(?:shah|shakh|schah|chah|šah|şah|шах|shoh|шох|شاه|শাহ|σ[αά]χ)$/;

/** Which close name a word as written spells, if any (of a unit's text: its last word, after any article). */
export function closeNameOf(text: string): CloseName {
  const word = text.slice(Math.max(text.lastIndexOf(' '), text.lastIndexOf('-')) + 1).replace(/^ال/, '');
  const name = closeNameOfWord(word);
  // (… and after an article a Latin spelling writes on: Elhassan, Alhusein = الحسن, الحسين)
  return name === '' && LATIN_ARTICLE_ON.test(word) ? closeNameOfWord(word.replace(LATIN_ARTICLE_ON, '')) : name;
}
const LATIN_ARTICLE_ON = /^[ae]l(?=[a-z]{4})/;

function closeNameOfWord(word: string): CloseName {
  if (word.length > 8) return '';
  if (SAID.test(word)) return 'said';
  if (SAID_OR_SAYYID.test(word)) return 'saidOrSayyid';
  if (SAYYID.test(word)) return 'sayyid';
  if (HUSAYN_SPELT.test(word)) return 'husayn';
  if (JAVAD.test(word)) return 'javad';
  if (JAVED.test(word)) return 'javed';
  if (GHAZI.test(word)) return 'ghazi';
  if (QAZI.test(word)) return 'qazi';
  if (QASIM.test(word)) return 'qasim';
  if (KAZIM.test(word)) return 'kazim';
  if (SHEIKH.test(word)) return 'sheikh';
  if (SHAH.test(word)) return 'shah';
  return HASAN.test(word) ? 'hasan' : '';
}

const OTHER: Readonly<Record<CloseName, CloseName>> = { '': '', saidOrSayyid: '', said: 'sayyid', sayyid: 'said', hasan: 'husayn', husayn: 'hasan', javad: 'javed', javed: 'javad', ghazi: 'qazi', qazi: 'ghazi', qasim: 'kazim', kazim: 'qasim', sheikh: 'shah', shah: 'sheikh' };

/**
 * Whether one unit is a plain Said and the other spells Sayyid: a spelling the corpus of Arab names writes for سعيد only,
 * but Afghan and Pakistani papers for سید too (Said Rahman = Syed Rahman = سید رحمان), so its silence says nothing.
 */
export const plainSaidAgainstSayyid = (a: CloseName, b: CloseName): boolean =>
  (a === 'saidOrSayyid' && b === 'sayyid') || (a === 'sayyid' && b === 'saidOrSayyid');

/** Whether two units spell the two names of one pair (Said / Sayyid, Hasan / Husayn, Javad / Javed, Gazi / Kazi, Qasim / Kazim, Sheikh / Shah). */
export const closeNamesApart = (a: CloseName, b: CloseName): boolean => OTHER[a] !== '' && OTHER[a] === b;
