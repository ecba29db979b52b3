/** Cyrillic as written in North Macedonia, Serbia, Bulgaria, Russia and Ukraine → phonetic symbols. */
import { finishSymbols } from './latin';

const BASE: Record<string, string> = {
  'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'ґ': 'g', 'д': 'd', 'ђ': 'j', 'ѓ': 'j', 'е': 'e', 'є': 'ye', 'ж': 'Z',
  'з': 'z', 'ѕ': 'z', 'и': 'i', 'і': 'i', 'ї': 'yi', 'й': 'y', 'ј': 'y', 'к': 'k', 'ќ': 'C', 'л': 'l', 'љ': 'ly',
  'м': 'm', 'н': 'n', 'њ': 'ny', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'ћ': 'C', 'у': 'u', 'ў': 'o',
  'ф': 'f', 'х': 'h', 'ц': 'ts', 'ч': 'C', 'џ': 'j', 'ш': 'c', 'щ': 'ct', 'ы': 'i', 'ь': '', 'э': 'e',
  'ю': 'yu', 'я': 'ya', 'ё': 'yo', 'ә': 'a', 'ө': 'o', 'ү': 'u', 'ҳ': 'h', 'қ': 'q', 'ғ': 'G', 'ң': 'n',
  // Macedonian and Bulgarian stressed ѐ ѝ; Tajik, Uzbek, Kazakh, Tatar and Azerbaijani letters (Ҷамшед = Jamshid)
  'ѐ': 'e', 'ѝ': 'i', 'ҷ': 'j', 'ӣ': 'i', 'ӯ': 'u', 'ұ': 'u', 'һ': 'h', 'ҙ': 'z', 'ҡ': 'q', 'ҫ': 's', 'ӑ': 'a',
  'ӗ': 'e', 'ӓ': 'a', 'ӧ': 'o', 'ӱ': 'u', 'ҥ': 'n', 'ҕ': 'G', 'җ': 'j', 'ӟ': 'z', 'ӥ': 'i', 'ӵ': 'C', 'ҝ': 'g', 'ҹ': 'j',
};

const VOWEL = /[aeiou]/;
// (not в: the вв of a doubled w, Фавваз = Fawwaz)
const CONSONANT_BUT_V = /[бгґдђѓжзѕкќлљмнњпрстћфхцчџшщҳқғҷ]/;
/** The abbreviations of Muhammad (latin.ts) as Cyrillic registrations copy them from papers (Мд Мизанур = Md Mizanur). */
export const MUHAMMAD_ABBREVIATIONS_CYRILLIC = new Set(['мд', 'мхд', 'мохд', 'мухд', 'мхмд', 'мух', 'мох']);

// (Allah alone too; the symbols' consonants: any but a, e, i, o, u and the y of й)
const ALLAH_END = /^([aeiou]?l{1,2}|.*[^aeiouy].*[^aeiouy][aeiou]{0,3}(?:ll|[uo]l)|.*[^aeiouy][aeiou]y?[aeiou]?[uo]ll?)ah$/;

/**
 * The Latin reading of a -iya ending at i, the last two letters, or null: ья after a consonant after а or и, as a Latin y
 * there (Ранья = Rania = رانيا, not Рана); and so a Serbian and Macedonian ј after a consonant but х, and њ, љ, which
 * Latin writes nja, lja (Асја, Ранја, Сања = Asja, Ranja, Sanja, read as the Latin is; not Јахја = Yahya) — not the
 * Russian ня, ля, the soft n and l of Arabic names (Джамиля = Jamila).
 */
function iyaEnding(chars: readonly string[], i: number): string | null {
  if (i + 2 !== chars.length) return null;
  const ch = chars[i]!;
  const next = chars[i + 1];
  if (ch === 'ь' && next === 'я' && i >= 2 && 'аи'.includes(chars[i - 2]!)) return 'ia';
  if (next !== 'а') return null;
  if (ch === 'ј' && i >= 2 && !'аеиоујх'.includes(chars[i - 1]!) && 'аи'.includes(chars[i - 2]!)) return 'ia';
  if ((ch === 'њ' || ch === 'љ') && i >= 1 && 'аи'.includes(chars[i - 1]!)) return ch === 'њ' ? 'nia' : 'lia';
  return null;
}

