import { describe, expect, it } from 'vitest';
import { compareNames } from './index';
import { normalizeName } from './normalize';
import { wordToSymbols } from './translit/index';
import { greekReadings, readingConvention, wordReadings } from './word-readings';

const word = (written: string): { text: string; symbols: string } => {
  const text = normalizeName(written);
  return { text, symbols: wordToSymbols(text).symbols };
};
const readingsOf = (written: string): string[] => wordReadings(word(written));
const read = (written: string): string => wordToSymbols(normalizeName(written)).symbols;

describe('wordReadings', () => {
  it('reads a word by the convention its letters show, as the word other spellings write', () => {
    expect(readingsOf('Rasjid')).toContain(read('Rashid'));
    expect(readingsOf('Mourchid')).toContain(read('Mourshid'));
    expect(readingsOf('Lahouari')).toContain(read('Houari'));
    expect(readingsOf('Lyoubi')).toContain(read('Youbi'));
    expect(readingsOf('Aminatou')).toContain(read('Amina'));
    expect(readingsOf('Vehbija')).toContain(read('Vehbi'));
    expect(readingsOf('মণ্ডল')).toContain(read('Mondol'));
  });
  it('gives nothing for a word no convention reads otherwise, nor a reading equal to its letters', () => {
    expect(readingsOf('Ahmad')).toEqual([]);
    // (an L before a y and a name not in -i is the name's own: Lyes = إلياس; and so before the Slavic yu: Lyutvi)
    expect(readingsOf('Lyes')).toEqual([]);
    expect(readingsOf('Lyutvi')).toEqual([]);
    expect(readingsOf('Rashid')).toEqual([]);
  });
  it('reads a word only as written: not symbols from which an article or link was taken off', () => {
    expect(wordReadings({ text: 'rasjid', symbols: read('Rashid') })).toEqual([]);
  });
});

describe('the Italian sch of sk', () => {
  it('is read sk before e and i (Mescherem = Meskerem = መስከረም), beside the German sh, but not the German dsch of j (Hadschi)', () => {
    expect(readingsOf('Mescherem')).toContain(read('Meskerem'));
    expect(compareNames('Mescherem', 'መስከረም').same).toBe(true);
    expect(compareNames('Raschid', 'Rashid').same).toBe(true);
    expect(readingsOf('Hadschi')).toEqual([]);
    expect(readingsOf('Rascha')).not.toContain(read('Raska'));
  });
  it('an sch between vowels is also the s and ch of English spellings (Aschalew = Асчалев = አስቻለው, As-chalew)', () => {
    expect(readingsOf('Aschalew')).toContain(read('Asčalew'));
    expect(compareNames('Aschalew', 'Асчалев').same).toBe(true);
    expect(compareNames('Aschaleu', 'Асчалеу').same).toBe(true);
    // (not at the start of a word, where it is the German sh: Schakir)
    expect(readingsOf('Schakir')).toEqual([]);
    expect(compareNames('Aschalew', 'Asnakew').same).toBe(false);
  });
  it('… and sc before e, i and sci before a, o, u are its sh (Scek, Bascir, Sciarif, Aiscia = Sheikh, Bashir, Sharif, Aisha)', () => {
    expect(readingsOf('Bascir')).toContain(read('Bashir'));
    expect(compareNames('Sciarif', 'Sharif').same).toBe(true);
    // (with the accents of Italian spelling)
    expect(compareNames('Scirè', 'Shire').same).toBe(true);
    expect(compareNames('Aiscia', 'عائشة').same).toBe(true);
    expect(compareNames('Hisciam', 'Hisham').same).toBe(true);
    // (not the German sch, which is its own sh already)
    expect(readingsOf('Schirin')).not.toContain(read('Shhirin'));
  });
  it('a k before sh is also the kh South Asian spellings leave the h out of (Baksh, Rakshanda, Бакш = Bakhsh, Rakhshanda)', () => {
    expect(readingsOf('Baksh')).toContain(read('Bakhsh'));
    expect(readingsOf('Бакш')).toContain(read('Бахш'));
    expect(compareNames('Rakshanda', 'رخشنده').same).toBe(true);
    expect(compareNames('Khuda Baksh', 'Худа Бахш').same).toBe(true);
    expect(compareNames('Allah Baksh', 'Allah Bahš').same).toBe(true);
  });
  it('the Bosnian -ija of a name in -i is read without it, Alija too (Vehbija, Alija = Vehbi, Ali)', () => {
    expect(readingsOf('Alija')).toContain(read('Ali'));
    expect(compareNames('Alija Izetbegović', 'علي عزت بيغوفيتش').same).toBe(true);
  });
});

