import { describe, expect, it } from 'vitest';
import { compareNames } from '../index';
import { ethiopicSymbolsAgainstArabic, ethiopicTigrinyaSymbols, ethiopicToSymbols } from './ethiopic';

describe('Ethiopic ጸ and ፀ', () => {
  it('are ts, as Tigrinya and Amharic names are spelt in Latin and Cyrillic (Tsegay, Tsehaye, Tsion)', () => {
    expect(ethiopicToSymbols('ጸጋይ').startsWith('ts')).toBe(true);
    expect(compareNames('ጸጋይ', 'Tsegay').same).toBe(true);
    expect(compareNames('ፀሃየ', 'Tsehaye').same).toBe(true);
    expect(compareNames('ጽዮን', 'Tsion').same).toBe(true);
    expect(compareNames('ጸጋይ', 'Цегай').same).toBe(true);
  });
  it('are the z of Italian and German spellings, as the ts of Cyrillic ц is (Zegai, Tiblez, Habtezion; Zwetkow = Цветков)', () => {
    expect(compareNames('ጸጋይ', 'Zegai').same).toBe(true);
    expect(compareNames('ጥብለፅ', 'Tiblez').same).toBe(true);
    // (not a Latin ts, which is the ث of Indonesian spellings as often: Harits = حارث is not Hariz; Kuts is not Kuz)
    expect(compareNames('Harits', 'Hariz').same).toBe(false);
    expect(compareNames('Kuts', 'Kuz').same).toBe(false);
    expect(compareNames('ሃብተጽዮን', 'Habtezion').same).toBe(true);
    expect(compareNames('Тиблец', 'Tiblez').same).toBe(true);
    expect(compareNames('Цветков', 'Zwetkow').same).toBe(true);
    // (not between two spellings whose alphabet writes ts and z apart, Ethiopic ጸ / ዘ, Cyrillic ц / з; nor against the ت + ص
    // of Arabic script: Мунзир is not منتصر)
    expect(compareNames('ጸሃይ', 'ዘሃይ').same).toBe(false);
    expect(compareNames('Цана', 'Зана').same).toBe(false);
    expect(compareNames('Мунзир', 'منتصر').same).toBe(false);
  });
  it('not s (Tsegay is not Segay = ሰጋይ)', () => {
    expect(compareNames('ጸጋይ', 'Tsegay').score).toBeGreaterThan(compareNames('ሰጋይ', 'Tsegay').score);
  });
});

describe('Ethiopic 5th order (ē) against Arabic script', () => {
  it('is the ay or ī Arabic writes with ي (ሑሴን = حسين, not حسن; ሱሌማን = سليمان, not سلمان)', () => {
    expect(ethiopicSymbolsAgainstArabic('ሑሴን')).toBe('husEn');
    expect(ethiopicSymbolsAgainstArabic('ሰዒድ')).toBeNull();
    expect(compareNames('ሑሴን', 'حسين').same).toBe(true);
    expect(compareNames('ሑሴን', 'حسن').same).toBe(false);
    expect(compareNames('ሑሴን ኣደም', 'حسن آدم').same).toBe(false);
    expect(compareNames('ሱሌማን', 'سليمان').same).toBe(true);
    // (a ይ after it writes the y itself: ሱሌይማን is سليمان, and still not سلمان)
    expect(compareNames('ሱሌይማን', 'سليمان').same).toBe(true);
    expect(compareNames('ሱሌይማን', 'سلمان').same).toBe(false);
    // (not a last ē, the -e of Oromo and Harari forms of Arabic names: ጀማሌ = جمال, ኑሬ = نور)
    expect(compareNames('ጀማሌ', 'جمال').same).toBe(true);
    expect(compareNames('ጀማሌ ኑሬ', 'جمال نور').same).toBe(true);
    // (against Latin and Cyrillic as before: Husen = ሑሴን)
    expect(compareNames('ሑሴን', 'Husen').same).toBe(true);
  });
});

