/**
 * What a corpus of attested spellings says of two spellings of names: each Latin spelling with the Arabic-script
 * spellings it was written for (Wikidata: Saleem → سليم, Salem → سالم, Slimane → سليمان). Two Latin spellings attested
 * for one Arabic name, or a Latin spelling attested for the Arabic one, are evidence of one name (Slimane = Souleiman,
 * which no letter rule says). Two spellings well attested for names that never share a spelling are evidence of two
 * names (Saleem / Salem, Saleh / Salah, Amer / أمير), which letters alone cannot tell — but only where the letters
 * agree: a spelling that reads as well as either name (Hamid: حامد or حميد) is one the corpus has simply not seen for
 * both, and its silence says nothing — unless, between two Latin spellings, it is seen very often (Samir, Samer).
 *
 * Spellings are keyed by the engine's own reading of them (kind, article and phonetic symbols), so that Mohammed and
 * Mohamed are one entry; Cyrillic and other alphabets are read as Latin is (Салем = Salem). Pure: the rows are given to
 * `fromRows`.
 */
import { phoneticWord, wordSimilarity, type PhoneticWord } from '../distance';
import { normalizeName } from '../normalize';
import { foldVowels } from '../phonetic';
import { parseName } from '../structure';
import { GREEK_DIGRAPH, greekToSymbols } from '../translit/greek';
import { wordToSymbols } from '../translit/index';
import type { UnitData } from '../units';
import { isFormOfName } from '../name-forms';

export interface LexiconVerdict {
  readonly relation: 'same' | 'different';
  /** for a caseworker: what the corpus says */
  readonly note: string;
}

/** Letters at least this close: spellings the lexicon's evidence is about (others are told apart by their letters). */
export const CLOSE_SPELLINGS = 0.5;
/** A spelling the corpus writes for a name reads as it at least this well to stand for it (the threshold of one name). */
const READS_AS_THE_NAME = 0.8;
// (al-, el-, and the article said as the sun letter after it: as-, es-, ash-, ad-, an-, ar-, at-, az-)
const WRITTEN_ARTICLE = /^(?:[ae]l|[ae](sh|th|dh|[sdnrtz])\1?)[- ]?/i;
/** Well attested: seen at least this often (a spelling seen once or twice may be one person's). */
const ATTESTED = 4;
/** Evidence of one name: two spellings sharing at least this share of their attestations, each seen twice. */
const SAME_SHARE = 0.5;
const SAME_ATTESTED = 2;
/** A spelling tells two Arabic names apart when it reads as one better than as the other, by more than this. */
const READS_BETTER = 0;
/**
 * Seen this often for one name and never for the other, a spelling is evidence even where its letters read as well as
 * the other name's (Samir, 75 times for سمير: not Samer, سامر, though the i of فاعل reads it so).
 */
const WELL_ATTESTED = 40;

const FIRST_J_BEFORE_U = /^j[uoUO]/;
/**
 * A spelling as a note shows it: as written, or the corpus's spelling where the entry is that of its first j read y (the
 * corpus never wrote the j: Junus is shown as yunus).
 */
function shownAs(written: string | undefined, e: { shown: string }): string {
  if (written === undefined) return e.shown;
  return /^[jј]/i.test(written) && /^y/i.test(e.shown) ? `${e.shown} (the y of ${written})` : written;
}

/**
 * A spelling with the spellings of the other side it is attested with, and how often. Filled by `add` while the
 * lexicon is built; what is derived from the counts is worked out once, on first use.
 */
class Entry {
  readonly others = new Map<string, number>();
  /** each way of writing it (one key can be written several ways: Mohammed, Mohamed), with its symbols and count */
  private readonly written = new Map<string, { symbols: string; count: number }>();
  private derived: { shown: string; symbols: string; usual: string } | null = null;
  private word: PhoneticWord | null = null;
  total = 0;
  constructor(readonly key: string, readonly abjad: boolean, readonly article: boolean) {}

  add(text: string, symbols: string, other: string, count: number): void {
    const w = this.written.get(text);
    if (w === undefined) this.written.set(text, { symbols, count });
    else w.count += count;
    this.others.set(other, (this.others.get(other) ?? 0) + count);
    this.total += count;
    this.derived = null;
    this.word = null;
  }