describe('greekReadings', () => {
  it('reads mp, nt, tz and gk of Greek papers copied into Latin (Tzarant = Jarad, Magkal = Mangal)', () => {
    expect(greekReadings(word('Tzarant'))).toContain(read('Džarad'));
    expect(greekReadings(word('Magkal'))).toContain(read('Mangal'));
    expect(greekReadings(word('Karim'))).toEqual([]);
  });
  it('not in a word with a w, which Greek has no letter for (Tantawy, Tantawi are not Tahtawy, Tahtawi)', () => {
    expect(greekReadings(word('Tantawy'))).toEqual([]);
    expect(compareNames('Tantawy', 'Tahtawy').same).toBe(false);
  });
});

describe('readingConvention', () => {
  it('names the convention that reads a word so, for an explanation', () => {
    expect(readingConvention(word('Rasjid'), read('Rashid'))).toBe('a Dutch spelling');
    expect(readingConvention(word('Mourchid'), read('Mourshid'))).toBe('a French spelling');
    expect(readingConvention(word('Rasjid'), read('Rasid'))).toBeNull();
  });
});

describe('the French di of West African names', () => {
  it('is the j of English spellings before a vowel after n, before a doubled consonant, or before -ane (Diallo = Jallow, Ndiaye, Tidiane = Tijani)', () => {
    expect(readingsOf('Diallo')).toContain(read('Jallo'));
    expect(readingsOf('Ndiaye')).toContain(read('Njaye'));
    expect(readingsOf('Tidiane')).toContain(read('Tijane'));
    expect(readingsOf('Диалло')).toContain(read('Џалло'));
    expect(compareNames('Diallo', 'Jalloh').same).toBe(true);
    expect(compareNames('Mamadou Diallo', 'Mamadu Jallow').same).toBe(true);
    expect(compareNames('Tidiane', 'التيجاني').same).toBe(true);
    // (not a di inside other names, nor a first di before a single consonant: Nadia is not Naja, Diana not Jana)
    expect(readingsOf('Nadia')).toEqual([]);
    expect(readingsOf('Diana')).toEqual([]);
    expect(compareNames('Diab', 'Jab').same).toBe(false);
    expect(compareNames('Diallo', 'Jalal').same).toBe(false);
  });
  it('a Bangladeshi X-ur or X-ul name is also read with its j as z, which Bengali writes with one letter (Mijanur = Mizanur)', () => {
    expect(readingsOf('Mijanur')).toContain(read('Mizanur'));
    expect(compareNames('Mijanur', 'Mizanur').same).toBe(true);
    expect(compareNames('Johurul', 'Zohurul').same).toBe(true);
    // (not a name of another shape, nor one of few consonants)
    expect(readingsOf('Jalal')).toEqual([]);
    expect(readingsOf('Jabbur')).toEqual([]);
  });
  it('the nj of English spellings is n and j, which Slavic and Albanian ones write for ñ (Anjum, Sanjar, Fanjari = انجم, سنجر, فنجري)', () => {
    expect(readingsOf('Fanjari')).toContain(read('Fandžari'));
    expect(readingsOf('Anjum')).toContain(read('Andžum'));
    expect(compareNames('Fanjari', 'Fangari').same).toBe(true);
    expect(compareNames('Sanjar', 'سنجر').same).toBe(true);
    // (the Slavic reading stands: Anja = Ania)
    expect(compareNames('Anja', 'Ania').same).toBe(true);
    expect(readingsOf('Ganji')).toEqual([]);
  });
  it('is the ch of English spellings as the first thi before a vowel (Thierno, Thiam = Cherno, Cham), not the th of Thiab', () => {
    expect(readingsOf('Thierno')).toContain(read('Cherno'));
    expect(compareNames('Thierno Saliou Barry', 'Cherno Saliu Barry').same).toBe(true);
    expect(compareNames('Thiam', 'Cham').same).toBe(true);
    expect(readingsOf('Thiab')).toEqual([]);
    // (nor Thierry, nor the Vietnamese Thien: Nguyen Van Thien is not Nguyen Van Chien)
    expect(readingsOf('Thierry')).not.toContain(read('Cherry'));
    expect(compareNames('Nguyen Van Thien', 'Nguyen Van Chien').same).toBe(false);
    expect(compareNames('Thiab', 'Chab').same).toBe(false);
  });
});

