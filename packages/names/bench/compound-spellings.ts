/**
 * Spellings of compound names generated from the conventions that write them, to check the structure rules as a
 * whole: every base of Abd al-X, X-ullah, X-uddin, al-X family names, Persian X-Y given names, X-zadeh/-pour/-zai/-khel
 * family names and Abu/Umm X written in every convention (joined, apart, hyphenated, with ZWNJ; the article assimilated
 * or not; Arabic script, Cyrillic and Latin). Spellings of one base must be one name; the same template over two bases
 * (Nur ud-Din / Kamal ud-Din) two names. The bases and templates were written to cover the conventions, not taken from
 * any test set; they are tuning data (rules were written from their misses on 2026-11-30).
 */
import type { LabelledPair, VariantGroup } from './data';

type Base = readonly [arabic: string, latin: readonly string[], cyrillic: string];

const DIN_BASES: readonly Base[] = [
  ['نور', ['Nur', 'Noor', 'Nour'], 'Нур'], ['صلاح', ['Salah', 'Selah'], 'Салах'], ['علاء', ['Ala', 'Alaa'], 'Ала'],
  ['عز', ['Izz', 'Ezz'], 'Изз'], ['شمس', ['Shams', 'Chams'], 'Шамс'], ['كمال', ['Kamal', 'Kemal'], 'Камал'],
  ['جمال', ['Jamal', 'Djamal', 'Cemal'], 'Джамал'], ['ناصر', ['Nasir', 'Naser', 'Nasser'], 'Насир'], ['خير', ['Khair', 'Khayr', 'Kheir'], 'Хайр'],
  ['بهاء', ['Baha', 'Bahaa'], 'Баха'], ['ضياء', ['Zia', 'Ziya', 'Diya'], 'Зия'], ['معين', ['Moin', 'Muin', 'Mueen'], 'Муин'],
  ['شرف', ['Sharaf', 'Charaf', 'Sheref'], 'Шараф'], ['فخر', ['Fakhr', 'Fakhar'], 'Фахр'], ['تاج', ['Taj', 'Tadj'], 'Тадж'],
  ['بدر', ['Badr', 'Bader'], 'Бадр'], ['سراج', ['Siraj', 'Seraj'], 'Сирадж'], ['عماد', ['Imad', 'Emad'], 'Имад'],
  ['حسام', ['Husam', 'Hussam', 'Hosam'], 'Хусам'], ['سيف', ['Saif', 'Seif', 'Sayf'], 'Саиф'], ['نجم', ['Najm', 'Nadjm'], 'Наджм'],
  ['قطب', ['Qutb', 'Kutb'], 'Кутб'], ['محي', ['Muhyi', 'Mohi', 'Muhi'], 'Мухи'], ['نظام', ['Nizam', 'Nezam'], 'Низам'],
];

const ALLAH_BASES: readonly Base[] = [
  ['حبيب', ['Habib', 'Habeeb'], 'Хабиб'], ['امان', ['Aman'], 'Аман'], ['حميد', ['Hamid', 'Hameed'], 'Хамид'],
  ['رحمت', ['Rahmat', 'Rahmet'], 'Рахмат'], ['عبيد', ['Ubaid', 'Obaid', 'Ubayd'], 'Убайд'], ['فضل', ['Fazl', 'Fazal', 'Fadl'], 'Фазл'],
  ['نجيب', ['Najib', 'Najeeb', 'Nadjib'], 'Наджиб'], ['سميع', ['Sami', 'Samee'], 'Сами'], ['ذبيح', ['Zabih', 'Zabeeh'], 'Забих'],
  ['اسد', ['Asad', 'Assad'], 'Асад'], ['عزت', ['Ezat', 'Izzat', 'Ezzat'], 'Эзат'], ['هدايت', ['Hedayat', 'Hidayat'], 'Хидаят'],
  ['خليل', ['Khalil', 'Khaleel'], 'Халил'], ['كريم', ['Karim', 'Kareem'], 'Карим'], ['رحيم', ['Rahim', 'Raheem'], 'Рахим'],
  ['ولي', ['Wali', 'Vali'], 'Вали'], ['عنايت', ['Inayat', 'Enayat'], 'Инаят'], ['نعمت', ['Naimat', 'Nemat', 'Nimat'], 'Нимат'],
  ['روح', ['Ruh', 'Rooh'], 'Рух'], ['عطا', ['Ata', 'Atta'], 'Ата'], ['فتح', ['Fath', 'Fateh'], 'Фатх'],
];