  /** the spelling as most often written, for explanations and renderings */
  get shown(): string {
    return this.derive().shown;
  }

  /** the other side's spelling it is most often written for */
  get usual(): string {
    return this.derive().usual;
  }

  /** how the engine reads `shown` */
  get phonetic(): PhoneticWord {
    this.word ??= phoneticWord(this.derive().symbols, this.abjad, { startsAsWritten: this.abjad && !this.article });
    return this.word;
  }

  private derive(): { shown: string; symbols: string; usual: string } {
    if (this.derived !== null) return this.derived;
    let shown = '';
    let most = -1;
    let symbols = '';
    for (const [text, w] of this.written) if (w.count > most) { most = w.count; shown = text; symbols = w.symbols; }
    this.derived = { shown, symbols, usual: mostCommon(this.others) };
    return this.derived;
  }
}

export class SpellingLexicon {
  /** by unit id: the unit's entry (null: none), looked up once */
  private readonly byUnit: (Entry | null | undefined)[] = [];

  private constructor(
    private readonly latin: SpellingIndex,
    private readonly arabic: SpellingIndex,
    readonly source: string,
  ) {}

  private entryOf(u: UnitData): Entry | null {
    let e = this.byUnit[u.id];
    if (e === undefined) this.byUnit[u.id] = e = this.lookUp(u, u.article) ?? (u.article ? this.lookUp(u, false) : null);
    return e;
  }

  /**
   * The entry of a unit, read with its article or without it (a family name with the article is the name without it
   * when the corpus has only that: Al-Hamad is Hamad, حمد). A word of another alphabet is read as Latin is, in each
   * reading its letters allow, and has the entry of whichever reading the corpus knows, none when it knows two.
   */
  private lookUp(u: UnitData, article: boolean): Entry | null {
    // (letters the corpus does not write: units.ts, lettersTheCorpusLacks; nor a West African form it writes as said)
    if (u.lettersTheCorpusLacks || isFormOfName(u.text)) return null;
    if (u.abjad) return this.arabic.entry(keyOf(u.kind, u.full.symbols, true, article));
    if (u.latin) {
      const asWritten = this.latin.entry(keyOf(u.kind, u.full.symbols, false, article));
      if (asWritten !== null) return asWritten;
      // (an apostrophe for the ayn or hamza that the corpus's spellings leave out: Ma'moun = Mamoun = مأمون, Ra'ad = رعد)
      if (u.text.includes("'")) {
        const unmarked = this.latin.entry(keyOf(u.kind, u.full.symbols.replaceAll("'", ''), false, article));
        if (unmarked !== null) return unmarked;
      }
      // (a first j before u or o the corpus does not know as written is the y of Slavic and German spellings: Junus,
      // Jusuf = Yunus, Yusuf; not before a, where it is as often the ج of other spellings: Jasir = جاسر, not Yasir)
      if (FIRST_J_BEFORE_U.test(u.full.symbols)) {
        const withY = this.latin.entry(keyOf(u.kind, `y${u.full.symbols.slice(1)}`, false, article));
        if (withY !== null) return withY;
      }
      // (a Russian spelling copied into Latin, whose g is the h of Г: the entry of the Cyrillic word's reading with h,
      // Magomed = Магомед = Mahomed)
      const copy = u.alsoReadAs.find((r) => r.symbols.includes('H'));
      return copy === undefined ? null : this.latin.entry(keyOf(u.kind, copy.symbols.replaceAll('H', 'h'), false, article));
    }
    let known: Entry | null = null;
    for (const symbols of readingsInLatin(u)) {
      const e = this.latin.entry(keyOf(u.kind, symbols, false, article));
      if (e === null || e === known) continue;
      if (known !== null) return null;
      known = e;
    }
    return known;
  }

  /**
   * The entry of a Latin spelling read with its h or ch as kh, as Serbo-Croatian, Macedonian and Turkish spellings write خ
   * with h and German ones with ch (Han = Chan = Khan = خان, where Wikidata's Han and Chan are the Chinese هان, تشن): its
   * silence about that reading is no evidence of two names.
   */
  private khReading(u: UnitData): Entry | null {
    if (!/[hC]/.test(u.full.symbols)) return null;
    return this.latin.entry(keyOf(u.kind, u.full.symbols.replace(/[hC]/g, 'x'), false, u.article));
  }