describe('the Greek σ', () => {
  it('is also the sh Greek has no letter for (Αΐσα = Aisha = عائشة, Σαϊμά = شيماء), not the s of ξ', () => {
    expect(compareNames('عائشة', 'Αΐσα').same).toBe(true);
    expect(compareNames('شيماء', 'Σαϊμά').same).toBe(true);
    expect(compareNames('Samir', 'Σαμίρ').same).toBe(true);
    expect(readingsOf('Σαμίρ')).toContain(read('Shamir'));
    // (not the s of ξ, nor in a Greek man's name with the final ς: Κώστας is no Koshtash)
    expect(readingsOf('Αλεξία')).not.toContain('alekcia');
    expect(readingsOf('Κώστας')).toEqual([]);
  });
});

describe('the Albanian y', () => {
  it('is the u of other spellings beside no vowel (Hysen, Sylejman = Husein, Suleiman), not in a word of two or three letters (Sy is no Su)', () => {
    expect(readingsOf('Hysen')).toContain(read('Husen'));
    expect(compareNames('Sylejman', 'Suleiman').same).toBe(true);
    expect(readingsOf('Sy')).toEqual([]);
    expect(compareNames('Sow', 'Sy').same).toBe(false);
  });
});

describe('the Turkic -qulu of the Persian -qoli', () => {
  it('is read -quli in every spelling (Abbaskuli, Аббасгулу, Abbasqulu = عباسقلی; Gurbanguly = Qurbanqulu)', () => {
    expect(readingsOf('Аббасгулу')).toContain(read('Аббаскули'));
    expect(readingsOf('Abbasqulu')).toContain(read('Abbasquli'));
    expect(compareNames('Abbaskuli', 'Аббасгулу').same).toBe(true);
    expect(compareNames('عباسقلی', 'Аббасгулу').same).toBe(true);
    expect(compareNames('Gurbanguly', 'Qurbanqulu').same).toBe(true);
    // (not a word without a name before the ending, nor another second name)
    expect(readingsOf('Gulu')).not.toContain(read('Quli'));
    expect(readingsOf('Abdulqulu')).toContain(read('Abdulquli'));
    expect(compareNames('Abbasqulu', 'Abbasali').same).toBe(false);
    expect(compareNames('Аббасгулу', 'Аббас').same).toBe(false);
  });
});

describe('Arabic-script words', () => {
  it('are read by the conventions their letters show, which an explanation names (پښتنه as northern Pashto)', () => {
    expect(readingConvention(word('پښتنه'), read('پختنه'))).toBe('northern Pashto');
    expect(readingsOf('مهرالنسا').length).toBe(1);
    expect(compareNames('مهرالنسا', 'Mehrunnisa').explanation.pairs[0]!.how).toMatch(/two names joined by their article/);
    expect(readingsOf('محمد')).toEqual([]);
    // (not the al of a name before a Persian suffix: جلالیان is Jalal + -ian)
    expect(readingsOf('جلالیان')).toEqual([]);
  });
});

