import { afterEach, describe, expect, it } from 'vitest';
import { compareNames } from '../index';
import { normalizeName } from '../normalize';
import { parseName } from '../structure';
import { internUnit } from '../units';
import { useSpellingLexicon } from './active-lexicon';
import { readingsOfRows, SpellingLexicon } from './spelling-lexicon';
import { WIKIDATA_SPELLING_READINGS } from './wikidata-spelling-readings';
import { WIKIDATA_SPELLINGS } from './wikidata-spellings';

const unit = (text: string) => internUnit(parseName(normalizeName(text)).units[0]!);
const score = (a: string, b: string): number => compareNames(a, b).score;
/** The score by letters alone, without the lexicon. */
function lettersOnly(a: string, b: string): number {
  useSpellingLexicon(null);
  try {
    return score(a, b);
  } finally {
    useSpellingLexicon(undefined);
  }
}

afterEach(() => useSpellingLexicon(undefined));

describe('a lexicon of attested spellings', () => {
  const corpus = SpellingLexicon.fromRows(
    ['saleem\tسليم\t8', 'salim\tسليم\t20', 'salem\tسالم\t78', 'slimane\tسليمان\t14', 'suleiman\tسليمان\t30', 'sulayman\tسليمان\t5',
      'hamid\tحميد\t23', 'hamed\tحامد\t18', 'rare\tنادر\t1', 'izzet\tعزت\t5', 'azza\tعزة\t5',
      'huri\tحوري\t5', 'khouri\tخوري\t9', 'saleh\tصالح\t81', 'salah\tصلاح\t51'].join('\n'),
    'the corpus',
  );
  it('two spellings well attested for names that never share one are evidence of two names', () => {
    const v = corpus.verdict(unit('Saleem'), unit('Salem'));
    expect(v?.relation).toBe('different');
    expect(v?.note).toContain('سليم');
    expect(corpus.verdict(unit('Salem'), unit('سليم'))?.relation).toBe('different');
  });
  it('takes no spelling counted for a foreign name as evidence against the Arabic name it also spells (Baker = بكر, Nauman = نعمان)', () => {
    expect(compareNames('Baker', 'بكر').same).toBe(true);
    expect(compareNames('Nauman', 'نعمان').same).toBe(true);
    expect(compareNames('Francis', 'فرانسيس').same).toBe(true);
  });
  it('reads a name with the article as the name without it where it knows only that (Al-Saleh against الصلاح)', () => {
    expect(corpus.verdict(unit('Al-Saleh'), unit('الصلاح'))?.relation).toBe('different');
    expect(corpus.verdict(unit('El-Salem'), unit('Saleem'))?.relation).toBe('different');
    expect(corpus.verdict(unit('Al-Salah'), unit('صلاح'))?.relation).toBe('same');
  });
  it('spellings attested for one name are evidence of one name, in any script', () => {
    expect(corpus.verdict(unit('Slimane'), unit('Suleiman'))?.relation).toBe('same');
    expect(corpus.verdict(unit('سليمان'), unit('Slimane'))?.relation).toBe('same');
    // Mohammed / Mohamed, Saleem / Salim: the engine's reading is the key, not the letters
    expect(corpus.verdict(unit('Salim'), unit('Saleem'))?.relation).toBe('same');
  });
  it('a spelling without the final h of a name that ends in ح is not one the corpus has seen for it (Saba is not صباح)', () => {
    const sabah = SpellingLexicon.fromRows(['sabah\tصباح\t11', 'saba\tسبا\t7', 'aminah\tأمينة\t3', 'amina\tأمينة\t9'].join('\n'), 'rows');
    expect(sabah.verdict(unit('Sabah'), unit('صباح'))?.relation).toBe('same');
    expect(sabah.verdict(unit('Saba'), unit('صباح'))?.relation).not.toBe('same');
    expect(sabah.verdict(unit('Saba'), unit('Sabah'))?.relation).not.toBe('same');
    // … while the h of a taa marbuta is only a spelling of it (Aminah = Amina = أمينة)
    expect(sabah.verdict(unit('Amina'), unit('أمينة'))?.relation).toBe('same');
    expect(sabah.verdict(unit('Aminah'), unit('Amina'))?.relation).toBe('same');
  });
  it('skips rows that are not a spelling, a spelling and a count, and keeps the rest', () => {
    const rows = ['', 'saleem', 'saleem\tسليم', 'saleem\tسليم\t-3', 'saleem\tسليم\tmany', 'abd ul\tعبد\t5', 'saleem\tسليم\t8', 'salem\tسالم\t78'].join('\n');
    const lexicon = SpellingLexicon.fromRows(rows, 'rows');
    expect(lexicon.verdict(unit('Saleem'), unit('سالم'))?.note).toBe('rows writes saleem for سليم, never for سالم (8 times)');
  });
  it('says nothing of a spelling it does not know or knows too little of', () => {
    expect(corpus.verdict(unit('Saleem'), unit('Karim'))).toBeNull();
    expect(corpus.verdict(unit('Rare'), unit('Salem'))).toBeNull();
  });
  it('says nothing where the letters read a spelling as well as the other name (Hamid: حامد as well as حميد)', () => {
    // the corpus has seen Hamid only for حميد, but Hamid Karzai is حامد كرزي
    expect(corpus.verdict(unit('Hamid'), unit('حامد'))).toBeNull();
    expect(corpus.verdict(unit('Hamid'), unit('Hamed'))).toBeNull();
    expect(corpus.verdict(unit('Hamed'), unit('حميد'))?.relation).toBe('different');
  });
  it('says nothing of a z against ذ ض ظ, which its Arabic writers spell dh, th or d and Levantine and Persian ones z (ظاهر = Zaher)', () => {
    const seen = SpellingLexicon.fromRows(['zaher\tزاهر\t6', 'daher\tضاهر\t9', 'dhaher\tظاهر\t3', 'daher\tداهر\t4'].join('\n'), 'seen');
    // (ظاهر and ضاهر read alike: one entry, which has seen Zaher only for زاهر; against داهر it tells)
    expect(seen.verdict(unit('Zaher'), unit('ظاهر'))).toBeNull();
    expect(seen.verdict(unit('Zaher'), unit('داهر'))?.relation).toBe('different');
    expect(compareNames('ظاهر', 'Zaher').same).toBe(true);
  });
  it('… unless, between two Latin spellings, it has seen one very often for its name and never for the other (Samir, Samer)', () => {
    const seen = SpellingLexicon.fromRows(['samir\tسمير\t75', 'samer\tسامر\t8', 'hamid\tحميد\t23', 'hamed\tحامد\t18'].join('\n'), 'seen');
    // the i of فاعل reads Samir as سامر as well as سمير; seen 75 times, always for سمير
    expect(seen.verdict(unit('Samir'), unit('Samer'))?.relation).toBe('different');
    expect(seen.verdict(unit('Samer'), unit('Samir'))?.relation).toBe('different');
    expect(seen.verdict(unit('Hamid'), unit('Hamed'))).toBeNull();
    // against an Arabic spelling the letters still decide (Samir against سامر: the corpus may just not have seen it)
    expect(seen.verdict(unit('Samir'), unit('سامر'))).toBeNull();
  });
  it('so the engine keeps Samir and Samer apart, in Latin and in Cyrillic', () => {
    expect(score('Samir', 'Samer')).toBeLessThan(0.8);
    expect(score('Самир', 'Самер')).toBeLessThan(0.8);
    expect(lettersOnly('Samir', 'Samer')).toBeGreaterThanOrEqual(0.8);
  });
  it('reads a final ت as the taa marbuta Persian and Ottoman spellings write so (عزت = عزة)', () => {
    expect(corpus.verdict(unit('Izzet'), unit('عزة'))?.relation).toBe('same');
  });
  it('says nothing between two Arabic spellings, whose letters say all', () => {
    expect(corpus.verdict(unit('سليم'), unit('سالم'))).toBeNull();
  });
  it('reads Cyrillic as Latin, a х as h or kh — whichever the corpus knows, nothing when it knows both', () => {
    expect(corpus.verdict(unit('Салем'), unit('Saleem'))?.relation).toBe('different');
    expect(corpus.verdict(unit('Салех'), unit('Salah'))?.relation).toBe('different');
    expect(corpus.verdict(unit('Хури'), unit('Khouri'))).toBeNull();
  });
  it('… and a г as the g or the h of foreign names Russian writes with it, whichever the corpus knows (Магомед = Mahomed, Гамаль = Gamal)', () => {
    expect(score('Магомед', 'Muhammad')).toBeGreaterThanOrEqual(0.8);
    expect(score('Гамаль', 'Камаль')).toBeLessThan(0.8);
  });
});