  /**
   * The entry of a Latin spelling read with its j as the y of Slavic and German spellings (Jakub, Jusuf = Yakub, Yusuf =
   * يعقوب, يوسف, where Wikidata's Jakub is the Polish جاكوب): what the corpus says of that reading speaks for it too.
   */
  private yReading(u: UnitData): Entry | null {
    if (!u.full.symbols.includes('j')) return null;
    return this.latin.entry(keyOf(u.kind, u.full.symbols.replace(/j/g, 'y'), false, u.article));
  }

  /**
   * Rows `latin TAB arabic TAB count`, one per line. `readings`: the engine's reading of each row, as `readingsOfRows`
   * writes them, worked out beforehand (the shipped lexicon's are generated: reading 21,000 rows takes most of a
   * second, which every process that compares a name would pay at its first comparison).
   */
  static fromRows(rows: string, source: string, readings?: string): SpellingLexicon {
    const lines = rows.split('\n');
    const given = readings?.split('\n');
    if (given !== undefined && given.length !== lines.length) throw new Error(`${given.length} readings for ${lines.length} rows`);
    const rowAt = (i: number): Row | null => rowOf(lines[i]!, given?.[i]);
    const latin = new SpellingIndex(lines.length, rowAt, 'latin');
    const arabic = new SpellingIndex(lines.length, rowAt, 'arabic');
    for (let i = 0; i < lines.length; i++) {
      const row = rowAt(i);
      if (row === null) continue;
      latin.add(row.latin.key, i);
      arabic.add(row.arabic.key, i);
    }
    return new SpellingLexicon(latin, arabic, source);
  }

  /**
   * The Arabic spelling the corpus most often writes for a Latin unit, when it is attested at least twice and its
   * letters are close to the unit's (Hadi → هادي, where letters alone give حدي).
   */
  usualArabic(u: UnitData): string | null {
    if (u.abjad || u.kind !== 'name') return null;
    const a = this.entryOf(u);
    if (a === null || a.total < SAME_ATTESTED) return null;
    const usual = this.arabic.entry(a.usual)!;
    // … with the article only where the unit has one (Wikidata aligns Fattah with الفتاح of Abd al-Fattah)
    if (usual.article !== u.article || !finalHAgrees(u.full, usual) || wordSimilarity(u.full, usual.phonetic) < CLOSE_SPELLINGS) return null;
    return usual.shown;
  }

  /**
   * The Latin spelling the corpus most often writes for an Arabic-script name, as written (without its article) and as
   * the engine reads it, when it is attested at least twice and reads as the same name (حسين → Hussein, محمد → Mohamed,
   * where the letters alone give Husin, Mahamad), or of the name inside Abd al-X, Abu X, Umm X: null otherwise.
   */
  usualLatin(u: UnitData): { text: string; symbols: string } | null {
    if (!u.abjad || u.lettersTheCorpusLacks) return null;
    const name = u.kind === 'name';
    if (!name && u.kind !== 'abd' && u.kind !== 'abu' && u.kind !== 'umm') return null;
    const word = name ? u.full : u.part;
    const entry = (article: boolean): Entry | null => (name ? this.lookUp(u, article) : this.arabic.entry(keyOf('name', u.part.symbols, true, article)));
    // a name without its article first, as the rendering writes the article itself (الناصر: Nasser, where the corpus
    // writes the name with its article Naceur or En-Nasser); the divine name of Abd al-X with it (الرحمن: Rahman)
    if (u.kind === 'abd') return this.usualLatinOf(entry(true), word) ?? this.usualLatinOf(entry(false), word);
    return this.usualLatinOf(entry(false), word) ?? (name && u.article ? this.usualLatinOf(entry(true), word) : null);
  }