describe('the Pashto ځ and څ', () => {
  it('ځ is also the j of English spellings of tribe and place names (ځاځي = Jaji = Dzadzai, ځدران = Jadran = Zadran)', () => {
    expect(compareNames('ځاځي', 'Jaji').same).toBe(true);
    expect(compareNames('ځدران', 'Jadran').same).toBe(true);
    expect(compareNames('ځدران', 'Zadran').same).toBe(true);
    expect(compareNames('ځاځي ميدان', 'Jaji Maidan').same).toBe(true);
    expect(compareNames('ځدران', 'Jabran').same).toBe(false);
  });
  it('څ is said ts in the south and s in the north, not only ch (څمکني = Tsamkani = Samkani = Chamkani)', () => {
    expect(compareNames('څمکني', 'Tsamkani').same).toBe(true);
    expect(compareNames('څمکني', 'Samkani').same).toBe(true);
    expect(compareNames('څمکني', 'Chamkani').same).toBe(true);
    expect(compareNames('څمکني', 'Tsakani').same).toBe(false);
    expect(compareNames('څمکني', 'Tamkani').same).toBe(false);
  });
});

describe('a Somali word', () => {
  it('is read with the -a of the Arabic name and with its own last vowel (Xaliimo = حليمة = Halimo = Халимо)', () => {
    expect(readingsOf('Xaliimo')).toContain(read('Xaliimo').slice(0, -1) + 'o');
    expect(compareNames('Xaliimo', 'Halimo').same).toBe(true);
    expect(compareNames('Xaliimo', 'Халимо').same).toBe(true);
    expect(compareNames('Xaliimo', 'حليمة').same).toBe(true);
    expect(compareNames('Xaliimo', 'Salimo').same).toBe(false);
  });
});

describe('a Bulgarian ъ', () => {
  it('is also the short u of English spellings (Бът = Butt = Бут, Джът = Jutt)', () => {
    expect(compareNames('Бът', 'Butt').same).toBe(true);
    expect(compareNames('Бът', 'Бут').same).toBe(true);
    expect(compareNames('Джът', 'Jutt').same).toBe(true);
    expect(readingsOf('Бът')).toContain(read('Бут'));
    // (one syllable only: the ъ of Bulgarian names is theirs, Кънев is not Кунев)
    expect(compareNames('Кънев', 'Кунев').same).toBe(false);
    expect(readingsOf('Кънев')).toEqual([]);
  });
  it('is also the ı of Turkish names, and the i Turks of Bulgaria say (Айдън = Aydın, Йълдъз = Yıldız, Сабър = Sabir)', () => {
    for (const [a, b] of [['Айдън', 'Aydın'], ['Йълдъз', 'Yıldız'], ['Йълдъръм', 'Yıldırım'], ['КЪЛЪЧ Фърат', 'Fırat Kılıç'], ['Сабър', 'Sabir']]) {
      expect(compareNames(a!, b!).same, `${a} / ${b}`).toBe(true);
    }
    expect(readingsOf('Айдън')).toContain(read('Айдын'));
    // (a ъ at the end or before a vowel is no vowel of its own; nor is it ı in a Bulgarian family name: Мънев is not Минев)
    expect(readingsOf('Подъезд')).toEqual([]);
    expect(readingsOf('Дънков')).toEqual([]);
    expect(compareNames('Мънев', 'Минев').same).toBe(false);
  });
});

describe('the Urdu ں of a nasal vowel', () => {
  it('is kept by normalisation and read as its n (میاں = Mian, جہاں = Jahan), not left out: سلطاں is not Sulta, میاں not Maya', () => {
    expect(compareNames('میاں', 'Mian').same).toBe(true);
    expect(compareNames('نور جہاں', 'Noor Jahan').same).toBe(true);
    expect(compareNames('سلطاں', 'Sulta').same).toBe(false);
    expect(compareNames('میاں', 'Maya').same).toBe(false);
    // (nor a man's name in -an against a woman's in -a: فرحاں is Farhan, not Farha)
    expect(compareNames('فرحاں', 'Farha').same).toBe(false);
  });
});