describe('Ethiopic 6th order (ə)', () => {
  it('is said and spelt i or e in a first syllable before another consonant (ግርማይ Girmay, ፍልሞን Filmon, ብርሃነ Berhane)', () => {
    expect(ethiopicToSymbols('ግርማይ').startsWith('gi')).toBe(true);
    expect(compareNames('ግርማይ', 'Ghirmay').same).toBe(true);
    expect(compareNames('ፍልሞን', 'Filmon').same).toBe(true);
    expect(compareNames('ብርሃነ', 'Berhane').same).toBe(true);
  });
  it('… and so is the glottal እ that begins a word, its vowel all there is to write (እዮብ Eyob, Ejob; እስክንድር Eskinder)', () => {
    expect(ethiopicToSymbols('እዮብ').startsWith('i')).toBe(true);
    expect(compareNames('እዮብ', 'Ejob').same).toBe(true);
    expect(compareNames('እዮብ', 'Eyob').same).toBe(true);
    expect(compareNames('እስክንድር', 'Eskinder').same).toBe(true);
  });
  it('is a last consonant without a vowel, which a spelling with one is not, however other spellings read its last vowel (ዓለም Alem is not Alemu = ዓለሙ)', () => {
    expect(compareNames('ዓለም', 'Alemu').same).toBe(false);
    expect(compareNames('ዓለሙ', 'Alemu').same).toBe(true);
    expect(compareNames('Haile Alemu', 'ኃይሌ ዓለም').same).toBe(false);
    // (but a French silent e is no vowel said: Hassane = ሐሰን)
    expect(compareNames('ሐሰን', 'Hassane').same).toBe(true);
  });
  it('is silent inside a word (ተኽለ Tekle, ገብረ Gebre)', () => {
    expect(ethiopicToSymbols('ገብረ')).toBe('gebre');
    expect(compareNames('ተኽለ', 'Tekle').same).toBe(true);
  });
  it('is said e before a last consonant that ends the word, where the language has no cluster (መኮንን Mekonnen, ዮሃንስ Yohannes)', () => {
    expect(ethiopicToSymbols('መኮንን')).toBe('mekonen');
    expect(compareNames('መኮንን', 'Mekonnen').same).toBe(true);
    expect(compareNames('መኮንን', 'Меконен').same).toBe(true);
    expect(compareNames('ዮሃንስ', 'Yohannes').same).toBe(true);
  });
  it('ኽ, the Tigrinya k said kh after a vowel, is also read k, as Latin spellings write it (ብርኽቲ Birikti, ኮኾብ Kokeb)', () => {
    expect(compareNames('ብርኽቲ', 'Birikti').same).toBe(true);
    expect(compareNames('ኮኾብ', 'ኮከብ').same).toBe(true);
    expect(compareNames('ብርኽቲ', 'Birhti').same).toBe(true);
    expect(compareNames('ብርኽቲ', 'Birtukan').same).toBe(false);
  });
  it('is said i before the same consonant written again, which Ethiopic writes with no gemination between (ዕልልታ Elilta)', () => {
    expect(ethiopicToSymbols('ዕልልታ')).toBe('ililta');
    expect(compareNames('ዕልልታ', 'Elilta').same).toBe(true);
    expect(compareNames('ዕልልታ', 'Elta').same).toBe(false);
  });
  it('… but for the final -st of women’s names (ትግስት Tigist, ቅድስት Kidist)', () => {
    expect(ethiopicToSymbols('ቅድስት').endsWith('st')).toBe(true);
    expect(compareNames('ትግስት', 'Tigist').same).toBe(true);
    expect(compareNames('ቅድስት', 'Kidist').same).toBe(true);
  });
});

describe('two Ethiopic spellings', () => {
  it('are another name when a consonant letter differs (ክብረኣብ / ገብረኣብ), not when a vowel of the syllables does (ዘውዲ = ዘውዴ)', () => {
    expect(compareNames('ክብረኣብ', 'ገብረኣብ').same).toBe(false);
    expect(compareNames('ዘውዲ', 'ዘውዴ').same).toBe(true);
    expect(compareNames('ሃይሉ', 'ኃይሉ').same).toBe(true);
    expect(compareNames('ተኽሊት', 'ተክሊት').same).toBe(true);
    // (against a Latin spelling the letters are read as spellings: ገብረኣብ = Ghebreab)
    expect(compareNames('ገብረኣብ', 'Ghebreab').same).toBe(true);
  });
});

describe('Ethiopic ኝ at the end of a name', () => {
  it('is the palatal ñ that Latin writes gn and Serbian њ (ደሳለኝ = Desalegn = Десалењ, ተካልኝ = Tekalign = Текалинь)', () => {
    expect(compareNames('ደሳለኝ', 'Desalegn').same).toBe(true);
    expect(compareNames('Desalegn', 'Десалењ').same).toBe(true);
    expect(compareNames('Desalegn', 'Десалегн').same).toBe(true);
    expect(compareNames('ተካልኝ', 'Tekaligne').same).toBe(true);
    expect(compareNames('Tekalign', 'Текалинь').same).toBe(true);
    // (inside a word too, between vowels: ዳኛቸው = Dagnachew = Дањачев, አገኘሁ = Agegnehu)
    expect(compareNames('ዳኛቸው', 'Dagnachew').same).toBe(true);
    expect(compareNames('Dagnachew', 'Дањачев').same).toBe(true);
    expect(compareNames('አገኘሁ', 'Agegnehu').same).toBe(true);
    // (and the Wolof ñ of Serigne, which French spellings write so too)
    expect(compareNames('Serigne', 'Серињ').same).toBe(true);
  });
  it('only after e or i: Diagne, Magne are not Diane, Mane', () => {
    expect(compareNames('Mamadou Diagne', 'Mamadou Diane').same).toBe(false);
    expect(compareNames('Sadio Magne', 'Sadio Mane').same).toBe(false);
    // (nor a first Ig-: Ignat is not Inayat; nor a word that does not end as Amharic names do: Wagner, Magnus, Ragnar)
    expect(compareNames('Ignat', 'Inayat').same).toBe(false);
    expect(compareNames('Wagner', 'Waner').same).toBe(false);
    expect(compareNames('Magnus Andersson', 'Manus Andersson').same).toBe(false);
    expect(compareNames('Ragnar', 'Ranar').same).toBe(false);
    // (the ending anywhere after the gn: Dagnew, Dagnaw = ዳኛው)
    expect(compareNames('Dagnew', 'ዳኛው').same).toBe(true);
  });
  it('is not a plain n: Desalegn is not Desalen written otherwise only', () => {
    expect(compareNames('ደሳለኝ', 'Desalegn').score).toBeGreaterThan(compareNames('ደሳለን', 'Desalegn').score);
  });
});