const DIVINE_NAMES: readonly Base[] = [
  ['رحمن', ['Rahman', 'Rahmane', 'Rachman'], 'Рахман'], ['رحيم', ['Rahim', 'Raheem'], 'Рахим'], ['عزيز', ['Aziz', 'Azeez'], 'Азиз'],
  ['كريم', ['Karim', 'Kareem'], 'Карим'], ['قادر', ['Qadir', 'Kader', 'Qader'], 'Кадир'], ['حميد', ['Hamid', 'Hameed'], 'Хамид'],
  ['مجيد', ['Majid', 'Madjid', 'Majeed'], 'Маджид'], ['لطيف', ['Latif', 'Lateef'], 'Латиф'], ['ستار', ['Sattar', 'Satar'], 'Саттар'],
  ['غفور', ['Ghafur', 'Ghafoor', 'Gafur'], 'Гафур'], ['جبار', ['Jabbar', 'Djabbar'], 'Джаббар'], ['وهاب', ['Wahab', 'Wahhab'], 'Ваххаб'],
  ['رزاق', ['Razzaq', 'Razak', 'Rezak'], 'Разак'], ['باسط', ['Basit', 'Baset'], 'Басит'], ['حكيم', ['Hakim', 'Hakeem'], 'Хаким'],
  ['حليم', ['Halim', 'Haleem'], 'Халим'], ['سلام', ['Salam', 'Salaam'], 'Салам'], ['منعم', ['Munim', 'Moneim', 'Monem'], 'Муним'],
  ['واحد', ['Wahid', 'Wahed'], 'Вахид'], ['هادي', ['Hadi', 'Hady'], 'Хади'], ['ناصر', ['Nasser', 'Nasir', 'Naser'], 'Насер'],
  ['غني', ['Ghani', 'Ghany'], 'Гани'], ['حق', ['Haq', 'Haqq', 'Hak'], 'Хак'], ['جليل', ['Jalil', 'Djalil', 'Jaleel'], 'Джалил'],
  ['خالق', ['Khaliq', 'Khalek', 'Khaleq'], 'Халик'], ['فتاح', ['Fattah', 'Fatah'], 'Фаттах'], ['مالك', ['Malik', 'Malek'], 'Малик'],
  ['رؤوف', ['Rauf', 'Raouf', 'Raof'], 'Рауф'], ['اله', ['Ilah', 'Elah'], 'Илах'],
];

/** Family names written with the article: the name without it. */
const ARTICLE_NAMES: readonly Base[] = [
  ['رشيد', ['Rashid', 'Rasheed', 'Rachid'], 'Рашид'], ['سعدي', ['Saadi', 'Saedi'], 'Саади'], ['تميمي', ['Tamimi', 'Tamimy'], 'Тамими'],
  ['زبيدي', ['Zubaidi', 'Zobaidi', 'Zubeidi'], 'Зубайди'], ['نوري', ['Nouri', 'Nuri'], 'Нури'], ['دليمي', ['Dulaimi', 'Dulaymi'], 'Дулайми'],
  ['شمري', ['Shammari', 'Shamari', 'Chammari'], 'Шаммари'], ['جبوري', ['Jaburi', 'Jubouri', 'Jbouri'], 'Джабури'], ['عبيدي', ['Ubaidi', 'Obaidi', 'Obeidi'], 'Убайди'],
  ['هاشمي', ['Hashimi', 'Hashemi', 'Hachemi'], 'Хашими'], ['خطيب', ['Khatib', 'Khateeb'], 'Хатиб'], ['حسيني', ['Husseini', 'Hussaini', 'Husseiny'], 'Хусейни'],
  ['عمري', ['Omari', 'Umari'], 'Омари'], ['طائي', ['Taie', 'Tai', 'Taee'], 'Таи'], ['ظاهري', ['Zahiri', 'Dhahiri', 'Thahiri'], 'Захири'],
  ['نجار', ['Najjar', 'Nadjar', 'Najar'], 'Наджар'], ['دوري', ['Douri', 'Duri'], 'Дури'], ['صافي', ['Safi', 'Safy'], 'Сафи'],
  ['عاني', ['Ani', 'Aani'], 'Ани'],
];