describe('the Turkic -lı of Azerbaijani and Turkish family names', () => {
  it('is the -lou of Persian spellings, after a base of two consonants or more (Aslanlı = Aslanlou = اصلانلو, Асланлы)', () => {
    expect(readingsOf('Aslanlı')).toContain(read('Aslanlou'));
    expect(compareNames('Aslanlı', 'Aslanloo').same).toBe(true);
    expect(compareNames('Асланлы', 'Aslanlou').same).toBe(true);
    expect(compareNames('Aslanli', 'اصلانلو').same).toBe(true);
    // (not the -li of Jamali, nor of Akli)
    expect(readingsOf('Jamali')).toEqual([]);
    expect(readingsOf('Akli')).toEqual([]);
  });
});

describe('a Russian spelling copied into Latin', () => {
  it('writes the h of Г as g, read as Г is where the word shows the copy (Magomed, Gadzhiev, Gasanov = Магомед, Гаджиев, Гасанов)', () => {
    expect(readingsOf('Gasanov')).toContain(read('Гасанов'));
    expect(compareNames('Magomed Isaev', 'Mohammed Isaev').same).toBe(true);
    expect(compareNames('Magomed', 'محمد').same).toBe(true);
    expect(compareNames('Magomed Gadzhiev', 'Mohamed Hadjiev').same).toBe(true);
    expect(compareNames('Gasanov', 'Hasanov').same).toBe(true);
    // (not a g of any other word: Gamal is the Egyptian Jamal, not Hamal; nor Magomed another name)
    expect(readingsOf('Gamal')).toEqual([]);
    expect(compareNames('Magomed', 'Mahmoud').same).toBe(false);
  });
});

describe('a Turkish name typed without its diacritics', () => {
  it('reads its last u after a syllable with u as the nisba -i that ü says (Sukru = Şükrü = شكري, Husnu = Hüsnü = حسني)', () => {
    expect(readingsOf('Sukru')).toContain(read('Sukri'));
    expect(compareNames('Sukru Ozturk', 'Şükrü Öztürk').same).toBe(true);
    expect(compareNames('Sukru', 'Shukri').same).toBe(true);
    expect(compareNames('Husnu', 'حسني').same).toBe(true);
    // (not a word of four letters, nor one with another vowel before: Nuhu, Mamadou)
    expect(readingsOf('Nuhu').includes(read('Nuhi'))).toBe(false);
    expect(readingsOf('Tahiru').includes(read('Tahiri'))).toBe(false);
    // (nor the Turkish -lu of Mutlu, Kutlu)
    expect(readingsOf('Mutlu').includes(read('Mutli'))).toBe(false);
  });
});

describe('Khan as Serbian and Macedonian write it', () => {
  it('Кан, Kan alone is also read Khan, which the lexicon attests for خان (Садик Кан = صادق خان, was 0.72)', () => {
    expect(compareNames('Садик Кан', 'صادق خان').same).toBe(true);
    expect(compareNames('Кан', 'خان').same).toBe(true);
    expect(compareNames('Абдулвахид Кан', 'عبد الواحد خان').same).toBe(true);
    // (Kan alone, as written: not a word that ends so, Erkan)
    expect(readingConvention({ text: 'kan', symbols: wordToSymbols('kan').symbols }, 'xan')).not.toBe(null);
    expect(readingConvention({ text: 'erkan', symbols: wordToSymbols('erkan').symbols }, 'erxan')).toBe(null);
  });
});