describe('a Tigrinya spelling', () => {
  it('leaves out the vowel of a first syllable of the 6th order, which the word is also read without (Brhane, Tsfay, Mhret = ብርሃነ, ትስፋይ, ምሕረት)', () => {
    expect(compareNames('ብርሃነ', 'Brhane').same).toBe(true);
    expect(compareNames('ትስፋይ', 'Tsfay').same).toBe(true);
    expect(compareNames('ምሕረት', 'Mhret').same).toBe(true);
    expect(compareNames('ብርሃነ', 'Berhane').same).toBe(true);
    // (not the glottal's, which is all Latin writes of it: እዮብ Eyob; and other names stay apart: ክፍለ Kfle is not Kflom)
    expect(ethiopicTigrinyaSymbols('እዮብ')).toBeNull();
    expect(compareNames('ክፍለ', 'Kflom').same).toBe(false);
    expect(compareNames('ትስፋይ', 'Tsgay').same).toBe(false);
  });
});

describe('the last vowel an Ethiopic word writes', () => {
  it('a u or o against another tells two names apart (ብርሃኑ Birhanu is not Birhane, ሃይሉ Hailu is not Haile)', () => {
    expect(compareNames('ብርሃኑ', 'Birhane').same).toBe(false);
    expect(compareNames('ብርሃነ', 'Birhanu').same).toBe(false);
    expect(compareNames('ሃይሉ', 'Haile').same).toBe(false);
    expect(compareNames('ብርሃኑ', 'Birhanu').same).toBe(true);
    // (Italian spellings write o for u, and Latin writes the e, i of the other orders in many ways)
    expect(compareNames('ስብሓቱ', 'Sebhato').same).toBe(true);
    expect(compareNames('መድሃኔ', 'Medhanie').same).toBe(true);
    expect(compareNames('ዘውዲ', 'Zewdie').same).toBe(true);
  });
  it('… and against another Ethiopic word too (ብርሃነ is not ብርሃኑ, ሃይለ not ሃይሉ; ኃይለ is ኃይሌ)', () => {
    expect(compareNames('ብርሃነ', 'ብርሃኑ').same).toBe(false);
    expect(compareNames('ሃይለ', 'ሃይሉ').same).toBe(false);
    expect(compareNames('ኃይለ', 'ኃይሌ').same).toBe(true);
  });
});

describe('the palatal ñ of Amharic names', () => {
  it('is ny before a vowel, which Italian and French spellings write gn and Russian copies of them гн (ሙሉቀኛ = Mulukegna = Mulukenya = Мулукења)', () => {
    expect(compareNames('ሙሉቀኛ', 'Mulukegna').same).toBe(true);
    expect(compareNames('Mulukegna', 'Mulukenya').same).toBe(true);
    expect(compareNames('Mulukegna', 'Мулукења').same).toBe(true);
    expect(compareNames('Мулукегна', 'Mulukenya').same).toBe(true);
    // (at the end of the word or before its last a only: Ignat, Игнат are no Inayat)
    expect(compareNames('Ignat', 'Inayat').same).toBe(false);
    expect(compareNames('Игнат', 'Инаят').same).toBe(false);
  });
});

describe('a last y after a or o', () => {
  it('ends another name, also in Ge\'ez script (ጸጋይ Tsegay is not ጸጋ Tsega, ተኽላይ Teklay not ተኽለ Tekle)', () => {
    expect(compareNames('ጸጋይ', 'ጸጋ').same).toBe(false);
    expect(compareNames('ተኽላይ', 'ተኽለ').same).toBe(false);
    expect(compareNames('ጸጋይ', 'Tsegai').same).toBe(true);
    expect(compareNames('ተስፋይ', 'Тесфай').same).toBe(true);
  });
});