/** Persian given names of two names: [first, second] in Arabic script, their Latin spellings, Cyrillic. */
const PERSIAN_COMPOUNDS: readonly (readonly [string, string, readonly string[], readonly string[], string])[] = [
  ['علی', 'رضا', ['Ali'], ['Reza', 'Riza'], 'Али Реза'], ['محمد', 'رضا', ['Mohammad', 'Muhammad'], ['Reza'], 'Мохаммад Реза'],
  ['غلام', 'رضا', ['Gholam', 'Ghulam'], ['Reza'], 'Голам Реза'], ['علی', 'اکبر', ['Ali'], ['Akbar', 'Akber'], 'Али Акбар'],
  ['محمد', 'علی', ['Mohammad', 'Mohamed'], ['Ali'], 'Мохаммад Али'], ['امیر', 'حسین', ['Amir'], ['Hossein', 'Hussein'], 'Амир Хосейн'],
  ['غلام', 'حسین', ['Gholam', 'Ghulam'], ['Hossein', 'Hussain'], 'Гулам Хусейн'], ['علی', 'اصغر', ['Ali'], ['Asghar', 'Asgar'], 'Али Асгар'],
  ['میر', 'ویس', ['Mir'], ['Wais', 'Vais', 'Ways'], 'Мир Вайс'], ['گل', 'احمد', ['Gul', 'Gol'], ['Ahmad'], 'Гул Ахмад'],
  ['نور', 'محمد', ['Noor', 'Nur'], ['Mohammad', 'Muhammad'], 'Нур Мухаммад'], ['جان', 'محمد', ['Jan'], ['Mohammad'], 'Джан Мохаммад'],
];

/** Persian and Pashtun family names: base, ending in Arabic script; Latin bases and endings; Cyrillic. */
const FAMILY_ENDINGS: readonly (readonly [string, string, readonly string[], readonly string[], string])[] = [
  ['حسن', 'زاده', ['Hassan', 'Hasan'], ['zadeh', 'zade', 'zada'], 'Хасанзаде'], ['علی', 'زاده', ['Ali'], ['zadeh', 'zade'], 'Ализаде'],
  ['کریم', 'زاده', ['Karim'], ['zadeh', 'zada'], 'Каримзаде'], ['حسین', 'پور', ['Hossein', 'Hosein'], ['pour', 'pur'], 'Хосейнпур'],
  ['رحیم', 'پور', ['Rahim'], ['pour', 'pur'], 'Рахимпур'], ['علی', 'نژاد', ['Ali'], ['nejad', 'nezhad'], 'Алинеджад'],
  ['احمد', 'زی', ['Ahmad'], ['zai', 'zay'], 'Ахмадзай'], ['یوسف', 'زی', ['Yusuf', 'Yousuf'], ['zai', 'zay'], 'Юсуфзай'],
  ['احمد', 'خیل', ['Ahmad'], ['khel', 'khail'], 'Ахмадхел'], ['سلیمان', 'خیل', ['Sulaiman', 'Suleiman'], ['khel', 'khail'], 'Сулейманхел'],
];

const KUNYAS: readonly (readonly [string, readonly string[]])[] = [
  ['ابو بكر', ['Abu Bakr', 'Abubakr', 'Abu Bakar', 'Abubakar', 'Abou Bakr', 'Aboubakr', 'Abu-Bakr', 'Абу Бакр', 'Абубакр', 'Абубакар']],
  ['ابو الفضل', ['Abu al-Fadl', 'Abolfazl', 'Abulfazl', 'Abul Fazl', 'Abu al-Fazl', 'Abulfadl', 'Аболфазл', 'Абульфазл']],
  ['ابو القاسم', ['Abu al-Qasim', 'Abolghasem', 'Abulqasim', 'Abul Qasim', 'Abulkasim', 'Aboulkacem', 'Абулкасим', 'Аболгасем']],
  ['ام كلثوم', ['Umm Kulthum', 'Um Kalthoum', 'Oum Kalthoum', 'Умм Кульсум']],
  ['ابو علي', ['Abu Ali', 'Abou Ali', 'Abuali', 'Абу Али']],
];

const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);

function dinSpellings([arabic, latin, cyrillic]: Base): string[] {
  const out = [`${arabic} الدين`, `${arabic}الدين`, `${arabic}\u200cالدين`, `${cyrillic}уддин`, `${cyrillic}еддин`];
  for (const l of latin) {
    out.push(`${l} ud-Din`, `${l}uddin`, `${l}-ud-Din`, `${l} al-Din`, `${l} ad-Din`, `${l}eddine`, `${l} Eddine`, `${l} Uddin`);
    // Turkish -ettin after a base ending in a consonant, -ddin after one ending in a vowel (Nurettin, Bahaddin)
    out.push(/[aeiou]$/.test(l) ? `${l}ddin` : `${l}ettin`);
  }
  return out;
}

function allahSpellings([arabic, latin, cyrillic]: Base): string[] {
  const out = [`${arabic} الله`, `${arabic}الله`, `${arabic}\u200cالله`, `${cyrillic}улла`, `${cyrillic}уллах`];
  for (const l of latin) out.push(`${l}ullah`, `${l} Ullah`, `${l}-Ullah`, `${l}ollah`, `${l}ulla`, `${l} Allah`, `${l}allah`);
  return out;
}