describe('a French name', () => {
  it('is also read as French says it, as Cyrillic and Arabic script copy it (Georges = Жорж = جورج, Mireille = Мирей)', () => {
    for (const [a, b] of [['Georges', 'Жорж'], ['Georges', 'جورج'], ['Georgette', 'Жоржет'], ['Jacqueline', 'Жаклин'], ['Mireille', 'Мирей'],
      ['Raymond', 'Раймон'], ['Edmond', 'Эдмон'], ['Joseph', 'Жозеф'], ['Antoinette', 'Antwanet'], ['Thérèse', 'Teriz'], ['Yvonne', 'Ivon']]) {
      expect(compareNames(a!, b!).same, `${a} / ${b}`).toBe(true);
    }
    expect(readingsOf('Georges')).toContain(read('Žorž'));
    // (… and the commonest such names, whose letters show no French spelling: Charles = Шарль, Jean = Жан, Claude = Клод)
    for (const [a, b] of [['Charles', 'Шарль'], ['Jean', 'Žan'], ['Claude', 'Клод'], ['Henri', 'Анри'], ['Pierre', 'Pjer']]) {
      expect(compareNames(a!, b!).same, `${a} / ${b}`).toBe(true);
    }
    expect(compareNames('Jean', 'Jana').same).toBe(false);
    // (not Roger, whose Rože would read as the women's Roza, Ruža)
    expect(compareNames('Roger', 'Роза').same).toBe(false);
  });
  it('only where French spelling marks it: not by the ç Turkish writes (Elçin), nor a last é, ès said (Saadé = سعادة, Abbès = عباس)', () => {
    expect(compareNames('Elçin', 'Elşən').same).toBe(false);
    expect(readingsOf('Elçin')).toEqual([]);
    expect(compareNames('Saadé', 'Saad').same).toBe(false);
    expect(compareNames('Abbès', 'Abu').same).toBe(false);
    expect(compareNames('Eddé', 'Eid').same).toBe(false);
    expect(readingsOf('Farès')).toEqual([]);
    // (nor the ê of Kurmanji: Xecê is not Xec)
    expect(readingsOf('Xecê')).toEqual([]);
    // (an é before another vowel marks it: Gérard Haddad = Жерар Хаддад, Josée = Жозе)
    expect(compareNames('Gérard Haddad', 'Жерар Хаддад').same).toBe(true);
    expect(compareNames('Josée', 'Жозе').same).toBe(true);
  });
});

describe('a Moroccan French rh and the silent waw of Persian خوا', () => {
  it('rh before a vowel is also the gh of غ (Ouardirhi = Wardighi = ورديغي, Amrhar = Amghar)', () => {
    expect(compareNames('OUARDIRHI', 'Wardighi').same).toBe(true);
    expect(compareNames('Amrhar', 'أمغار').same).toBe(true);
    expect(compareNames('Rharbi', 'Gharbi').same).toBe(true);
    // (the gh is still a letter of the name: Rharbi is not Harbi = حربي)
    expect(compareNames('Rharbi', 'Harbi').same).toBe(false);
  });
  it('خو before ا or ی is also read without its waw (خویشگی = Kheshgi, خواجه = Khaja)', () => {
    expect(compareNames('خویشگی', 'Kheshgi').same).toBe(true);
    expect(compareNames('خواجه', 'Khaja').same).toBe(true);
    expect(compareNames('خواجه', 'خاور').same).toBe(false);
    // (only the Persian stems: the waw of an Arabic خوا, خوی is said, Khawaldeh is not Khalida)
    expect(compareNames('خوانساری', 'Khansari').same).toBe(true);
    expect(compareNames('خوافی', 'Khafi').same).toBe(true);
    expect(compareNames('خوالدة', 'خالدة').same).toBe(false);
    expect(compareNames('خويطر', 'خيطر').same).toBe(false);
  });
});

describe('the Turkish -çi of a trade name in Arabic script', () => {
  it('-جي is also read -chi, as Iraqi Arabic says it (قهوجي = Kahwachi, Qahwaji; طوبجي = Topchi)', () => {
    expect(compareNames('قهوجي', 'Kahwachi').same).toBe(true);
    expect(compareNames('قهوجي', 'Qahwaji').same).toBe(true);
    expect(compareNames('طوبجي', 'Topchi').same).toBe(true);
  });
  it('the reading begins as the word is written: a vowel before its first letter costs as it does against the word', () => {
    expect(compareNames('Atraqchi', 'طرقجي').score).toBeCloseTo(compareNames('Atraqchi', 'طرقچي').score, 2);
  });
});