const RUSSIAN_FAMILY_NAME = /(?:ов|ев|ин)а?$/;
export function cyrillicToSymbols(word: string): string {
  const w = word.toLowerCase();
  if (MUHAMMAD_ABBREVIATIONS_CYRILLIC.has(w)) return cyrillicToSymbols('мухаммад');
  // Ukrainian г is h, and the g of foreign names; Ukrainian text is recognisable by its own letters.
  const ukrainian = /[іїєґ]/.test(w);
  const southSlavic = /[јџљњѓќћђѕ]/.test(w);
  let out = '';
  const chars = [...w];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === 'ъ') {
      // Bulgarian ъ is a vowel between consonants; the Russian hard sign is silent.
      const next = chars[i + 1];
      if (next !== undefined && !'аеиоуюяєіїэы'.includes(next) && out.length > 0 && !VOWEL.test(out[out.length - 1]!)) out += 'a';
      continue;
    }
    // (… and the g and gh of foreign names too, for which Ukrainian writes г as Russian does, ґ seldom: Гані, Гульбуддін =
    // Ghani, Gulbuddin; g or h, as the Russian г below)
    if (ch === 'г' && ukrainian) { out += 'H'; continue; }
    // the -iya ending (Ранья, Ранја, Сања = Rania, Ranja, Sanja): iyaEnding
    const iya = iyaEnding(chars, i);
    if (iya !== null) {
      out += iya;
      i++;
      continue;
    }
    // Macedonian ќ and Serbian ћ before a vowel: the k Turkish says palatal before e, i and â, in the names Balkan Muslims
    // took from it (Ќемал, Шаќир, Ћазим = Kemal, Şakir, Kâzım = كمال, شاكر, كاظم; not Џемал = Cemal) — not in a family
    // name in -иќ, -ић, whose ќ, ћ Slavic surnames begin with too (Ќосиќ, Ћосић); the Latin ć so too (translit/latin.ts)
    if ((ch === 'ќ' || ch === 'ћ') && i + 1 < chars.length && 'аеиоу'.includes(chars[i + 1]!) && !/и[ќћ]$/.test(w)) { out += 'k'; continue; }
    // нь at the end is the њ of Ethiopian names (Десалень, Текалинь = Десалењ, Desalegn = ደሳለኝ), and so is the гн of
    // their Latin spelling copied letter by letter after a vowel (Десалегн)
    if (ch === 'н' && chars[i + 1] === 'ь' && i + 2 === chars.length) { out += 'ny'; i++; continue; }
    if (ch === 'г' && chars[i + 1] === 'н' && i + 2 === chars.length && i > 0 && 'аеиоуэ'.includes(chars[i - 1]!)) { out += 'ny'; i++; continue; }
    // гх: the gh of a Latin spelling written letter by letter, as кх its kh (Гхулам, Гхазал = Ghulam, Ghazal)
    if (ch === 'г' && chars[i + 1] === 'х') { out += 'G'; i++; continue; }
    // Russian writes a foreign h as г too (Ибрагим, Магомед, Гасан = Ibrahim, Muhammad, Hasan): g or h — not Serbian
    // and Macedonian, which write it х, in a word with their own letters (Цегај = Tsegay, not Цехај = Tsehay), but for a
    // Russian family name they copy letter by letter (Гусејнов, Гаџијев = Гусейнов, Гаджиев)
    if (ch === 'г') { out += southSlavic && !RUSSIAN_FAMILY_NAME.test(w) ? 'g' : 'H'; continue; }
    // ю after a consonant writes the Turkish ü (Хюсеин, Шюкрю = Hüseyin, Şükrü): u; я keeps its y (Марям = مريم)
    if (ch === 'ю' && out.length > 0 && !VOWEL.test(out[out.length - 1]!) && !'ьъ'.includes(chars[i - 1]!)) {
      out += 'u';
      continue;
    }
    // у before a vowel at the start or between vowels is the w that Russian spellings write so (Уафа, Науал, Ауад,
    // Мусауи, Уильям = وفاء, نوال, عوض, موسوي, William)
    if (ch === 'у' && i + 1 < chars.length && 'аеиоэяюы'.includes(chars[i + 1]!) && (i === 0 || 'аеиоэяюы'.includes(chars[i - 1]!))) {
      out += 'w';
      continue;
    }
    // в after а before a consonant: the w of the Arabic diphthong aw, which other spellings write o (Давсари, Шавкат, Джавхар
    // = Dosari, Shokat, Johar = الدوسري, شوكت, جوهر)
    if (ch === 'в' && i > 0 && chars[i - 1] === 'а' && i + 1 < chars.length && CONSONANT_BUT_V.test(chars[i + 1]!)) { out += 'w'; continue; }
    // оу: the French ou of a Latin spelling written letter by letter (Моуна, Мансоур = Mouna, Mansour): u
    if (ch === 'о' && chars[i + 1] === 'у' && !(i + 2 < chars.length && 'аеиоэяюы'.includes(chars[i + 2]!))) { out += 'U'; i++; continue; }
    // кх: the kh of a Latin spelling written letter by letter (Кхури, Кхалед = Khoury, Khaled)
    if (ch === 'к' && chars[i + 1] === 'х') { out += 'x'; i++; continue; }
    // дх: the aspirated dh of Urdu names (Чаудхри = Chaudhry); not before the Pashtun -хел (Ахмадхел = Ahmadkhel)
    if (ch === 'д' && chars[i + 1] === 'х' && !(chars[i + 2] === 'е' && chars[i + 3] === 'л' && i + 4 === chars.length)) { out += 'D'; i++; continue; }
    // a first дз: the Pashto ځ, as a first Latin dz is (Дзадран = Dzadran = ځدران; translit/latin.ts)
    if (ch === 'д' && chars[i + 1] === 'з' && i === 0) { out += 'Z'; i++; continue; }
    // дж: one sound (Джамал = Џамал)
    if (ch === 'д' && chars[i + 1] === 'ж') { out += 'j'; i++; continue; }
    // ь before е, и: the y that begins the vowel (Беньелес, Ильин = Benjeles, Ilyin) — not the Bulgarian ьо, a soft
    // consonant before o, the Turkish ö (Гьонюл = Gönül)
    if (ch === 'ь' && i + 1 < chars.length && 'еи'.includes(chars[i + 1]!)) { out += 'y'; continue; }
    if (ch === 'ј' || ch === 'й') {
      // glide after a vowel before a consonant or at the end: part of a diphthong (Лејла, Хусейн)
      const next = chars[i + 1];
      const prevVowel = out.length > 0 && VOWEL.test(out[out.length - 1]!);
      if (prevVowel && (next === undefined || !'аеиоуюяєіїэы'.includes(next))) { out += 'i'; continue; }
    }
    const m = BASE[ch];
    if (m !== undefined) out += m;
    else if (ch === "'") out += "'";
  }
  // the final х of Allah is silent in transcriptions of Arabic names (Абдулах = Abdullah, Хабибулах) — only of
  // Allah (-ullah, -ollah, -allah with лл) after a name of two consonants or more or after a vowel, as Latin spellings
  // have it (translit/latin.ts), not of Салах, Фалах, Маллах, Шаллах (صلاح, فلاح, ملاح, شلح: a letter ح)
  out = out.replace(ALLAH_END, '$1a');
  // … and so is the Somali and Mauritanian i after it (Абдулахи, Абдаллахи = Abdullahi, Abdallahi = عبد الله)
  out = out.replace(/^(abd[aeuio]l{1,2})ahi$/, '$1a');
  return finishSymbols(out);
}