  /**
   * The Latin spelling written most often for the Arabic-script entry `a` that reads as `word` and writes its consonants
   * as the other conventions do: not with the g of Egyptian spellings for ج (Naguib, Ragab), nor the French c or ch
   * (Yacine, Rachid), which other readers misread.
   */
  private usualLatinOf(a: Entry | null, word: PhoneticWord): { text: string; symbols: string } | null {
    if (a === null || a.total < SAME_ATTESTED) return null;
    const byCount = [...a.others].sort((x, y) => y[1] - x[1]);
    for (const [key] of byCount) {
      const latin = this.latin.entry(key);
      if (latin === null || wordSimilarity(latin.phonetic, word) < READS_AS_THE_NAME) continue;
      const symbols = latin.phonetic.symbols;
      if (symbols.includes('g') && !/[gGqkK]/.test(word.symbols)) continue;
      if (/[CSK]/.test(symbols) && !word.symbols.includes('C')) continue;
      return { text: latin.article ? latin.shown.replace(WRITTEN_ARTICLE, '') : latin.shown, symbols };
    }
    return null;
  }

  /**
   * What the corpus says of two units, or null when it says nothing; `texts`: the units as written, for the note
   * (else the corpus's most common spelling of each).
   */
  verdict(u: UnitData, v: UnitData, texts?: readonly [string, string]): LexiconVerdict | null {
    if (u.kind !== 'name' || v.kind !== 'name' || (u.abjad && v.abjad)) return null;
    if (u.abjad) return this.latinAgainstArabic(v, u, texts?.[1]);
    if (v.abjad) return this.latinAgainstArabic(u, v, texts?.[0]);
    return this.latinAgainstLatin(u, v, texts);
  }

  private latinAgainstArabic(l: UnitData, x: UnitData, written?: string): LexiconVerdict | null {
    const a = this.entryOf(l);
    const b = this.entryOf(x);
    if (a === null || b === null) return null;
    const together = a.others.get(b.key) ?? 0;
    const shown = shownAs(written, a);
    if (a.total >= SAME_ATTESTED && (together / a.total >= SAME_SHARE || a.usual === b.key) && finalHAgrees(l.full, b)) {
      return { relation: 'same', note: `${this.source} writes ${shown} for ${b.shown} (${together} of ${a.total} times)` };
    }
    if (together > 0 || a.total < ATTESTED || b.total < ATTESTED) return null;
    // (nor of a spelling with ع where the corpus writes the name without it: its آلا is not علا, Ola — one way only, as the
    // entry's spelling shown is one of several its key holds: آلاء is علاء's, never Ola)
    if (x.writesAynLetter && !b.shown.includes('ع')) return null;
    if (this.khReading(l)?.others.has(b.key) || this.yReading(l)?.others.has(b.key)) return null;
    // (nor where the spelling's k read as the kh of English spellings said k is attested for that name: Кан, Serbian for
    // Khan = خان; word-readings.ts)
    if (l.alsoReadAs.some((r) => r.symbols === l.full.symbols.replace(/k/g, 'x') && this.latin.entry(keyOf(l.kind, r.symbols, false, l.article))?.others.has(b.key) === true)) return null;
    const usual = this.arabic.entry(a.usual)!;
    // (nor a z against ذ ض ظ, which the corpus's Arabic spellings write dh, th, d, and Levantine, Persian and Turkish
    // ones z: its silence on ظاهر = Zaher is the silence of its writers)
    if (!readsBetter(l.full, usual, b) || (x.full.symbols.includes('D') && l.full.symbols.includes('z'))) return null;
    return { relation: 'different', note: `${this.source} writes ${shown} for ${usual.shown}, never for ${b.shown} (${a.total} times)` };
  }

  private latinAgainstLatin(u: UnitData, v: UnitData, texts?: readonly [string, string]): LexiconVerdict | null {
    const a = this.entryOf(u);
    const b = this.entryOf(v);
    if (a === null || b === null) return null;
    let shared = 0;
    for (const [k, c] of a.others) {
      const d = b.others.get(k);
      if (d !== undefined) shared += Math.min(c / a.total, d / b.total);
    }
    const [shownA, shownB] = texts === undefined ? [a.shown, b.shown] : [shownAs(texts[0], a), shownAs(texts[1], b)];
    const ua = this.arabic.entry(a.usual)!;
    const ub = this.arabic.entry(b.usual)!;
    if (shared >= SAME_SHARE && a.total >= SAME_ATTESTED && b.total >= SAME_ATTESTED && finalHAgrees(u.full, ub) && finalHAgrees(v.full, ua)) {
      return { relation: 'same', note: `${this.source} writes ${shownA} and ${shownB} for one name (${ua.shown})` };
    }
    if (shared > 0 || a.total < ATTESTED || b.total < ATTESTED) return null;
    const khU = this.khReading(u);
    // (… and Han against Chan: both the Khan of other conventions)
    if (khU === b || this.khReading(v) === a || (khU !== null && khU === this.khReading(v))) return null;
    if (attestedForOneName(this.yReading(u), b) || attestedForOneName(this.yReading(v), a)) return null;
    if (!tellsApart(u.full, a, ua, ub) || !tellsApart(v.full, b, ub, ua)) return null;
    return { relation: 'different', note: `${this.source} writes ${shownA} for ${ua.shown} and ${shownB} for ${ub.shown}, never one for the other` };
  }
}