describe('an Armenian family name in Latin or Cyrillic letters', () => {
  it('is read with its stops voiceless and without a first h, as Western, Eastern and Russian spellings meet', () => {
    expect(compareNames('Agopian', 'Hakobyan').same).toBe(true);
    expect(compareNames('Kasbarian', 'Гаспарян').same).toBe(true);
    expect(compareNames('Der Bedrossian', 'Ter-Petrosyan').same).toBe(true);
  });
  it('not a name without the Armenian ending, nor two names with other letters', () => {
    expect(readingsOf('Bagheri')).toEqual([]);
    expect(compareNames('Kasbarian', 'Kazarian').same).toBe(false);
  });
  it('is the same family only where the names before -ian, -yan are one (Ghazaryan is not Nazaryan, جلالیان not جلیلیان)', () => {
    expect(compareNames('Ghazaryan', 'Nazaryan').same).toBe(false);
    expect(compareNames('جلالیان', 'جلیلیان').same).toBe(false);
    expect(compareNames('Amiryan', 'Amirijan').same).toBe(true);
    expect(compareNames('Hovsepian', 'Hovsepyan').same).toBe(true);
  });
});

describe('the Egyptian -ea of the -iʿ of ربيع, نافع', () => {
  it('is read as the -i with its ayn, alone and as the divine name of an Abd- written apart', () => {
    expect(compareNames('Nafea', 'نافع').same).toBe(true);
    expect(compareNames('Badea', 'Badie').same).toBe(true);
    expect(compareNames('Abdel Shafea', 'Abdelshafi').same).toBe(true);
    expect(compareNames('Abdel Shafea', 'عبد الشافع').same).toBe(true);
  });
  it('only after a vowel and a consonant: Andrea is no Andri', () => {
    expect(readingsOf('Andrea')).toEqual([]);
    expect(compareNames('Nafea', 'Nafis').same).toBe(false);
  });
});

describe('the Turkish -lu, -lü of a family named after its town', () => {
  it('is the Arabic nisba of the Turkmen of Iraq (Kerküklü = Al-Karkuki = الكركوكي), after u or o as Turkish harmony has it', () => {
    expect(compareNames('Kerküklü', 'الكركوكي').same).toBe(true);
    expect(compareNames('Dakuklu', 'Al-Daquqi').same).toBe(true);
    expect(readingsOf('Gharakhanlu')).not.toContain(read('Gharakhani'));
    expect(readingsOf('Mutlu')).not.toContain(read('Muti'));
  });
});

describe('يحيى written with one ya', () => {
  it('is the name as Egyptian and Sudanese papers write it (يحي = Yahia = Yehia = يحيى)', () => {
    expect(compareNames('يحي', 'Yahia').same).toBe(true);
    expect(compareNames('يوسف يحي عبدالله', 'Youssef Yehia Abdallah').same).toBe(true);
    expect(readingsOf('يحي')).toContain(read('يحيى'));
  });
});

describe('طه, the two letters Ṭā and Hā', () => {
  it('is said Taha, as Persian, Urdu and Kurdish write it (طه = طاها = Taha), and no other name', () => {
    expect(compareNames('طه', 'طاها').same).toBe(true);
    expect(compareNames('طه ياسين رمضان', 'طاها یاسین رمضان').same).toBe(true);
    expect(readingsOf('طه')).toContain(read('طاها'));
    expect(compareNames('طه', 'طلحة').same).toBe(false);
  });
});

describe('French names in -therine, -yse', () => {
  it('are read as French says them (Catherine = Katrin = Кэтрин, Maryse = Mariz = Мариз)', () => {
    expect(compareNames('Catherine', 'Katrin').same).toBe(true);
    expect(compareNames('Catherine', 'Кэтрин').same).toBe(true);
    expect(compareNames('Maryse', 'Mariz').same).toBe(true);
    expect(compareNames('Maryse', 'Мариз').same).toBe(true);
    // (not the Turkish women's -ise: Nafise is not Nafiz, Enise not Enis)
    expect(readingsOf('Nafise')).not.toContain(read('Nafiz'));
    expect(readingsOf('Enise')).not.toContain(read('Eniz'));
  });
});