describe('readings worked out beforehand', () => {
  it('build the lexicon the rows build when read on the spot', () => {
    const rows = ['saleem\tسليم\t8', 'abd ul\tعبد\t5', 'salem\tسالم\t78', 'bad row', 'abdullah\tعبد الله\t3'].join('\n');
    const onTheSpot = SpellingLexicon.fromRows(rows, 'rows');
    const beforehand = SpellingLexicon.fromRows(rows, 'rows', readingsOfRows(rows));
    for (const [a, b] of [['Saleem', 'سالم'], ['Salem', 'Saleem'], ['Abdullah', 'عبد الله']] as const) {
      expect(beforehand.verdict(unit(a), unit(b)), `${a} / ${b}`).toEqual(onTheSpot.verdict(unit(a), unit(b)));
    }
    expect(beforehand.verdict(unit('Saleem'), unit('سالم'))?.relation).toBe('different');
  });
  it('must be as many as the rows', () => {
    expect(() => SpellingLexicon.fromRows('saleem\tسليم\t8\nsalem\tسالم\t78', 'rows', 'name   salym\tname  ar slym')).toThrow(/1 readings for 2 rows/);
  });
  it('shipped with the Wikidata rows are the engine\'s own (else: npm run names:lexicon)', () => {
    const now = readingsOfRows(WIKIDATA_SPELLINGS).split('\n');
    const shipped = WIKIDATA_SPELLING_READINGS.split('\n');
    expect(shipped.length).toBe(now.length);
    const stale = now.flatMap((r, i) => (r === shipped[i] ? [] : [`${WIKIDATA_SPELLINGS.split('\n')[i]}: shipped ${shipped[i]}, engine ${r}`]));
    expect(stale.slice(0, 5), `${stale.length} stale readings: run npm run names:lexicon`).toEqual([]);
  });
});