/**
 * The key of a Latin spelling leaves out a final h after a vowel, the h of a taa marbuta (Aminah = Amina); against an
 * Arabic name that ends in ح (a final ه is read as the taa marbuta), a spelling without it is not one the corpus has
 * seen for that name (Saba is not صباح, whose Sabah shares its key).
 */
function finalHAgrees(latin: PhoneticWord, arabic: Entry): boolean {
  return !arabic.phonetic.symbols.endsWith('h') || latin.symbols.endsWith('h');
}

/** Two Latin spellings attested for one Arabic spelling. */
function attestedForOneName(a: Entry | null, b: Entry): boolean {
  if (a === null) return false;
  for (const k of a.others.keys()) if (b.others.has(k)) return true;
  return false;
}

/** The Latin spelling, attested for `mine` and never for `other`, is evidence it is not `other`. */
function tellsApart(spelling: PhoneticWord, entry: Entry, mine: Entry, other: Entry): boolean {
  return entry.total >= WELL_ATTESTED || readsBetter(spelling, mine, other);
}

/** The Latin spelling reads as the Arabic name `mine` clearly better than as `other`. */
function readsBetter(spelling: PhoneticWord, mine: Entry, other: Entry): boolean {
  return wordSimilarity(spelling, mine.phonetic) - wordSimilarity(spelling, other.phonetic) > READS_BETTER;
}

function mostCommon(m: Map<string, number>): string {
  let best = '';
  let most = 0;
  for (const [k, c] of m) if (c > most) { most = c; best = k; }
  return best;
}

interface Keyed { key: string; kind: string; symbols: string; abjad: boolean; article: boolean }

/**
 * The readings of a word of another alphabet than Latin and Arabic, in the symbols of Latin spellings: a ё also as the е
 * Russian print writes for it (Фёдор = Fyodor, Fedor); Greek capitals' αι, ει, οι also as two vowels (ΑΙΣΑ = Aisa, Esa);
 * a Russian г as g and as the h of foreign names (Магомед, Гасан = Mahomed, Hasan); and in a word without these, an h
 * (Cyrillic х, Greek χ) also as kh (Салех = Saleh, Хури = Khoury) — not on top of them: every reading more is one more
 * chance that the corpus knows two and says nothing.
 */
function readingsInLatin(u: UnitData): string[] {
  let readings = [u.full.symbols];
  if (u.kind === 'name' && u.text.includes('ё')) readings.push(wordToSymbols(u.text.replace(/ё/g, 'е')).symbols);
  if (u.kind === 'name' && GREEK_DIGRAPH.test(u.text)) readings.push(greekToSymbols(u.text, { digraphsApart: true }));
  if (readings.some((r) => r.includes('H'))) readings = readings.flatMap((r) => [r.replaceAll('H', 'h'), r.replaceAll('H', 'g')]);
  else if (readings.length === 1 && readings[0]!.includes('h')) readings.push(readings[0]!.replaceAll('h', 'x'));
  return readings;
}

/**
 * The key of a spelling: its kind, its article and its symbols. Arabic script without the short vowels its reading
 * supplies (the i of fāʿil) and with a final ت read as the taa marbuta Persian and Ottoman spellings write so (عزت =
 * عزة, نعمت = نعمة); other scripts with vowel length folded and a final h after a vowel left out (Aminah =
 * Amina), which spellings of one name vary in.
 */
function keyOf(kind: string, symbols: string, abjad: boolean, article: boolean): string {
  const reading = abjad ? symbols.replace(/t$/, 'a').replace(/[aeiou](?!$)/g, '') : foldVowels(symbols).replace(/(?<=[aeiou])h$/, '');
  return `${kind}|${article ? 'al-' : ''}${reading}`;
}