describe('the Moroccan article L- glued before a consonant', () => {
  it('is also read without it, as a spelling without the article has it (Lfassi = Fassi = الفاسي, Lbakkali = Bakkali)', () => {
    expect(compareNames('Lfassi', 'Fassi').same).toBe(true);
    expect(compareNames('Lbakkali', 'Bakkali').same).toBe(true);
    expect(compareNames('Lhachimi', 'Hachimi').same).toBe(true);
    expect(compareNames('Lfassi', 'الفاسي').same).toBe(true);
    // (not the Slavic lj, ly, nor a name of three letters after it; nor before a sun letter, where the l is the name's own:
    // Ltaief is not Taief)
    expect(readingsOf('Ljubica')).not.toContain(read('jubica'));
    expect(readingsOf('Ltaief')).not.toContain(read('Taief'));
    expect(readingsOf('Lkas')).not.toContain(read('kas'));
    expect(compareNames('Lfassi', 'Fassih').score).toBeLessThan(compareNames('Lfassi', 'Fassi').score);
  });
});

describe('a Dagestani or Chechen woman\'s name in -ат', () => {
  it('is also read with the -а of the Arabic name (Аминат = Амина = Amina, Халимат = Халима, Айшат = Айша)', () => {
    expect(compareNames('Аминат', 'Амина').same).toBe(true);
    expect(compareNames('Аминат', 'Amina').same).toBe(true);
    expect(compareNames('Халимат', 'Халима').same).toBe(true);
    expect(compareNames('Айшат', 'Айша').same).toBe(true);
    // (a woman's name still: Муслимат is not Муслим, Аминат not Амин; nor after two consonants: Рахмат is not Рахма)
    expect(compareNames('Муслимат', 'Муслим').same).toBe(false);
    expect(compareNames('Аминат', 'Амин').same).toBe(false);
    expect(readingsOf('Рахмат')).not.toContain(read('Рахма'));
    // (nor the men's names of two syllables: Ринат is not Рина, Ренат Мамедов not Rena Mamedova)
    expect(readingsOf('Ринат')).not.toContain(read('Рина'));
    expect(compareNames('Ренат Мамедов', 'Rena Mamedova').same).toBe(false);
  });
  it('… and in the Latin letters of the same papers, after an i (Aminat Gadzhieva = Amina Gadzhieva, Khadizhat = Khadija)', () => {
    expect(compareNames('Aminat Gadzhieva', 'Amina Gadzhieva').same).toBe(true);
    expect(compareNames('Aishat Umarova', 'Aisha Umarova').same).toBe(true);
    expect(compareNames('Khadizhat', 'Khadija').same).toBe(true);
    expect(compareNames('Aminat', 'Amin').same).toBe(false);
    // (not the -at of an Arabic plural in Urdu and Bengali names, Hasanat, Karamat = حسنات, کرامات, which is another word)
    expect(readingsOf('Hasanat')).not.toContain(read('Hasana'));
    expect(compareNames('Karamat', 'Karama').same).toBe(false);
  });
});

describe('the -chi of a trade name in Latin or Cyrillic letters', () => {
  it('is also read -ji, as the Levant says what Iraq says -chi (Sharbatchi = Шарбатджи = شربتجي, Naftchi = Naftçi)', () => {
    expect(compareNames('Sharbatchi', 'Шарбатджи').same).toBe(true);
    expect(compareNames('Sharbatchi', 'Šarbatdži').same).toBe(true);
    expect(compareNames('Kahwachi', 'Kahwaji').same).toBe(true);
    expect(compareNames('Naftchi', 'Naftçi').same).toBe(true);
  });
  it('… after a word of four letters or more only', () => {
    expect(readingsOf('Sharbatchi')).toContain(read('Sharbatji'));
    expect(readingsOf('Machi')).not.toContain(read('Maji'));
  });
});