describe('the shipped Wikidata lexicon in comparisons', () => {
  it('keeps apart names whose letters are close (Saleh / Salah, Saleem / Salem, Amer / أمير)', () => {
    for (const [a, b] of [['Saleh', 'Salah'], ['Saleem', 'Salem'], ['Amer', 'أمير']]) {
      expect(score(a!, b!), `${a} / ${b}`).toBeLessThan(lettersOnly(a!, b!));
      expect(compareNames(a!, b!).same, `${a} / ${b}`).toBe(false);
    }
    expect(lettersOnly('Saleh', 'Salah')).toBeGreaterThanOrEqual(0.8);
  });
  it('says nothing of a Bulgarian ъ, which is no a: the corpus\'s Nasar (نصار) is not Насър (Naser)', () => {
    expect(compareNames('насер', 'насър').explanation.pairs[0]!.how).not.toMatch(/Wikidata/);
    expect(compareNames('Фадл Насер Бавазир', 'Фадл Насър Бавазир').same).toBe(true);
  });
  it('joins spellings no letter rule joins (Slimane = Souleiman)', () => {
    expect(lettersOnly('Slimane', 'Souleiman')).toBeLessThan(0.8);
    expect(compareNames('Slimane', 'Souleiman').same).toBe(true);
  });
  it('tells the caseworker what it found, where it counted', () => {
    const how = compareNames('Saleh', 'Salah').explanation.pairs[0]!.how;
    expect(how).toMatch(/Wikidata writes saleh for صالح and salah for صلاح/);
    // letters far apart: the lexicon did not count, and the explanation does not cite it
    expect(compareNames('Hadi', 'Huda').explanation.pairs[0]!.how).not.toMatch(/Wikidata/);
  });
  it('keeps the spellings of fāʿil names that Wikidata has seen only for faʿīl ones (Hamid = حامد, Rashid = راشد)', () => {
    expect(compareNames('Hamid', 'حامد').same).toBe(true);
    expect(compareNames('Rashid', 'راشد').same).toBe(true);
    expect(compareNames('Hamid', 'Hamed').same).toBe(true);
  });
  it('says nothing against the h that Serbo-Croatian, Macedonian and Turkish write for kh, nor the German ch (Han = Chan = Khan = خان; Wikidata\'s Han is the Chinese هان)', () => {
    expect(lettersOnly('Han', 'Khan')).toBeGreaterThanOrEqual(0.8);
    expect(compareNames('Han', 'Khan').same).toBe(true);
    expect(compareNames('Han', 'خان').same).toBe(true);
    expect(compareNames('Hattab', 'Khattab').same).toBe(true);
    // … and the German ch (Chan = Khan; Wikidata's Chan is the Chinese تشن), also against the h (Han = Chan)
    expect(compareNames('Chan', 'خان').same).toBe(true);
    expect(compareNames('Han', 'Chan').same).toBe(true);
    // … while the spellings it knows for two names still keep them apart
    expect(compareNames('Saleh', 'Salah').same).toBe(false);
  });
  it('reads a first j it does not know as written as that y, to speak for its spellings (Junus = Yunis = يونس, Jusuf = Yousif)', () => {
    expect(compareNames('Junus', 'Yunis').same).toBe(true);
    expect(compareNames('Jusuf', 'Yousif').same).toBe(true);
    expect(compareNames('Jussif', 'Youssouf').same).toBe(true);
    // (the note says what the corpus wrote: the y, not the j)
    expect(compareNames('Junus', 'يونس').explanation.pairs[0]!.how).toContain('yunus (the y of junus)');
    // (not before a, where the j is as often ج: Jasir is جاسر)
    expect(compareNames('Jasir', 'ياسر').explanation.pairs[0]!.how).not.toContain('the y of');
  });
  it('says nothing against the j Slavic and German spellings write for y, where it knows the y (Jakub = Yaqub = يعقوب; Wikidata\'s Jakub is the Polish جاكوب)', () => {
    expect(lettersOnly('Jakub', 'Yaqub')).toBeGreaterThanOrEqual(0.8);
    expect(compareNames('Jakub', 'Yaqub').same).toBe(true);
    expect(compareNames('Jakub', 'يعقوب').same).toBe(true);
  });
  it('reads a spelling with an apostrophe for the ayn or hamza as the corpus\'s spelling without it (Ma\'moun = Mamoun, not Maymoun)', () => {
    expect(compareNames("Ma'moun", 'Maymoun').same).toBe(false);
    expect(compareNames("Ma'moun", 'مأمون').same).toBe(true);
    expect(compareNames("Ra'ad", 'رعد').same).toBe(true);
  });
  it('leaves names it does not know to their letters', () => {
    expect(score('Zlatko', 'Slatko')).toBe(lettersOnly('Zlatko', 'Slatko'));
  });
});

describe('what the corpus says of a spelling without ع', () => {
  it('is not said of one with it: its آلا is not علا, which Ola writes', () => {
    expect(compareNames('علا', 'Ola').same).toBe(true);
    expect(compareNames('علا', 'Oula').same).toBe(true);
    expect(compareNames('علا', 'Ola').explanation.pairs[0]!.how).not.toContain('never');
  });
  it('… while what it says of a spelling with ع holds for one without it: آلاء is Alaa, not Ola', () => {
    expect(compareNames('آلاء', 'Ola').same).toBe(false);
  });
});