function keyedText(text: string): Keyed | null {
  const units = parseName(normalizeName(text)).units;
  if (units.length !== 1) return null;
  const u = units[0]!;
  return { key: keyOf(u.kind, u.symbols, u.abjad, u.article), kind: u.kind, symbols: u.symbols, abjad: u.abjad, article: u.article };
}

/** A reading as `readingsOfRows` writes it: kind, `al` or nothing, `ar` or nothing (Arabic script), symbols; `-`: none. */
function writeReading(k: Keyed | null): string {
  if (k === null) return '-';
  if (/\s/.test(k.symbols)) throw new Error(`a reading with a space: ${k.symbols}`);
  return `${k.kind} ${k.article ? 'al' : ''} ${k.abjad ? 'ar' : ''} ${k.symbols}`;
}

function readReading(text: string): Keyed | null {
  if (text === '-') return null;
  const [kind, article, script, symbols] = text.split(' ');
  return { key: keyOf(kind!, symbols!, script === 'ar', article === 'al'), kind: kind!, symbols: symbols!, abjad: script === 'ar', article: article === 'al' };
}

function keyedReadings(line: string): [Keyed | null, Keyed | null] {
  const [l, a] = line.split('\t');
  return [readReading(l ?? '-'), readReading(a ?? '-')];
}

/** One row of the corpus: a Latin spelling, the Arabic-script spelling it was written for, how often, and their readings. */
interface Row { latinText: string; arabicText: string; count: number; latin: Keyed; arabic: Keyed }

/** The row `line` holds (with its readings worked out beforehand, when given), or null when it is not one name on each side. */
function rowOf(line: string, reading: string | undefined): Row | null {
  const [l, a, c] = line.split('\t');
  const count = Number(c);
  if (!l || !a || !(count > 0)) return null;
  const [kl, ka] = reading === undefined ? [keyedText(l), keyedText(a)] : keyedReadings(reading);
  if (kl === null || ka === null || kl.abjad || !ka.abjad) return null;
  return { latinText: l, arabicText: a, count, latin: kl, arabic: ka };
}

/**
 * The rows of one side of the corpus by the key of their spelling. A process compares few of its 21,000 spellings:
 * building only the index (a row number per key) and each entry on first lookup spares every process a quarter of a
 * second at its first comparison.
 */
class SpellingIndex {
  /** key → the last row with it; `before[row]`: the row before it with the same key, -1 for none */
  private readonly last = new Map<string, number>();
  private readonly before: Int32Array;
  private readonly entries = new Map<string, Entry | null>();

  constructor(rows: number, private readonly rowAt: (i: number) => Row | null, private readonly side: 'latin' | 'arabic') {
    this.before = new Int32Array(rows);
  }

  add(key: string, row: number): void {
    this.before[row] = this.last.get(key) ?? -1;
    this.last.set(key, row);
  }

  /** The entry of `key`, or null when no row has it. */
  entry(key: string): Entry | null {
    let e = this.entries.get(key);
    if (e === undefined) this.entries.set(key, (e = this.built(key)));
    return e;
  }

  private built(key: string): Entry | null {
    const rows: number[] = [];
    for (let i = this.last.get(key) ?? -1; i >= 0; i = this.before[i]!) rows.push(i);
    let e: Entry | null = null;
    // in the corpus's order: the spelling shown first among equally frequent ones is the first seen
    for (let k = rows.length - 1; k >= 0; k--) {
      const row = this.rowAt(rows[k]!)!;
      const [mine, other, text] = this.side === 'latin' ? [row.latin, row.arabic, row.latinText] : [row.arabic, row.latin, row.arabicText];
      e ??= new Entry(mine.key, mine.abjad, mine.article);
      e.add(text, mine.symbols, other.key, row.count);
    }
    return e;
  }
}

/** The engine's reading of each row's two spellings, a line per row: what `fromRows` takes as `readings`. */
export function readingsOfRows(rows: string): string {
  const reading = (text: string | undefined): string => (text ? writeReading(keyedText(text)) : '-');
  return rows.split('\n').map((line) => {
    const [l, a] = line.split('\t');
    return `${reading(l)}\t${reading(a)}`;
  }).join('\n');
}