/** The article before a name, assimilated to a sun letter (ar-Rahman, ash-Shams); dj and ch are not sun letters. */
function latinArticle(name: string): string {
  const low = name.toLowerCase();
  for (const d of ['sh', 'th', 'dh']) if (low.startsWith(d)) return `a${d}-`;
  return 'tdrzsn'.includes(low[0]!) && !low.startsWith('dj') ? `a${low[0]!}-` : 'al-';
}

function abdSpellings([arabic, latin, cyrillic]: Base): string[] {
  const out = [`عبد ال${arabic}`, `عبدال${arabic}`, `Абдул ${cyrillic}`, `Абдул${cyrillic.toLowerCase()}`, `Абд ал-${cyrillic}`];
  for (const l of latin) {
    const low = l.toLowerCase();
    out.push(`Abdul ${l}`, `Abd al-${l}`, `Abd ${latinArticle(l)}${l}`, `Abdel${low}`, `Abdul${low}`, `Abdel ${l}`, `Abdoul ${l}`, `Abd-al-${l}`);
    const assimilated = latinArticle(l);
    if (assimilated.length === 3 && assimilated !== 'al-') out.push(`Abdu${low[0]!}${low}`, `Abde${low[0]!}${low}`);
  }
  return out;
}

function articleSpellings([arabic, latin, cyrillic]: Base): string[] {
  const out = [`ال${arabic}`, cyrillic, `Ал-${cyrillic}`, `Аль-${cyrillic}`];
  for (const l of latin) {
    const article = latinArticle(l);
    out.push(`Al-${l}`, `Al ${l}`, `El-${l}`, `al${l.toLowerCase()}`, `El ${l}`, l);
    if (article !== 'al-') out.push(`${cap(article)}${l}`, `${cap(article.slice(0, -1))}${l.toLowerCase()}`);
  }
  return out;
}

/** The groups, by kind of compound (one list per kind). */
export function compoundGroupsByKind(): VariantGroup[][] {
  const spelled = (bases: readonly Base[], name: (b: Base) => string, kind: string, spell: (b: Base) => string[]): VariantGroup[] =>
    bases.map((b) => ({ name: name(b), kind, variants: spell(b) }));
  const persian = PERSIAN_COMPOUNDS.map(([a1, a2, firsts, seconds, cyrillic]) => {
    const variants = [`${a1}${a2}`, `${a1} ${a2}`, `${a1}\u200c${a2}`, cyrillic, cyrillic.replace(' ', '')];
    for (const f of firsts) for (const s of seconds) variants.push(`${f} ${s}`, `${f}${s.toLowerCase()}`, `${f}-${s}`);
    return { name: `${firsts[0]!}${seconds[0]!}`, kind: 'given', variants };
  });
  const endings = FAMILY_ENDINGS.map(([base, ending, bases, ends, cyrillic]) => {
    const variants = [`${base}${ending}`, `${base} ${ending}`, `${base}\u200c${ending}`, cyrillic];
    for (const b of bases) for (const e of ends) variants.push(`${b}${e}`, `${b}-${cap(e)}`, `${b} ${cap(e)}`);
    return { name: `${bases[0]!}${ends[0]!}`, kind: 'family', variants };
  });
  return [
    spelled(DIN_BASES, (b) => `${b[1][0]!}uddin`, 'given', dinSpellings),
    spelled(ALLAH_BASES, (b) => `${b[1][0]!}ullah`, 'given', allahSpellings),
    spelled(DIVINE_NAMES, (b) => `abdul${b[1][0]!}`, 'given', abdSpellings),
    spelled(ARTICLE_NAMES, (b) => `al-${b[1][0]!}`, 'family', articleSpellings),
    persian,
    endings,
    KUNYAS.map(([arabic, others]) => ({ name: others[0]!, kind: 'given', variants: [arabic, arabic.replace(' ', ''), ...others] })),
  ];
}

/**
 * Every pair of spellings of one group (same) and, for every two groups of one kind of compound, three pairs of their
 * spellings (different: one template over two bases, Nur ud-Din / Kamal ud-Din).
 */
export function compoundPairs(): LabelledPair[] {
  const pairs: LabelledPair[] = [];
  for (const groups of compoundGroupsByKind()) {
    for (const g of groups) {
      for (let i = 0; i < g.variants.length; i++) for (let j = i + 1; j < g.variants.length; j++) pairs.push({ a: g.variants[i]!, b: g.variants[j]!, kind: 'same' });
    }
    for (let x = 0; x < groups.length; x++) {
      for (let y = x + 1; y < groups.length; y++) {
        const gx = groups[x]!;
        const gy = groups[y]!;
        for (let k = 0; k < 3; k++) pairs.push({ a: gx.variants[(k * 7) % gx.variants.length]!, b: gy.variants[(k * 5 + 3) % gy.variants.length]!, kind: 'different' });
      }
    }
  }
  return pairs;
}
