import { describe, expect, it } from 'vitest';
import { compareNames, SAME_NAME_THRESHOLD, tokenKeys } from './index';
import { normalizeName } from './normalize';
import { parseName } from './structure';

const units = (name: string): [string, string, boolean][] =>
  parseName(normalizeName(name)).units.map((u) => [u.kind, u.symbols, u.article]);

describe('name structure', () => {
  it('X-uddin joined: Latin with a link vowel u/e/o, Arabic script with the article', () => {
    expect(units('Salahuddin')[0]![0]).toBe('din-compound');
    expect(units('Nasreddin')[0]![0]).toBe('din-compound');
    expect(units('نصرالدين')[0]![0]).toBe('din-compound');
    expect(units('صلاح الدين')[0]![0]).toBe('din-compound');
  });
  it('X-uddin written apart, the Uddin in a French spelling too (Djachim Ouddine = Jashim Uddin)', () => {
    expect(units('Djachim Ouddine').map((u) => u[0])).toEqual(['din-compound']);
    expect(compareNames('Jasim Ouddine', 'Jasimuddin').same).toBe(true);
  });
  it('X-aldin joined after a long vowel or diphthong (Nouraldin, Saifaldeen); after a short a the al may end the name (Jamaldin)', () => {
    expect(units('Nouraldin')[0]![0]).toBe('din-compound');
    expect(units('Saifaldeen')[0]![0]).toBe('din-compound');
    expect(compareNames('ALSAQQA NOURALDIN KHAIRALLAH', 'Nour al-Din Khair Allah Al-Saqqa').same).toBe(true);
    expect(units('Jamaldin')[0]![0]).toBe('din-compound');
    expect(compareNames('Jamaldin', 'Jamal al-Din').same).toBe(true);
  });
  it('X-uddin joined with the d doubled: a short base (Izz), a base ending in its hamza (Alaa), link i or a', () => {
    for (const [joined, apart] of [['Izzeddine', 'عز الدين'], ['Ezzedine', 'عز الدين'], ['Ezzeldin', 'عز الدين'], ['Alaeddin', 'علاء الدين'],
      ['Bahaeddin', 'بهاء الدين'], ['Nuriddin', 'نور الدين'], ['Nuraddin', 'نور الدين'], ['علاءالدين', 'علاء الدين']]) {
      expect(units(joined!)[0]![0], joined).toBe('din-compound');
      expect(compareNames(joined!, apart!).same, `${joined} = ${apart}`).toBe(true);
    }
    expect(compareNames('Izzeddine', 'Izz al-Din').same).toBe(true);
    // Cyrillic doubles the d too (Иззеддин), and Bosnian links a short base with u and one d (Izudin)
    for (const t of ['Иззеддин', 'Izudin', 'Изудин']) expect(compareNames(t, 'عز الدين').same, t).toBe(true);
    // … or e (Macedonian Езедин), and a base ending in i with u or e (Mohiudin, Takiedin = محي الدين, تقي الدين)
    expect(compareNames('Езедин', 'عز الدين').same).toBe(true);
    expect(compareNames('Takiedin', 'تقي الدين').same).toBe(true);
    expect(compareNames('Мохиудин', 'محي الدين').same).toBe(true);
    expect(units('Takiedin')[0]![0]).toBe('din-compound');
    // (and the Turkish tt right after the i: Muhittin = محيي الدين)
    expect(units('Muhittin')[0]![0]).toBe('din-compound');
    expect(compareNames('Muhittin', 'محيي الدين').same).toBe(true);
    expect(units('Edin')[0]![0]).toBe('name');
    expect(units('Medin')[0]![0]).toBe('name');
    expect(compareNames('Nuriddin', 'Nureddin').same).toBe(true);
    expect(compareNames('Izzeddine', 'Nuriddin').same).toBe(false);
  });
  it('X-addin: the a after a base of one consonant links it when that consonant is doubled or may end the name (Ezzadin, Ezadin = عز الدين; Aladdin, Aladin = علاء الدين)', () => {
    for (const t of ['Ezzadin', 'Izzadin', 'Ezadin']) expect(compareNames(t, 'عزالدين').same, t).toBe(true);
    expect(compareNames('Saeed Ezzadin Khairo', 'سعيد عزالدين خيرو').same).toBe(true);
    expect(compareNames('Aladdin', 'علاء الدين').same).toBe(true);
    expect(compareNames('Aladin', 'علاء الدين').same).toBe(true);
    expect(compareNames('Ezadin', 'علاء الدين').same).toBe(false);
    expect(compareNames('Aladin', 'عز الدين').same).toBe(false);
  });
  it('… and with the e of French and Cyrillic spellings after Ala and Izz (Alaedine, Алаедин = علاء الدين; Ezedine, Izedin = عز الدين)', () => {
    for (const [a, b] of [['Alaedine', 'علاء الدين'], ['Алаедин', 'Alaa Eddine'], ['Ezedine', 'عز الدين'], ['Izedin', 'Izz al-Din']]) {
      expect(units(a!)[0]![0], a).toBe('din-compound');
      expect(compareNames(a!, b!).same, `${a} / ${b}`).toBe(true);
    }
    expect(compareNames('Alaedine', 'Ezedine').same).toBe(false);
    // (not the Abidin of Abedine, nor Claudine)
    expect(units('Abedine')[0]![0]).toBe('name');
    expect(units('Claudine')[0]![0]).toBe('name');
  });
  it('X-edin of Sorani, its ە the article\'s vowel, after a base of two consonants (نەجمەدین = Necmedîn = Najmadin; عیزەدین)', () => {
    expect(units('نەجمەدین')[0]![0]).toBe('din-compound');
    expect(compareNames('نەجمەدین', 'Necmedîn').same).toBe(true);
    // (… against a spelling whose letters read the same as one name, not a compound: Najmadin, Nuradin)
    expect(compareNames('نەجمەدین', 'Najmadin').same).toBe(true);
    expect(compareNames('نوورەدین', 'Нураддин').same).toBe(true);
    expect(compareNames('عیززەدین', 'عیزەدین').same).toBe(true);
    expect(compareNames('جەمالەدین', 'کەمالەدین').same).toBe(false);
    // (not the Abidin of عابەدین, an ayn and one consonant)
    expect(units('عابەدین')[0]![0]).toBe('name');
  });
  it('X-din joined with no link after a long vowel or diphthong and a consonant, as Maghrebi French spellings write it (Nourdine, Kheirdine; not Geraldine)', () => {
    expect(compareNames('Nourdine', 'نور الدين').same).toBe(true);
    expect(compareNames('Kheirdine', 'خير الدين').same).toBe(true);
    // (and the td Uzbek, Tajik and Russian spellings write for the dd: Zaynitdin, Фахритдин = Zayniddin, Фахриддин)
    expect(units('Zaynitdin')[0]![0]).toBe('din-compound');
    expect(compareNames('Zaynitdin Yusupov', 'Zayniddin Yusupov').same).toBe(true);
    expect(compareNames('Фахритдин Косимов', 'Фахриддин Қосимов').same).toBe(true);
    expect(compareNames('Nuritdin', 'نور الدين').same).toBe(true);
    // (and the i link and single d after a base of two consonants: Sadridin, Шамсидин = Sadriddin, شمس الدين, whose base
    // then tells it from Badridin; not Abidin, Muhidin)
    expect(units('Sadridin')[0]![0]).toBe('din-compound');
    expect(compareNames('Шамсидин', 'شمس الدين').same).toBe(true);
    expect(compareNames('Садридин', 'Бадридин').same).toBe(false);
    expect(units('Abidin')[0]![0]).toBe('name');
    // (and the link al after a short vowel as Sudanese spellings join it, Salahaldin = Salah Eldin, whose al may also be
    // the base's, Jamaldin = جمال الدين; the long a of Bahaaldin the base's too; not French Geraldine)
    expect(compareNames('Salahaldin', 'Salah Eldin').same).toBe(true);
    expect(compareNames('Jamaldin', 'جمال الدين').same).toBe(true);
    expect(compareNames('Bahaaldin', 'Bahaa Eldin').same).toBe(true);
    expect(compareNames('Shamsaldin', 'Shams Eldin').same).toBe(true);
    expect(compareNames('Shamsaldin', 'Badraldin').same).toBe(false);
    expect(units('Geraldin')[0]![0]).toBe('name');
    expect(units('Ronaldin')[0]![0]).toBe('name');
    expect(compareNames('Džamaldin', 'Džalaldin').same).toBe(false);
    // (and after the o French spellings write for ou: Nordine = Nour-Eddine)
    expect(compareNames('Nordine', 'نور الدين').same).toBe(true);
    expect(compareNames('Nordine', 'Noureddine').same).toBe(true);
    expect(units('Geraldine')[0]![0]).toBe('name');
    expect(units('Claudine')[0]![0]).toBe('name');
  });
  it('a family name in -adin / ادين is not an -uddin compound: Haddadin, الحدادين', () => {
    expect(units('Haddadin')[0]![0]).toBe('name');
    expect(units('الحدادين')[0]![0]).toBe('name');
    expect(units('Claudine')[0]![0]).toBe('name');
    // a t before -in(e) is the Turkish devoiced d only where it is written dt or tt (Nurettin), not in Башутине
    expect(units('Башутине')[0]![0]).toBe('name');
    expect(units('Nadine')[0]![0]).toBe('name');
  });
  it('the final h of Allah may be left out (Abdulla), the h of Salah (صلاح) may not', () => {
    expect(units('Salah')[0]![1]).toBe('salah');
    expect(units('Habibulla')[0]![1]).toBe(units('Habibullah')[0]![1]);
  });
});

describe('the glued Arabic article', () => {
  it('ال before ل keeps the name its own l (اللطيف = Latif, اللبان = Al-Labban)', () => {
    expect(units('اللطيف')[0]).toEqual(['name', units('لطيف')[0]![1], true]);
    expect(compareNames('اللطيف', 'Latif').same).toBe(true);
    expect(compareNames('اللبان', 'Al-Labban').same).toBe(true);
  });
  it('Maghrebi spellings write it as a bare l joined to the name (Larbi, Lakhdar, Lamine, Lahsen)', () => {
    expect(compareNames('العربي', 'Larbi').same).toBe(true);
    expect(compareNames('الأخضر', 'Lakhdar').same).toBe(true);
    expect(compareNames('الأمين', 'Lamine').same).toBe(true);
    expect(compareNames('الحسن', 'Lahsen').same).toBe(true);
    expect(compareNames('العماري', 'Lamari').same).toBe(true);
  });
  it('… before a and one consonant too, and before the French ou of a w (Lassaad, Lazhar, Lakhal, Louardi)', () => {
    for (const [a, b] of [['Lassaad', 'Al-As\'ad'], ['Lazhar', 'El Azhar'], ['Lakhal', 'الأكحل'], ['Ларуси', 'Al-Arusi'], ['Louardi', 'El Ouardi'],
      ['Луарди', 'الوردي'], ['Lassoued', 'El Aswad']]) expect(compareNames(a!, b!).same, `${a} / ${b}`).toBe(true);
    // (only against a name written with the article: Lassaad is not Saad, Lamia not Al-Amin)
    for (const [a, b] of [['Lassaad', 'Saad'], ['Lassaad', 'أسعد'], ['Lamia', 'Al-Amin'], ['Lazhar', 'Zahra']]) {
      expect(compareNames(a!, b!).same, `${a} / ${b}`).toBe(false);
    }
  });
  it('the l is read as the article only where the Arabic spelling has one', () => {
    expect(compareNames('عربي', 'Larbi').score).toBeLessThan(SAME_NAME_THRESHOLD);
    expect(compareNames('الحبيب', 'Lahbib').score).toBeGreaterThan(compareNames('حبيب', 'Lahbib').score);
    // (Lahsen, the Moroccan al-Hasan, is read as Hasan too: name-forms.ts)
  });
  it('… and Arabic-script copies of Maghrebi names too, before a name of three consonants (لمرابط = المرابط; not لبنى)', () => {
    expect(compareNames('أنس لمرابط', 'انس المرابط').same).toBe(true);
    expect(compareNames('لخضري', 'Al-Akhdari').same).toBe(true);
    expect(compareNames('لبنى', 'البنا').same).toBe(false);
  });
});

describe('Tajik -ulloh, -ulloҳ', () => {
  it('is Allah (Абдуллоҳ = Abdullah = عبدالله, Раҳматуллоҳ = رحمت‌الله)', () => {
    expect(compareNames('Абдуллоҳ', 'Abdullah').same).toBe(true);
    expect(compareNames('Абдуллоҳ', 'عبدالله').same).toBe(true);
    expect(compareNames('Раҳматуллоҳ', 'رحمت‌الله').same).toBe(true);
  });
});

describe('Abu, Umm + an Abd- name', () => {
  it('is one kunya with the whole compound, written apart or joined (أم عبد الله = Umm Abdullah, Oum Abderrahmane)', () => {
    for (const [a, b] of [['أم عبد الله', 'Umm Abdullah'], ['ابو عبد الله', 'Abu Abdallah'], ['أم عبد الرحمن', 'Oum Abderrahmane'],
      ['Umm Abdul Rahman', 'Om Abdulrahman'], ['Ум Абдулрахман', 'أم عبد الرحمن'], ['أم عبد الكريم', 'Umm Abdulkarim']]) {
      expect(compareNames(a!, b!).same, `${a} / ${b}`).toBe(true);
    }
    expect(units('أم عبد الله')).toHaveLength(1);
    // (the divine names must agree, and the Abd is part of the son's name: Umm Abdulrahman is not Umm Abdulrahim, Abu
    // Abdulrahman not Abu Rahman)
    for (const [a, b] of [['Umm Abdulrahman', 'Umm Abdulrahim'], ['ابو عبدالله', 'ابو عبدالرحمن'], ['Abu Abdulrahman', 'Abu Rahman']]) {
      expect(compareNames(a!, b!).same, `${a} / ${b}`).toBe(false);
    }
  });
});

describe('Abu + article written as one word', () => {
  it('is a kunya unit like Abu al-X written apart (Abolfazl, Abulhassan, ابوالفضل, ابوالقاسم)', () => {
    expect(units('Abolfazl')[0]![0]).toBe('abu');
    expect(units('ابوالفضل')[0]![0]).toBe('abu');
    expect(compareNames('ابوالفضل', 'Abolfazl').same).toBe(true);
    expect(compareNames('ابوالفضل', 'Abul Fazl').same).toBe(true);
    expect(compareNames('ابوالقاسم', 'Abolghasem').same).toBe(true);
    expect(compareNames('Abulhassan', 'Abu al-Hasan').same).toBe(true);
    // (… and the French ou, written apart: Aboul Fotouh = أبو الفتوح)
    expect(compareNames('Aboul Fotouh', 'أبو الفتوح').same).toBe(true);
    expect(compareNames('Aboul Fotouh', 'Abu al-Futuh').same).toBe(true);
    expect(compareNames('Aboul Kheir', 'أبو الخير').same).toBe(true);
    expect(compareNames('Aboul Kheir', 'أبو الفتوح').same).toBe(false);
    // (Sudanese spellings write the article's vowel: Abualgasim = Aboulgassim)
    expect(units('Abualgasim')[0]![0]).toBe('abu');
    expect(compareNames('Abualgasim Hamid', 'Aboulgassim Hamid').same).toBe(true);
  });
  it('or Abu + a name that begins with l, before a vowel (Abulibdeh = Abu Libdeh = أبو لبدة)', () => {
    expect(compareNames('ABULIBDEH Hamza', 'Hamza Abu Libde').same).toBe(true);
    expect(compareNames('Abulibdeh', 'أبو لبدة').same).toBe(true);
    expect(compareNames('Abulibdeh', 'Abu Lahia').same).toBe(false);
  });
  it('not a name that only begins with those letters (Abla = عبلة)', () => {
    expect(units('Abla')[0]![0]).toBe('name');
    expect(compareNames('Abolfazl', 'Abolghasem').same).toBe(false);
  });
});

describe('particles in every spelling', () => {
  it('bin/binu is recognised whatever a spelling writes long (Бину, Beenou)', () => {
    const lineage = (name: string): boolean => parseName(normalizeName(name)).lineageMarker;
    expect(lineage('Ahmad Binu Ali')).toBe(true);
    expect(lineage('Ахмад Бину Али')).toBe(true);
    expect(lineage('Ahmad Beenou Ali')).toBe(true);
  });
});

describe('Somali Abd- compounds', () => {
  it('Abd and the divine name linked with i are one unit (Abdirashid, Abdiqadir, Abdiwali)', () => {
    expect(units('Abdirashid')[0]![0]).toBe('abd');
    expect(compareNames('Abdirashid', 'عبد الرشيد').same).toBe(true);
    expect(compareNames('Abdiqadir', 'Abdulkadir').same).toBe(true);
    expect(compareNames('Abdiwali', 'Абдулвали').same).toBe(true);
  });
  it('… and before a name that begins with its ayn (Abdiaziz = Cabdicasiis = عبد العزيز; not Abdiel, Abdi Ali)', () => {
    expect(units('Abdiaziz')[0]![0]).toBe('abd');
    expect(compareNames('Abdiaziz', 'عبد العزيز').same).toBe(true);
    expect(compareNames('Abdiaziz Faisal Adan', 'Cabdicasiis Faysal Aadan').same).toBe(true);
    expect(units('Abdiel')[0]![0]).toBe('name');
    expect(units('Abdiali')[0]![0]).toBe('name');
  });
  it('… and the Somali n of a final m after a long vowel, where the divine name has m (Cabdisalaan = Abdisalam; Cabdiraxmaan keeps its n)', () => {
    expect(compareNames('Cabdisalaan', 'Abdisalam').same).toBe(true);
    expect(compareNames('Cabdisalaan', 'عبد السلام').same).toBe(true);
    expect(compareNames('Cabdisalaan Cumar Ducaale', 'Abdisalam Omar Dualeh').same).toBe(true);
    expect(compareNames('Cabdiraxmaan', 'Abdirahman').same).toBe(true);
    expect(compareNames('Cabdisalaan', 'Abdisalah').same).toBe(false);
  });
  it('… and the Albanian Abdyl, the article after the i (Abdylkadir = Abdulkadir = عبد القادر)', () => {
    expect(units('Abdylkadir')[0]).toEqual(units('Abdulkadir')[0]);
    expect(compareNames('Abdylkadir', 'عبد القادر').same).toBe(true);
  });
  it('with the ayn written c (Cabdiqaadir = Abdelkader)', () => {
    expect(units('Cabdiqaadir')[0]![0]).toBe('abd');
    expect(compareNames('Cabdiqaadir', 'Abdelkader').same).toBe(true);
  });
  it('not before a name of one consonant: Abdin, Abdiel are names', () => {
    expect(units('Abdin')[0]![0]).toBe('name');
    expect(units('Abdiel')[0]![0]).toBe('name');
  });
});

describe('the article glued to a Latin name that begins with a vowel', () => {
  it('al-/el- before a, o, u is read as the article (Alomari = Al-Omari, Alansari = الأنصاري)', () => {
    expect(units('Alomari')[0]).toEqual(['name', units('Omari')[0]![1], true]);
    expect(compareNames('Alomari', 'Al-Omari').same).toBe(true);
    expect(compareNames('Alansari', 'الأنصاري').same).toBe(true);
    expect(compareNames('Эламрани', 'Al-Amrani').same).toBe(true);
  });
  it('not before e or i (Alexander, Elisabeth, Alireza)', () => {
    expect(units('Alexander')[0]![2]).toBe(false);
    expect(units('Elisabeth')[0]![2]).toBe(false);
    expect(units('Alireza')[0]![2]).toBe(false);
  });
  it('… nor after an article written apart, whose al is the name\'s own (El Alami = Lalami = العلمي, not Ami)', () => {
    expect(compareNames('El Alami', 'Ami').same).toBe(false);
    expect(compareNames('Lalami', 'El Alami').same).toBe(true);
    expect(compareNames('Mohamed Lalaoui', 'Mohamed El Alaoui').same).toBe(true);
    expect(compareNames('El Alami', 'العلمي').same).toBe(true);
  });
});

describe('Abd before a nisba: the name Abd, then a family name', () => {
  it('no divine name is a nisba but those Abd- takes (Abd al-Alwani = عبد العلواني: Abed, then Al-Alwani)', () => {
    expect(units('Nadiya Khalaf Abd Al-Alwani').map((u) => u[0])).toEqual(['name', 'name', 'name', 'name']);
    expect(compareNames('Nadiya Khalaf Abd Al-Alwani', 'Nadija Halaf Abed Alvani').same).toBe(true);
    expect(compareNames('نادية خلف عبد العلواني', 'Надија Халаф Абед Ал Алвани').same).toBe(true);
  });
  it('… but Abd al-Hadi, Abd al-Mahdi, Abd al-Muti are compounds (عبد المهدي = Abdulmahdi)', () => {
    expect(units('Abd al-Mahdi')[0]![0]).toBe('abd');
    expect(compareNames('عبد المهدي', 'Abdulmahdi').same).toBe(true);
    expect(compareNames('Abdel Moati', 'Abdulmuti').same).toBe(true);
    expect(units('Abd al-Hadi')[0]![0]).toBe('abd');
  });
});

describe('Abdo, Abdu, عبده: a name of its own', () => {
  it('before a name that no Abd- compound ends in, two names (Abdo Qaid Al-Sharabi = Abduh Qaed Sharabi = عبده قائد الشرعبي)', () => {
    expect(units('Abdo Qaid Sharabi').map((u) => u[0])).toEqual(['name', 'name', 'name']);
    expect(units('عبده قائد').map((u) => u[0])).toEqual(['name', 'name']);
    expect(compareNames('Abdo Qaid Al-Sharabi', 'Abduh Qaed Sharabi').same).toBe(true);
    expect(compareNames('عبده قائد الشرعبي', 'Abduh Qaed Sharabi').same).toBe(true);
    expect(compareNames('Abdo Qaid Al-Sharabi', 'Abdo Qaid Al-Sharafi').same).toBe(false);
    // … also before a name that shares the consonants of a divine name (Ahmed, not Hamid), or after an article (Al-Saif)
    expect(compareNames('Abdo Ahmed Qaid', 'Abduh Ahmed Qaid').same).toBe(true);
    expect(units('Hisham Abdo Al-Saif').map((u) => u[0])).toEqual(['name', 'name', 'name']);
  });
  it('before Ali, Hussein, Hassan, Nabi, also two names: the father Abdo, the grandfather Nabi, whom a list leaves out (Ruken Abdo Nabi = روكن عبدو)', () => {
    expect(compareNames('Ruken Abdo Nabi', 'روكن عبدو').same).toBe(true);
    expect(compareNames('روكن عبدو نبي', 'روكن عبدو').same).toBe(true);
    expect(compareNames('Рукен Абдо Наби', 'Ruken Abdo').same).toBe(true);
    expect(compareNames('Ruken Abdo Nabi', 'Abdulnabi').same).toBe(false);
    expect(compareNames('Abdo Nabi', 'Abdulnabi').same).toBe(true);
    // (but not before a divine name only Abd- takes: Abdu Rahman Ali is Abdurrahman, son of Ali, not Abdu, son of Ali)
    expect(compareNames('Abdu Rahman Ali', 'Abdu Ali').same).toBe(false);
    expect(compareNames('Abdul Nabi Karimi', 'Abdo Karimi').same).toBe(false);
    // (the Abdo before a divine name stays its compound in that reading: Abdulrahman, son of Abdo, son of Nabi)
    expect(compareNames('Abdo Rahman Abdo Nabi', 'Abdo Rahman Abdo').same).toBe(true);
    expect(compareNames('Abdo Rahman Abdo Ali', 'Abdo Abdo').same).toBe(false);
  });
  it('before a divine name, the Abd- compound (Abdo Rahman = Abdou Salam = عبد السلام, Abdu Rabbo = عبد ربه)', () => {
    expect(units('Abdo Rahman')[0]![0]).toBe('abd');
    expect(compareNames('Abdo Rahman', 'عبد الرحمن').same).toBe(true);
    expect(compareNames('Abdou Salam', 'عبد السلام').same).toBe(true);
    expect(compareNames('Abdu Rabbo', 'عبد ربه').same).toBe(true);
    // (the ه of عبد ربه is the pronoun -uh, servant of his Lord: Abed Rabu, Abdrabuh, Абд Рабу)
    expect(compareNames('عبد ربه', 'Abed Rabu').same).toBe(true);
    expect(compareNames('عبد ربه', 'Abdrabuh').same).toBe(true);
    expect(compareNames('عبد ربه منصور هادي', 'Абд Рабу Мансур Хади').same).toBe(true);
    expect(compareNames('Abdo Moneim Hassan', 'Abdel Moneim Hassan').same).toBe(true);
    expect(compareNames('Abdo Moneim Hassan', 'عبد المنعم حسن').same).toBe(true);
  });
  it('before an honorific, two names: the honorific is the next name\'s (Adnan Abdo Hadj Omar = HAJ OMAR Adnan Abdo)', () => {
    expect(units('Adnan Abdo Hadj Omar').map((u) => u[0])).toEqual(['name', 'name', 'name', 'name']);
    expect(compareNames('Adnan Abdo Hadj Omar', 'HAJ OMAR Adnan Abdo').same).toBe(true);
    expect(compareNames('Adnan Abdo Hadž Omar', 'عدنان عبده الحاج عمر').same).toBe(true);
  });
  it('عبده ends in the pronoun -uh (Abduh, Abdu, Abdou = عبده)', () => {
    expect(compareNames('عبده', 'Abdou').same).toBe(true);
    expect(compareNames('عبده', 'Abdu').same).toBe(true);
    expect(compareNames('عبده', 'Abdi').same).toBe(false);
  });
});

describe('the link vowel of Abd- written as French ou', () => {
  it('Abdoulkader = Abdelkader, Abdoulaziz = عبد العزيز', () => {
    expect(units('Abdoulkader')[0]![0]).toBe('abd');
    expect(compareNames('Abdoulkader', 'Abdelkader').same).toBe(true);
    expect(compareNames('Abdoulaziz', 'عبد العزيز').same).toBe(true);
  });
});

describe('a divine name written as a word of its own keeps its first vowel', () => {
  it('Abdul Aziz = Abdulaziz = عبد العزيز = Абдул Азиз; Abu Ammar = أبو عمار (the a of Aziz is not the link of Abd-)', () => {
    expect(units('Abdul Aziz')[0]).toEqual(units('Abdulaziz')[0]);
    expect(compareNames('Abdul Aziz', 'Abdulaziz').score).toBe(1);
    expect(compareNames('Abd al-Aziz', 'عبد العزيز').same).toBe(true);
    expect(compareNames('Абдул Азиз', 'Abdelaziz').same).toBe(true);
    expect(compareNames('Abu Ammar', 'أبو عمار').same).toBe(true);
    expect(compareNames('Abdul Aziz', 'Abdul Hafiz').same).toBe(false);
  });
});

describe('regional endings of compounds', () => {
  it('West African spellings say Abdullahi without the h of Allah (Abdoulaye, Abdulai, Gambian Abdoulie = عبد الله = Абдулай)', () => {
    expect(compareNames('Abdoulaye', 'عبد الله').same).toBe(true);
    expect(compareNames('Abdoulaye', 'Abdulai').same).toBe(true);
    expect(compareNames('Abdoulie', 'Abdullahi').same).toBe(true);
    expect(compareNames('Abdoulaye', 'Абдулај').same).toBe(true);
    // (also as Serbian and Croatian Latin copy it, with j: Abdulaje Seku Konde = Abdoulaye Sekou Condé)
    expect(compareNames('Abdulaje', 'Abdoulaye').same).toBe(true);
    expect(compareNames('Abdulaje Seku Konde', 'Abdoulaye Sékou Condé').same).toBe(true);
    expect(compareNames('Ramatulaje', 'Rahmatullah').same).toBe(true);
    // (not the Albanian family name Abdulaj)
    expect(compareNames('Abdulaj', 'Abdullah').same).toBe(false);
    // (and Gambian Abduli, Abdouli, Абдули; not Abdali, عبد علي)
    expect(compareNames('Abduli', 'Abdullahi').same).toBe(true);
    expect(compareNames('Abdoulie Jallow', 'Абдули Џалоу').same).toBe(true);
    expect(compareNames('Abdali', 'Abdullahi').same).toBe(false);
    // another divine name after Abd is still read (Abdelali = عبد العلي, not Abdullah)
    expect(compareNames('Abdelali', 'عبد العلي').same).toBe(true);
    expect(compareNames('Abdelali', 'Abdoulaye').same).toBe(false);
  });
  it('… and so after another name (Ramatoulaye, Ramatulai, Раматулаје = رحمة الله = Rahmatullah)', () => {
    expect(units('Ramatoulaye')[0]![0]).toBe('allah-compound');
    expect(compareNames('Ramatoulaye', 'رحمة الله').same).toBe(true);
    expect(compareNames('Раматулаје', 'Rahmatullah').same).toBe(true);
    expect(compareNames('Ramatoulaye', 'Hamdullah').same).toBe(false);
    // (Moulaye is Mawlay, no compound: one consonant before it; nor the -olai, -ulay of Slavic and Turkish names)
    expect(units('Moulaye')[0]![0]).toBe('name');
    expect(units('Nikolai')[0]![0]).toBe('name');
    expect(units('Anatolie')[0]![0]).toBe('name');
    expect(units('Akgülay')[0]![0]).toBe('name');
  });
  it('Somali and Hausa end Abdullah with i after u (Abdullahi, Abdoullahi, Cabdullaahi = عبد الله); Persian -ollahi and -ullahi are a nisba', () => {
    expect(compareNames('Abdullahi', 'عبد الله').same).toBe(true);
    expect(compareNames('Abdoullahi', 'Abdullahi').same).toBe(true);
    expect(compareNames('Cabdullaahi', 'Abdallah').same).toBe(true);
    // (… and Mauritanian and West African ones with a or e: Abdallahi, Abdellahi)
    expect(compareNames('Abdallahi', 'عبد الله').same).toBe(true);
    expect(compareNames('Sidi Ould Cheikh Abdallahi', 'سيدي ولد الشيخ عبد الله').same).toBe(true);
    expect(compareNames('Abdellahi', 'Abdullahi').same).toBe(true);
    expect(compareNames('Abdallahi', 'Abdalahi').same).toBe(true);
    expect(compareNames('Абдаллахи', 'عبد الله').same).toBe(true);
    expect(compareNames('Abdollahi', 'عبداللهی').same).toBe(true);
    expect(compareNames('Abdollahi', 'عبد الله').score).toBeLessThan(SAME_NAME_THRESHOLD);
    expect(compareNames('Asadullahi', 'Asadollahi').same).toBe(true);
    expect(compareNames('Nurullahi', 'Nourollahi').same).toBe(true);
  });
  it('Alla written apart after a name is Allah (Fadl Alla = Fadlallah); Ala with one l is the name Alaa (Husein Ala Abdulzahra)', () => {
    expect(units('Fadl Alla')[0]![0]).toBe('allah-compound');
    expect(units('Husein Ala Abdulzahra').map((u) => u[0])).toEqual(['name', 'name', 'abd']);
    expect(compareNames('Hussain Alaa Abdul Zahra Al Saedi', 'Husein Ala Abdulzahra El Saadi').same).toBe(true);
  });
  it('-allah with its double l is the -ullah compound (Nasrallah = Nasrullah = Насрулла = نصر الله); a single l is the name\'s own', () => {
    expect(units('Nasrallah')[0]![0]).toBe('allah-compound');
    expect(compareNames('Nasrallah', 'Nasrullah').score).toBe(1);
    expect(compareNames('Fathallah', 'Фатхулла').same).toBe(true);
    expect(compareNames('Nasrallah', 'نصر الله').same).toBe(true);
    expect(units('Fallah')[0]![0]).toBe('name');
    expect(units('Fadala')[0]![0]).toBe('name');
  });
  it('an Arabic-script X-allah whose X ends in ح is also read without it, as Afghan spellings write it (ذبيح الله = Zabiullah)', () => {
    expect(compareNames('ذبيح الله', 'Zabiullah').same).toBe(true);
    expect(compareNames('ذبیح‌الله نورزی', 'Zabiullah Nurzai').same).toBe(true);
    expect(compareNames('ذبيح الله', 'Zabihullah').same).toBe(true);
    // the X must still be one (ذبيح الله is not Zakiullah)
    expect(compareNames('ذبيح الله', 'Zakiullah').same).toBe(false);
  });
  it('… and is read as written against a name its spelling does not show as one (Hasaballa = Хасабала: Slavic spellings write no double l)', () => {
    expect(compareNames('Hasaballa', 'Хасабала').same).toBe(true);
    expect(compareNames('Khalafallah', 'Khalafala').same).toBe(true);
    expect(compareNames('Fadlallah', 'Fadala').same).toBe(false);
  });
  it('Turkish writes -uddin devoiced with tt (Nurettin = نور الدين, Necmettin = Najmuddin); Metin is a name', () => {
    expect(units('Nurettin')[0]![0]).toBe('din-compound');
    expect(compareNames('Nurettin', 'نور الدين').same).toBe(true);
    expect(compareNames('Necmettin', 'Najmuddin').same).toBe(true);
    expect(units('Metin')[0]![0]).toBe('name');
    expect(units('Jeretin')[0]![0]).toBe('name');
  });
  it('… which Bulgarian and Macedonian Cyrillic copy with тт or one т after е (Сабахаттин, Садетин, Нуретин)', () => {
    expect(compareNames('Сабахаттин', 'Sabahuddin').same).toBe(true);
    expect(compareNames('Садетин', 'سعد الدين').same).toBe(true);
    expect(compareNames('Нуретин', 'Nureddin').same).toBe(true);
    expect(units('Кретин')[0]![0]).toBe('name');
    expect(units('Метин')[0]![0]).toBe('name');
    // (and their Latin letters: Nedžmetin = Necmettin)
    expect(compareNames('Nedžmetin', 'Necmettin').same).toBe(true);
    expect(units('Jeretin')[0]![0]).toBe('name');
  });
  it('… and after the vowel of a hamza that ends the name (Alaettin, Ziyaettin = علاء الدين, ضياء الدين)', () => {
    expect(units('Alaettin')[0]![0]).toBe('din-compound');
    expect(compareNames('Alaettin', 'Alauddin').same).toBe(true);
    expect(compareNames('Ziyaettin', 'Ziauddin').same).toBe(true);
    expect(compareNames('Alaettin', 'Nurettin').same).toBe(false);
  });
});

describe('more spellings of particles and compounds', () => {
  it('French Oum is Umm (Oum Kalthoum = أم كلثوم)', () => {
    expect(units('Oum Kalthoum')[0]![0]).toBe('umm');
    expect(compareNames('Oum Kalthoum', 'أم كلثوم').same).toBe(true);
  });
  it('Ummu and Umu are Umm; Umu with one m also the West African given name Oumou (Umu Seidu Keita = Oumou Keita)', () => {
    expect(units('Ummu Salama')[0]![0]).toBe('umm');
    expect(compareNames('Ummu Kulthum', 'أم كلثوم').same).toBe(true);
    expect(compareNames('Umu Kulthum', 'Umm Kulthum').same).toBe(true);
    expect(compareNames('Umu Seidu Keita', 'Oumou Keita').same).toBe(true);
    expect(compareNames('Уму Сейду Кейта', 'Oumou Seydou Keita').same).toBe(true);
  });
  it('Umm with the article of the name after it, written as one word, is Umm + name (Ummulbanin, Umalbanin = أم البنين)', () => {
    expect(units('Ummulbanin')[0]![0]).toBe('umm');
    expect(compareNames('Ummulbanin', 'Umm al-Banin').same).toBe(true);
    expect(compareNames('Umalbanin', 'أم البنين').same).toBe(true);
    expect(compareNames('Oumelkheir', 'أم الخير').same).toBe(true);
    expect(compareNames('Ummulbanin', 'Umm Kulthum').same).toBe(false);
    // (not a name of its own with no article: Omolara, Umalt)
    expect(units('Omolara')[0]![0]).toBe('name');
    expect(units('Umalt')[0]![0]).toBe('name');
  });
  it('Turkish -attin after a name ending in h is -uddin (Selahattin = صلاح الدين = Salahuddin)', () => {
    expect(units('Selahattin')[0]![0]).toBe('din-compound');
    expect(compareNames('Selahattin', 'صلاح الدين').same).toBe(true);
    expect(compareNames('Selahattin', 'Salahuddin').same).toBe(true);
    expect(units('Haddadin')[0]![0]).toBe('name');
  });
});

describe('Dhu + article + name', () => {
  it('is one name, written as one word in Latin and Cyrillic (ذو الفقار = Zulfiqar = Зулфикар = Dhu al-Fiqar)', () => {
    expect(units('ذو الفقار')).toHaveLength(1);
    expect(compareNames('ذو الفقار', 'Zulfiqar').same).toBe(true);
    // (not the Sudanese ضو, Daw, whose ض the symbols read as they read ذ: ضو البيت is two words, Dau Elbait)
    expect(units('ضو البيت')).toHaveLength(2);
    expect(compareNames('ذو الفقار', 'Зулфикар').same).toBe(true);
    expect(compareNames('Dhu al-Fiqar', 'Zulfikar').same).toBe(true);
    expect(compareNames('Zulfiqar Ali', 'ذو الفقار علي').same).toBe(true);
  });
  it('shares its blocking key with the one-word spelling', () => {
    expect(tokenKeys('ذو الفقار')).toEqual(tokenKeys('Zulfiqar'));
  });
  it('and so when Arabic script writes it as one word too (ذوالفقار = ذو الفقار = Zolfaghar)', () => {
    expect(units('ذوالفقار')).toEqual(units('ذو الفقار'));
    expect(compareNames('ذوالفقار', 'Zulfikar').same).toBe(true);
    expect(compareNames('ذوالفقار', 'Zolfaghar').same).toBe(true);
    expect(tokenKeys('ذوالفقار')).toEqual(tokenKeys('Zulfiqar'));
  });
});

describe('Umm as South Asian spellings write it', () => {
  it('Umme, Ummu, উম্মে and Umm-e- with its izafat are Umm (Umme Kulsum = Umm Kulsoom, Umm-e-Farwa = ام فروہ)', () => {
    expect(units('Umme Kulsum').map((u) => u[0])).toEqual(['umm']);
    expect(units('Umm-e-Farwa').map((u) => u[0])).toEqual(['umm']);
    expect(compareNames('Umm Kulsoom', 'Umme Kulsum').same).toBe(true);
    expect(compareNames('উম্মে হাবিবা', 'Ummu Habiba').same).toBe(true);
    expect(compareNames('Umm-e-Farwa', 'ام فروہ').same).toBe(true);
    expect(compareNames('Umme Kulsum', 'Umme Habiba').same).toBe(false);
  });
});

describe('a name before -eldin written apart', () => {
  it('is the name of the compound, not an article assimilated to it (Ezz Eldin = عز الدين = Izzeddin, after another name too)', () => {
    expect(units('Ahmad Ezz Eldin').map((u) => u[0])).toEqual(['name', 'din-compound']);
    expect(compareNames('Ahmad Ezz Eldin', 'Ahmad Izzeddin').same).toBe(true);
    expect(compareNames('Saleh Ezz Eldin Mansour', 'صالح عز الدين منصور').same).toBe(true);
    // (an article assimilated to the d of Din still is one: Ahmad ad-Din)
    expect(units('Ahmad ad Din').map((u) => u[0])).toEqual(['din-compound']);
  });
});

describe('the article of short Arabic names', () => {
  it('ال before a name of an ayn and one letter more is the article (العلي = Al-Ali, العيد = Al-Eid); الياس stays Ilyas', () => {
    expect(units('العلي')[0]![2]).toBe(true);
    expect(compareNames('العلي', 'Al-Ali').same).toBe(true);
    expect(compareNames('العيد', 'Al-Eid').same).toBe(true);
    expect(units('الياس')[0]![2]).toBe(false);
    expect(compareNames('الياس', 'Ilyas').same).toBe(true);
    // (and before a family suffix: الیاسزی, الیاس‌زاده = Ilyaszai, Elyaszadeh)
    expect(units('الياسزي')[0]![2]).toBe(false);
    expect(units('الياسزاده')[0]![2]).toBe(false);
    // (an alif after the article before a ya is the first vowel too, the long i of إي: نور الإيمان = Nour al-Iman)
    expect(compareNames('نور الإيمان', 'Nour al-Iman').same).toBe(true);
    expect(compareNames('الأيوبي', 'Al-Ayoubi').same).toBe(true);
    // (… but a ya before alif begins a nisba of one consonant more: اليامي = al-Yami = يامي)
    expect(units('اليامي')[0]![2]).toBe(true);
    expect(compareNames('اليامي', 'يامي').same).toBe(true);
  });
});

describe('Allah and the name Alaa after Abd, Abdul, Abu', () => {
  it('Allah written after Abdul or Abdel is Abdullah (Abdul Allah, Abdel Alla = Abdullah = عبد الله)', () => {
    expect(compareNames('Abdul Allah', 'Abdullah').same).toBe(true);
    expect(compareNames('Abdel Alla', 'عبد الله').same).toBe(true);
  });
  it('Ala, Alaa with one l is the name Alaa, not Allah (Abul Ala = أبو العلاء, Abdul Ala = عبد الأعلى)', () => {
    expect(compareNames('Abul Ala', 'أبو العلا').same).toBe(true);
    expect(compareNames('Abul Alaa', 'أبو العلاء').same).toBe(true);
    // (and the Russian Аля, whose я is the a after a soft l, no al- before a ya: Абу аль-Аля = Abu al-Ala)
    expect(compareNames('Abu al-Ala', 'Абу аль-Аля').same).toBe(true);
    expect(compareNames('Abdul Ala', 'عبد الأعلى').same).toBe(true);
    expect(compareNames('Abdul Ala', 'عبد الله').same).toBe(false);
  });
});

describe('Abd al- before a divine name that begins with l or alif', () => {
  it('al-Latif keeps its l, written doubled or not (Abdullatif = Abdelatif = Abdul Latif = عبد اللطيف)', () => {
    expect(compareNames('Abdullatif', 'Abdul Latif').same).toBe(true);
    expect(compareNames('عبد اللطيف', 'Abdul Latif').same).toBe(true);
    expect(compareNames('عبداللطيف', 'Abdelatif').same).toBe(true);
    expect(compareNames('Abdul Latif', 'Abdul Aziz').same).toBe(false);
  });
  it('the alif of al-Ilah carries its first vowel (عبد الإله = Abdelilah = Abd al-Ilah)', () => {
    expect(compareNames('عبد الإله', 'Abdelilah').same).toBe(true);
    expect(compareNames('عبد الاله', 'Abd al-Ilah').same).toBe(true);
    expect(compareNames('عبد الإله', 'Abdullah').same).toBe(false);
  });
});

describe('X-uddin glued after a base of one consonant', () => {
  it('the a before -ddin or -ttin is the base\'s (Aladdin = Alaattin = Aladin = Alauddin = علاء الدين)', () => {
    for (const v of ['Aladdin', 'Alaattin', 'Aladin', 'Alaaddin']) {
      expect(units(v)[0]![0]).toBe('din-compound');
      expect(compareNames(v, 'Alauddin').same).toBe(true);
    }
    expect(compareNames('علاء الدين', 'Aladdin').same).toBe(true);
    expect(compareNames('Aladin', 'Alaa').same).toBe(false);
  });
  it('and names ending in -din or -ine stay names (Nadine, Claudine, Haddadin)', () => {
    expect(units('Nadine')[0]![0]).toBe('name');
    expect(units('Haddadin')[0]![0]).toBe('name');
  });
});

describe('an ayn and l that begin an Arabic name are not the article', () => {
  it('only ال is (علیرضا = Alireza, not al- + Riza; علمدار = Alamdar)', () => {
    expect(units('علیرضا')[0]![2]).toBe(false);
    expect(compareNames('علیرضا', 'علی رضا').same).toBe(true);
    expect(compareNames('علینژاد', 'Ali Nejad').same).toBe(true);
    expect(units('الرشيد')[0]![2]).toBe(true);
  });
  it('nor after Abd and Abu (عبد علي = Abd Ali, ابو علي = Abu Ali; Abd Elaziz = Abd al-Aziz)', () => {
    expect(units('عبد علي')[0]![0]).toBe('abd');
    expect(compareNames('عبد علي', 'Abd Ali').same).toBe(true);
    expect(compareNames('ابو علي', 'Abu Ali').same).toBe(true);
    expect(compareNames('Abu Ali', 'Abu Ala').same).toBe(false);
    expect(compareNames('Abd Elaziz', 'Abd al-Aziz').same).toBe(true);
    expect(compareNames('عبدالإله', 'Abdul Ilah').same).toBe(true);
  });
});

describe('X-uddin glued with the link vowel a or i', () => {
  it('the vowel may be the last of X (Bahaddin = بهاء الدين, Ziaddin = ضياء الدين, Muhiddin = محي الدين)', () => {
    expect(compareNames('Bahaddin', 'بهاء الدين').same).toBe(true);
    expect(compareNames('Bahaddin', 'Baha ud-Din').same).toBe(true);
    expect(compareNames('Ziaddin', 'ضياء الدين').same).toBe(true);
    expect(compareNames('Muhiddin', 'Muhi Uddin').same).toBe(true);
    expect(compareNames('Nuraddin', 'Nur al-Din').same).toBe(true);
    expect(compareNames('Bahaddin', 'Nuraddin').same).toBe(false);
  });
  it('Turkish -ettin after a doubled short base (Izzettin = Izz ad-Din), and an Arabic base keeps its fāʿil vowel (ناصرالدين = ناصر الدين)', () => {
    expect(compareNames('Izzettin', 'Izz ad-Din').same).toBe(true);
    expect(compareNames('ناصرالدين', 'ناصر الدين').same).toBe(true);
    expect(compareNames('ناصرالدين', 'نصر الدين').same).toBe(false);
  });
  it('Turkish -ettin after a base with the c of Turkish (Tacettin = Tajuddin = تاج الدين; Celalettin = Jalaluddin)', () => {
    expect(units('Tacettin')[0]![0]).toBe('din-compound');
    expect(compareNames('Tacettin', 'Tajuddin').same).toBe(true);
    expect(compareNames('Tacettin', 'تاج الدين').same).toBe(true);
    expect(compareNames('Celalettin', 'Jalaluddin').same).toBe(true);
    expect(compareNames('Tacettin', 'Nurettin').same).toBe(false);
  });
});

describe('-ullah as Tajik and Uzbek spellings write it', () => {
  it('-ullo, -ulloh (Nurullo, Rahmatullo, Abdullo, Нурулло = Nurullah, Rahmatullah, Abdullah)', () => {
    for (const v of ['Nurullo', 'Amrulloh', 'Рахматулло']) expect(units(v)[0]![0]).toBe('allah-compound');
    expect(compareNames('Nurullo', 'نورالله').same).toBe(true);
    // … after a base that ends in a vowel too, as -ullah is written (Safiullo = Safiullah = صفی‌الله)
    expect(compareNames('Safiullo', 'Safiullah').same).toBe(true);
    expect(compareNames('Safiullo', 'صفی‌الله').same).toBe(true);
    expect(compareNames('Рахматулло', 'رحمت الله').same).toBe(true);
    expect(compareNames('Abdullo', 'Abdullah').same).toBe(true);
    expect(compareNames('Nurullo', 'Rahmatullo').same).toBe(false);
    expect(units('Kholo')[0]![0]).toBe('name');
  });
});

describe('-ullah after a name that ends in a vowel', () => {
  it('Latin (Samiullah, Ataullah, Waliullah) and Arabic script, whose letters merge with الله (سميعالله, عطاالله, وليالله)', () => {
    for (const v of ['Samiullah', 'Ataullah', 'Waliullah', 'سميعالله', 'عطاالله', 'وليالله']) expect(units(v)[0]![0]).toBe('allah-compound');
    expect(compareNames('Samiullah', 'سميع الله').same).toBe(true);
    expect(compareNames('Ataullah', 'عطاالله').same).toBe(true);
    expect(compareNames('وليالله', 'Wali Ullah').same).toBe(true);
    expect(compareNames('Samiullah', 'Ataullah').same).toBe(false);
    expect(units('Fallah')[0]![0]).toBe('name');
    // an Arabic-script word is X + الله only with the two lams of الله (ملاله is Malala)
    expect(units('ملاله')[0]![0]).toBe('name');
    expect(compareNames('ملاله', 'Malalai').same).toBe(true);
    // (nor a family name with the article that ends so: القرالة is al-Qaraleh)
    expect(units('القرالة')[0]![0]).toBe('name');
    expect(compareNames('القرالة', 'Karalla').same).toBe(true);
  });
  it('… and -allah with its own a and the double l (Samiallah, Waliallah, Самиаллах = Samiullah; Dafaalla = Dafalla)', () => {
    for (const v of ['Samiallah', 'Waliallah', 'Ataallah', 'Самиаллах']) expect(units(v)[0]![0]).toBe('allah-compound');
    expect(compareNames('Samiallah', 'Samiullah').score).toBe(1);
    expect(compareNames('Waliallah', 'وليالله').same).toBe(true);
    expect(compareNames('Dafaalla', 'Dafalla').same).toBe(true);
    expect(compareNames('Samiallah', 'Waliallah').same).toBe(false);
  });
});

describe('Abd + a divine name after an article written apart', () => {
  it('the word after the article is the divine name as it stands (Abd al-Elah = Abdul Ilah, not Abd + ah)', () => {
    expect(compareNames('Abd al-Elah', 'Abdulelah').same).toBe(true);
    expect(compareNames('Abd al-Elah', 'عبد الإله').same).toBe(true);
    expect(compareNames('Abd al-Elah', 'Abdullah').same).toBe(false);
  });
  it('but Abdel Al before a name Abd does not take is the Egyptian family name عبد العال (ABDEL AL Samir Fathi)', () => {
    expect(units('abdel al samir fathi').map((u) => u[0])).toEqual(['abd', 'name', 'name']);
    expect(compareNames('ABDEL AL Samir Fathi', 'سمير فتحي عبد العال').same).toBe(true);
    expect(units('abdel al karim fathi').map((u) => u[0])).toEqual(['abd', 'name']);
  });
  it('and Abdel Al before an article of its own is عبد العال too, the article the next name\'s (Абдель Аль аш-Шенави)', () => {
    expect(units('махмуд абдель аль аш-шенави').map((u) => u[0])).toEqual(['name', 'abd', 'name']);
    expect(compareNames('Махмуд Абдель Аль аш-Шенави', 'محمود عبد العال الشناوي').same).toBe(true);
    expect(compareNames('Mahmud Abdel Al Al-Schinnawi', 'Mahmoud Abdelaal Elshenawy').same).toBe(true);
    // not before a divine name with its own article: Abdel Al-Rahman stays Abd al-Rahman
    expect(compareNames('Abdel Al-Rahman Saleh', 'عبد الرحمن صالح').same).toBe(true);
  });
});

describe('the article before a short nisba and the assimilated article joined to the name', () => {
  it('الطائي is al- + Tai (the hamza after alif is a consonant); Altaee and Attaee are al-Taee', () => {
    expect(units('الطائي')[0]![2]).toBe(true);
    expect(compareNames('الطائي', 'Al-Tai').same).toBe(true);
    expect(compareNames('Altaee', 'Al-Taee').same).toBe(true);
    expect(compareNames('Attaee', 'الطائي').same).toBe(true);
  });
  it('the doubled sun letter of a joined article before three consonants or a nisba (Arrashid, Attamimi, Assaadi), not Essam or Assad', () => {
    expect(compareNames('Arrashid', 'Al-Rashid').same).toBe(true);
    expect(compareNames('Attamimi', 'التميمي').same).toBe(true);
    expect(units('Essam')[0]![2]).toBe(false);
    expect(units('Assad')[0]![2]).toBe(false);
    expect(compareNames('Essam', 'عصام').same).toBe(true);
  });
  it('a final -ie after a vowel is the nisba -ee (Taie = Taee, Al Refaie = Ar-Rifa\'i), and Elmi stays a name', () => {
    expect(compareNames('Al-Taie', 'Al-Taee').same).toBe(true);
    expect(compareNames('Al Refaie', 'Rifai').same).toBe(true);
    expect(units('Elmi')[0]![2]).toBe(false);
  });
});

describe('Persian and Pashto endings written apart', () => {
  it('-zadeh, -zai, -khel written as words of their own are one name with the base (Hassan-Zadeh = Hasanzade, Yusuf Zai = Юсуфзай)', () => {
    expect(units('Hassan-Zadeh')).toHaveLength(1);
    expect(compareNames('Hassan-Zadeh', 'Hasanzade').same).toBe(true);
    expect(compareNames('Ali Zadeh', 'علی‌زاده').same).toBe(true);
    expect(compareNames('Yusuf-Zai', 'Юсуфзай').same).toBe(true);
    expect(compareNames('Ahmad Khail', 'Ahmadkhel').same).toBe(true);
    expect(compareNames('Hassan-Zadeh', 'Hosseinzadeh').same).toBe(false);
  });
  it('… after an Abd- name or a compound with Allah too (عبدالله‌زاده = Abdollahzadeh, روح‌الله‌زاده = Ruhollahzadeh)', () => {
    expect(units('عبدالله‌زاده')).toHaveLength(1);
    expect(compareNames('عبدالله‌زاده', 'Abdollahzadeh').same).toBe(true);
    expect(compareNames('عبدالله‌زاده', 'Абдуллахзаде').same).toBe(true);
    expect(compareNames('روح‌الله‌زاده', 'Ruhollahzadeh').same).toBe(true);
    expect(compareNames('عبدالله‌پور', 'Abdollahpour').same).toBe(true);
    expect(compareNames('Abdul Rahman Zai', 'Abdulrahmanzai').same).toBe(true);
    expect(compareNames('عبدالله‌زاده', 'عبدالله').same).toBe(false);
    expect(compareNames('عبدالله‌زاده', 'Nasrollahzadeh').same).toBe(false);
  });
  it('two Arabic-script words joined read as one word (علیاصغر = علی اصغر: the ya of علی and the alif of اصغر inside it)', () => {
    expect(compareNames('علیاصغر', 'علی اصغر').same).toBe(true);
    expect(compareNames('محمدعلی', 'محمد علی').same).toBe(true);
  });
});

describe('family names made with -zadeh, -pour, -zai', () => {
  it('and the Turkish -oğlu, whose name is the family name written first or last (Kahyaoğlu Aydın = Aydın Kahyaoğlu)', () => {
    expect(compareNames('Kahyaoğlu Aydın', 'Aydın Kahyaoğlu').same).toBe(true);
    expect(compareNames('Saracoğlu', 'Sarıoğlu').same).toBe(false);
    expect(compareNames('قره اوغلو', 'Karaoğlu').same).toBe(true);
  });
  it('weigh the names they are made from (Hassanpour / Hosseinpour and Hassanzadeh / Hosseinzadeh are two families)', () => {
    expect(compareNames('Hassanpour', 'Hosseinpour').same).toBe(false);
    expect(compareNames('Хосейнпур', 'Хасанпур').same).toBe(false);
    expect(compareNames('Hassan-Zadeh', 'Hosseinzadeh').same).toBe(false);
    expect(compareNames('Hosseinpour', 'حسین‌پور').same).toBe(true);
    expect(compareNames('Ahmadzai', 'احمدزی').same).toBe(true);
    // (weighed as names, what the lexicon knows of them too: حسین is not Hassan, whose letters read close; the Arabic
    // script written apart or joined)
    expect(compareNames('حسین زاده', 'Hassanzadeh').same).toBe(false);
    expect(compareNames('حسین‌زاده', 'Hassanzadeh').same).toBe(false);
    expect(compareNames('Sharifzadeh', 'Sharafzadeh').same).toBe(false);
    expect(compareNames('Karampour', 'Karimpour').same).toBe(false);
    expect(compareNames('حسین‌زاده', 'Hosseinzadeh').same).toBe(true);
    expect(compareNames('حسین‌نژاد', 'Hosseinnejad').same).toBe(true);
    expect(compareNames('Гусейнзаде', 'Hosseinzadeh').same).toBe(true);
    // (and so the Russian -ov, -ev of Central Asian and Caucasian family names: Israilov / Ismailov, Исраилов / Исмаилов)
    expect(compareNames('Israilov', 'Ismailov').same).toBe(false);
    expect(compareNames('Исраилов', 'Исмаилов').same).toBe(false);
    expect(compareNames('Ибрагимов', 'Ibrahimov').same).toBe(true);
    expect(compareNames('Çaryýew', 'Tscharyjew').same).toBe(true);
    // (not the -ew of Amharic given names, Getachew, nor of Andrew: a son and his father stay apart)
    expect(compareNames('Getachew Alemu', 'Alemu Getachew').same).toBe(false);
    expect(compareNames('ጌታቸው ዓለሙ', 'ዓለሙ ጌታቸው').same).toBe(false);
    // (and the Lur -vand: Hassanvand / Hosseinvand; Hassanwand = حسنوند = Хасанванд)
    expect(compareNames('Hassanvand', 'Hosseinvand').same).toBe(false);
    expect(compareNames('Hassanwand', 'حسنوند').same).toBe(true);
    expect(compareNames('Хасанванд', 'حسن‌وند').same).toBe(true);
    expect(compareNames('Alivand', 'Alizadeh').same).toBe(false);
    // (and the Slavic -ović, -ević of Bosniak and Serbian family names and patronymics: Halilović / Halimović, Русланович /
    // Рустамович; Hasanović = Hasanovic = Хасановић)
    expect(compareNames('Halilović', 'Halimović').same).toBe(false);
    expect(compareNames('Petrović', 'Petković').same).toBe(false);
    expect(compareNames('Русланович', 'Рустамович').same).toBe(false);
    expect(compareNames('Hasanović', 'Hasanovic').same).toBe(true);
    expect(compareNames('Hasanović', 'Хасановић').same).toBe(true);
  });
  it('and their suffixes: one base with -far, -pour, -zadeh or -zai makes another family (Mohammadifar / Mohammadipour)', () => {
    expect(compareNames('Mohammadifar', 'Mohammadipour').same).toBe(false);
    expect(compareNames('Мохаммадифар', 'Мохаммадипур').same).toBe(false);
    expect(compareNames('محمدی‌فر', 'محمدی‌پور').same).toBe(false);
    expect(compareNames('Ahmadzai', 'Ahmadzada').same).toBe(false);
    expect(compareNames('Mohammadifar', 'محمدی‌فر').same).toBe(true);
    expect(compareNames('Hosseinnejad', 'Hosseinnezhad').same).toBe(true);
    expect(compareNames('Ahmadzai', 'Ahmadzay').same).toBe(true);
  });
  it('a nisba with -awi, -chi or -ji against the plain -i of its name is another family (Hindi / Hindawi, Tehrani / Tehranchi)', () => {
    expect(compareNames('Al-Hindi', 'Al-Hindawi').same).toBe(false);
    expect(compareNames('الهندي', 'الهنداوي').same).toBe(false);
    expect(compareNames('Техрани', 'Техранчи').same).toBe(false);
    expect(compareNames('Barzani', 'Barzanji').same).toBe(false);
    expect(compareNames('Al-Mohammadi', 'Al-Muhammadawi').same).toBe(false);
    expect(compareNames('Hindawi', 'Hendawi').same).toBe(true);
    // (the Urdu -wi, -vi of a place's nisba is that -awi: Hazarwi = Hazarawi, Amrohvi = Amrohawi; Ludhianvi is not Ludhiani)
    expect(compareNames('Hazarwi', 'Hazarawi').same).toBe(true);
    expect(compareNames('Amrohvi', 'Amrohawi').same).toBe(true);
    expect(compareNames('Ludhianvi', 'Ludhiani').same).toBe(false);
    expect(compareNames('Tehranchi', 'تهرانچی').same).toBe(true);
    expect(compareNames('Mousavi', 'Musawi').same).toBe(true);
  });
  it('one with -zai, -zadeh, -pour or -nejad against the plain -i of its name is another family (Ahmadzai / Ahmadi, Hassanzadeh / Hassani)', () => {
    expect(compareNames('Ahmadzai', 'Ahmadi').same).toBe(false);
    expect(compareNames('Yarahmadzai', 'Yarahmadi').same).toBe(false);
    expect(compareNames('Ghafoorzai', 'Ghafoori').same).toBe(false);
    expect(compareNames('Јусуфзај', 'Јусуфи').same).toBe(false);
    expect(compareNames('Hassanzadeh', 'Hassani').same).toBe(false);
    // (… and two such names made from a name and from its nisba: Hosseinzadeh / Hosseinizadeh; not the y a Russian -yev
    // keeps or not, Durdyyev = Durdiyev)
    expect(compareNames('Hosseinzadeh', 'Hosseinizadeh').same).toBe(false);
    expect(compareNames('Хосейнзаде', 'Хосейнизаде').same).toBe(false);
    expect(compareNames('Hosseinizadeh', 'حسینی‌زاده').same).toBe(true);
    expect(compareNames('Durdyyev', 'Durdiyev').same).toBe(true);
    // (-nia too, in Latin and Cyrillic letters: Hashemnia / Hasheminia, Каримния / Кариминия; and against -nejad)
    expect(compareNames('Hashemnia', 'Hasheminia').same).toBe(false);
    expect(compareNames('Каримния', 'Кариминия').same).toBe(false);
    expect(compareNames('Karimnia', 'Karimnejad').same).toBe(false);
    expect(compareNames('Karimnia', 'کریم‌نیا').same).toBe(true);
    expect(compareNames('Hasheminia', 'هاشمی‌نیا').same).toBe(true);
    // (not a given name of one consonant before it: Rania)
    expect(compareNames('Rania', 'رانیا').same).toBe(true);
    // (not the Persian -ای that a ZWNJ joins after ه, itself the nisba: بانه‌ای = Banehi)
    expect(compareNames('بانه‌ای', 'Banehi').same).toBe(true);
  });
  it('the Baluch -zehi is the Pashto -zai (Barakzehi = Barakzai = بارکزهی, German Baransehi), and another suffix than -zadeh', () => {
    expect(compareNames('Barakzehi', 'Barakzai').same).toBe(true);
    expect(compareNames('بارکزهی', 'Barakzai').same).toBe(true);
    expect(compareNames('Baransehi', 'Baranzai').same).toBe(true);
    expect(compareNames('Баранзехи', 'Baranzahi').same).toBe(true);
    expect(compareNames('Yar Ahmadzai', 'Yarahmadzehi').same).toBe(true);
    expect(compareNames('Эсмаилзехи', 'Эсмаилзаде').same).toBe(false);
    expect(compareNames('Yarahmadzehi', 'Yarahmadi').same).toBe(false);
    expect(compareNames('Barakzehi', 'Barakzadeh').same).toBe(false);
    // (written after a ZWNJ, one word with its name: بلوچ‌زهی)
    expect(units('مریم بلوچ‌زهی')).toHaveLength(2);
  });
  it('a suffix written apart joins the name in its other readings too (Mousavi Nejad is read Musavi Nejad, not Musavi)', () => {
    expect(compareNames('Fatemeh Mousavi', 'Fatemeh Mousavi Nejad').same).toBe(false);
    expect(compareNames('Fatemeh Mousavi Nejad', 'Fatemeh Musavinejad').same).toBe(true);
    // (a German Badschah, also read Badshah: with -zadeh written apart it is Badshahzadeh, not Badshah)
    expect(compareNames('Badschah Zadeh', 'Badshah').same).toBe(false);
    expect(compareNames('Badschah Zadeh', 'Badshahzadeh').same).toBe(true);
  });
});

describe('ould / ولد between names', () => {
  it('is the Mauritanian and Maghrebi son-of, in Latin and Arabic script (Ahmed Ould Salem = أحمد ولد سالم = Ahmed Salem)', () => {
    expect(compareNames('Ahmed Ould Salem', 'أحمد ولد سالم').same).toBe(true);
    expect(compareNames('أحمد ولد سالم', 'Ahmed Salem').same).toBe(true);
    expect(compareNames('ولد', 'Walad').same).toBe(true);
  });
  it('is written Oueld and Weld by French and Hassaniya spellings (Oueld Brahim = Ould Brahim = Улд Брахим)', () => {
    expect(compareNames('Oueld Brahim', 'Ould Brahim').same).toBe(true);
    expect(compareNames('Oueld Brahim', 'Улд Брахим').same).toBe(true);
    expect(compareNames('Mohamed Weld Ahmed', 'محمد ولد أحمد').same).toBe(true);
    expect(compareNames('Oueld Brahim', 'Oueld Salem').same).toBe(false);
  });
});

describe('Maghrebi Ben before an Abd- name and Al- before a doubled consonant', () => {
  it('Ben joined to Abd- is two words (Benabdallah = Ben Abdallah = بنعبد الله = بن عبد الله)', () => {
    expect(compareNames('بنعبد الله', 'Ben Abdallah').same).toBe(true);
    expect(compareNames('Benabdellah', 'بن عبد الله').same).toBe(true);
    expect(compareNames('Benabdallah', 'Бенабдалла').same).toBe(true);
    expect(compareNames('Benabdallah', 'Benabdelkader').same).toBe(false);
  });
  it('so is Bou joined to Abd- (Bouabdallah = Bou-Abdallah = Бу-Абдаллах = بوعبد الله), and read as Bou written apart is', () => {
    expect(compareNames('Bouabdallah', 'Бу-Абдаллах').same).toBe(true);
    expect(compareNames('Bouabdellah', 'بوعبد الله').same).toBe(true);
    expect(compareNames('Буабдалах', 'Bou Abdallah').same).toBe(true);
    expect(compareNames('بوعبدالله', 'Bu-Abdallah').same).toBe(true);
    expect(compareNames('Bouabdallah', 'Bouabdelkader').same).toBe(false);
  });
  it('the l before a last i or e after Abd is the name\'s own, not the article (Abdali = Abdelli = Somali Abdulle = عبدلي)', () => {
    for (const v of ['Abdali', 'Abdelli', 'Abdulle', 'Al-Abdali']) expect(compareNames(v, v.startsWith('Al') ? 'العبدلي' : 'عبدلي').same).toBe(true);
    expect(compareNames('Abdali', 'Abdallah').same).toBe(false);
    expect(compareNames('Abdelli', 'Abdelali').same).toBe(false);
  });
  it('a name before a compound written as one word (Ahmad Abdullah = Ahmadabdullah)', () => {
    expect(compareNames('Ahmad Abdullah', 'Ahmadabdullah').same).toBe(true);
  });
  it('al- before i or e and a doubled consonant may be the article (Alissa = Al-Issa = العيسى)', () => {
    expect(compareNames('Alissa', 'Al-Issa').same).toBe(true);
    expect(compareNames('Alissa', 'العيسى').same).toBe(true);
  });
});

describe('the article of X al-Y joined to X (South Asian spellings)', () => {
  it('Habibur Rahman, Shamsul Haq, Nurul Islam are also read as Habib ur-Rahman, Shams ul-Haq, Nur ul-Islam', () => {
    expect(compareNames('Habibur Rahman', 'حبيب الرحمن').same).toBe(true);
    expect(compareNames('Habibur Rahman', 'Habib ur Rahman').same).toBe(true);
    expect(compareNames('Shamsul Haq', 'Shams ul Haq').same).toBe(true);
    expect(compareNames('Nurul Islam', 'نور الإسلام').same).toBe(true);
  });
  it('only as a second reading: names ending in -ur, -ud keep their letters (Mansur Rahimi, Mahmud Darwish)', () => {
    expect(compareNames('Mansur Rahimi', 'منصور رحيمي').same).toBe(true);
    expect(compareNames('Mahmud Darwish', 'محمود درويش').same).toBe(true);
    expect(compareNames('Habibur Rahman', 'Habibullah Rahman').same).toBe(false);
  });
});

describe('the Persian link ol, os, oz of X al-Y', () => {
  it('is the article, apart or joined (Shams ol-Moluk = Shamsolmoluk, Fakhr-ol-Sadat = فخرالسادات = Fakhrossadat)', () => {
    expect(units('shams ol-moluk')).toHaveLength(2);
    expect(compareNames('Shams ol-Moluk', 'Shamsolmoluk').same).toBe(true);
    expect(compareNames('Fakhr-ol-Sadat', 'فخرالسادات').same).toBe(true);
    expect(compareNames('Fakhr-ol-Sadat', 'Fakhrossadat').same).toBe(true);
    expect(compareNames('Qamar oz-Zaman', 'Qamarozzaman').same).toBe(true);
  });
  it('but not or, on, ot, which begin names alone (Or Ronen is not Ronen)', () => {
    expect(units('or ronen')).toHaveLength(2);
    expect(units('on nur')).toHaveLength(2);
  });
  it('… but the or of Bengali links after a name and before r (Harun-or-Rashid = Harunur Rashid)', () => {
    expect(compareNames('Md. Harun-or-Rashid Sarker', 'Md Harun-ur-Rashid Sarkar').same).toBe(true);
    expect(compareNames('Mamun Or Rashid', 'Mamunur Rashid').same).toBe(true);
    expect(units('harun or rashid')).toHaveLength(2);
  });
});

describe('X al-Y joined in Arabic script', () => {
  it('is two words before a closed set of second names (ضیاءالحق = ضياء الحق = Zia-ul-Haq, زينالعابدين = Zain al-Abidin)', () => {
    expect(units('ضیاءالحق')).toHaveLength(2);
    expect(compareNames('ضیاءالحق', 'ضياء الحق').same).toBe(true);
    expect(compareNames('ضیاءالحق', 'Zia-ul-Haq').same).toBe(true);
    expect(compareNames('زينالعابدين', 'Zain al-Abidin').same).toBe(true);
  });
  it('and al-Abd… joined is the article and the Abd- name (العبدالله = Al-Abdullah)', () => {
    expect(compareNames('العبدالله', 'Al-Abdullah').same).toBe(true);
  });
  it('not a word that holds ال otherwise (المالكي, جيرالدو = Giraldo, جمالات, عبدالله, نورالدين)', () => {
    expect(units('المالكي')).toHaveLength(1);
    expect(units('جيرالدو')).toHaveLength(1);
    expect(units('جمالات')).toHaveLength(1);
    expect(units('عبدالله')[0]![0]).toBe('abd');
    expect(units('نورالدين')[0]![0]).toBe('din-compound');
  });
});

describe('compounds found this session on the eleventh blind set', () => {
  it('Abdul + a divine name that begins with al and a vowel keeps it (Abdul Alim = Abd al-Alim = عبد العليم; Abdul Alrahman still = Abd al-Rahman)', () => {
    expect(units('Abdul Alim')[0]![1]).toBe('abdulalim');
    expect(compareNames('Abdul Alim', 'عبد العليم').same).toBe(true);
    expect(compareNames('Abdul Alim', 'Abdelalim').same).toBe(true);
    expect(compareNames('Abdul Alrahman', 'Abdurrahman').same).toBe(true);
    expect(compareNames('Abdul Alim', 'Abdul Halim').same).toBe(false);
  });
  it('-ullah after a base that ends in two vowels or a long one (Ziaullah = ضياء الله, Sameeullah = Sameeallah = سميع الله)', () => {
    expect(units('Ziaullah')[0]![0]).toBe('allah-compound');
    expect(units('Sameeullah')[0]![0]).toBe('allah-compound');
    expect(units('Sameeallah')[0]![0]).toBe('allah-compound');
    expect(compareNames('Ziaullah', 'ضياء الله').same).toBe(true);
    expect(compareNames('Sameeallah', 'سميع الله').same).toBe(true);
    expect(units('Fallah')[0]![0]).toBe('name');
  });
  it('the taa marbuta that ends the first word of X Allah is a t (نعمة الله = نعمت الله = Niamatullah)', () => {
    expect(units('نعمة الله')[0]![1]).toBe("n'mtAla");
    expect(compareNames('نعمة الله', 'Niamatullah').same).toBe(true);
    expect(compareNames('نعمة الله', 'نعمت‌الله').same).toBe(true);
    expect(compareNames('صبغة الله', 'صبغت الله').same).toBe(true);
    // … after the consonant y of -aya, -iya too
    expect(compareNames('كفاية الله', 'کفایت‌الله').same).toBe(true);
    expect(compareNames('عطية الله', 'Atiyatullah').same).toBe(true);
  });
  it('-udin with a single d after a base ending in the a of its hamza (Bahaudin = بهاء الدين), and Bahattin too', () => {
    expect(units('Bahaudin')[0]![0]).toBe('din-compound');
    expect(compareNames('Bahaudin', 'بهاء الدين').same).toBe(true);
    expect(compareNames('Bahattin', 'بهاء الدين').same).toBe(true);
    expect(compareNames('Bahattin', 'Bahauddin').same).toBe(true);
    expect(units('Claudine')[0]![0]).toBe('name');
  });
});

describe('compounds found on the fourteenth set (Balkan spellings)', () => {
  it('-illah, the genitive link of a construct with Allah (Bismillah = Бисмиллах = بسم الله)', () => {
    expect(units('Bismillah')[0]![0]).toBe('allah-compound');
    expect(compareNames('Bismillah', 'بسم الله').same).toBe(true);
    expect(compareNames('Бисмиллах', 'Bismillah').same).toBe(true);
    expect(units('Camilla')[0]![0]).toBe('name');
  });
  it('X al-Y joined with the article said as the sun letter after it, or with its l (Khairunnisa = خير النساء; Tagelsir = تاج السر)', () => {
    expect(compareNames('Khairunnisa', 'خير النساء').same).toBe(true);
    expect(compareNames('Khairunnisa', 'Khair un-Nisa').same).toBe(true);
    // the explanation reads the join the score was given by, without the l
    expect(compareNames('Khairunnisa', 'خير النساء').explanation.pairs[0]!.differences).not.toContain('u/l');
    expect(compareNames('Hajrunisa', 'خير النساء').same).toBe(true);
    expect(compareNames('Tagelsir', 'تاج السر').same).toBe(true);
    expect(compareNames('Khairunnisa', 'خير الدين').same).toBe(false);
    // or with the article left out (Nourhouda = Nour al-Huda = نور الهدى)
    expect(compareNames('Nourhouda Abdallah Homsi', 'نور الهدى عبد الله الحمصي').same).toBe(true);
    // … also when both write it as one word, one with the article and one without (Nourhouda = Nurulhuda = Нурулхуда)
    expect(compareNames('Nourhouda', 'Нурулхуда').same).toBe(true);
    expect(compareNames('Nourhouda', 'Nourelhouda').same).toBe(true);
    // (not a name with an l of its own: Sultan is not Sutan)
    expect(compareNames('Sultan', 'Sutan').same).toBe(false);
  });
  it('X al-Y written as one Arabic-script word, read with the article as Latin spellings say it (مهرالنسا = Mehrunnisa)', () => {
    expect(compareNames('مهرالنسا', 'Mehrunnisa').same).toBe(true);
    expect(compareNames('مهرالنسا', 'Мехрунниса').same).toBe(true);
    expect(compareNames('قمرالزمان', 'Qamaruzzaman').same).toBe(true);
    expect(compareNames('مهرالنسا', 'Mehrban').same).toBe(false);
  });
  it('X al-Y joined after a taa marbuta, said t in the construct (Qurratulain = قرة العين = Куратулаин)', () => {
    expect(compareNames('Qurratulain', 'قرة العين').same).toBe(true);
    expect(compareNames('Куратулаин', 'قرۃ العین').same).toBe(true);
    // … and still without it (Fatimazahra = فاطمة الزهراء)
    expect(compareNames('Fatimazahra', 'فاطمة الزهراء').same).toBe(true);
    expect(compareNames('Qurratulain', 'قمر الدين').same).toBe(false);
  });
});

describe('the article joined to an Abd- name', () => {
  it('is split off as Ben is (Alabdullah = Al-Abdullah = Ал-Абдулах = العبدالله)', () => {
    expect(units('Alabdullah')[0]![0]).toBe('abd');
    expect(compareNames('Alabdullah', 'Al-Abdullah').same).toBe(true);
    expect(compareNames('Alabdullah', 'Ал-Абдулах').same).toBe(true);
    expect(compareNames('Alabdullah', 'العبدالله').same).toBe(true);
    // … and the article before Abd and Allah written apart (العبد الله)
    expect(compareNames('العبد الله', 'Al-Abdullah').same).toBe(true);
  });
});

describe('X al-Y written as one word against the words apart', () => {
  it('counts the article written between them in the length (Zijaulhak = Зијаулхак = Zia ul Haq = ضياء الحق)', () => {
    expect(compareNames('Zia ul Haq', 'Зијаулхак').same).toBe(true);
    expect(compareNames('ضياء الحق', 'Zijaulhak').same).toBe(true);
  });
});

describe('Persian -pour, -nejad, -far, -panah and -nia written apart or after a ZWNJ', () => {
  it('join their name (قربان‌پور = Ghorbanpour, Ebrahimi Far = Ebrahimifar)', () => {
    expect(units('قربان‌پور')).toHaveLength(1);
    expect(compareNames('امیرعلی قربان‌پور', 'Amir Ali Ghorbanpour').same).toBe(true);
    expect(compareNames('Ebrahimi Far', 'Ebrahimifar').same).toBe(true);
    expect(compareNames('Mohammad Nejad', 'Mohammadnejad').same).toBe(true);
    expect(compareNames('Siavash Yazdan Panah', 'سیاوش یزدان‌پناه').same).toBe(true);
  });
  it('and so does -nia, which makes another family name of its base (ستوده‌نیا = Sotoudehnia, not Sotoudeh)', () => {
    expect(units('ستوده‌نیا')).toHaveLength(1);
    expect(compareNames('Karim Nia', 'کریم‌نیا').same).toBe(true);
    expect(compareNames('مهناز ستوده', 'مهناز ستوده‌نیا').same).toBe(false);
  });
  it('and so does the nisba ای after a ه that writes a vowel (آقچه‌ای = Aqchayi, حمزه‌ای = Hamzai, not حمزه)', () => {
    expect(units('آقچه‌ای')).toHaveLength(1);
    expect(compareNames('گلچهره آقچه‌ای', 'Gulchehra Aqchayi').same).toBe(true);
    expect(compareNames('حمزه‌ای', 'Hamzai').same).toBe(true);
    expect(compareNames('حمزه‌ای', 'حمزه').same).toBe(false);
  });
});


describe('the Bosnian and Macedonian -ija', () => {
  it('of a name ending in -i is read without it too (Vehbija = Wahbi = وهبي, Hakija = Haqqi, Зухдија = Zuhdi)', () => {
    expect(compareNames('Vehbija', 'Wahbi').same).toBe(true);
    expect(compareNames('Vehbija', 'وهبي').same).toBe(true);
    expect(compareNames('Hakija', 'Haqqi').same).toBe(true);
    expect(compareNames('Зухдија', 'Zuhdi').same).toBe(true);
    // … while it stays the -iyya of women's names (Safija = صفية), and an English -iya is not read so (Zakiya / Zaki)
    expect(compareNames('Safija', 'صفية').same).toBe(true);
    expect(compareNames('Zakiya', 'Zaki').same).toBe(false);
  });
});

describe('a Persian or Afghan compound given name written as one word', () => {
  it('is the same name only when its second name is (Mohammadhossein / Mohammadhassan, Gholamreza / Gholamhossein)', () => {
    expect(compareNames('Mohammadhossein', 'Mohammadhassan').same).toBe(false);
    expect(compareNames('محمدحسین', 'محمدحسن').same).toBe(false);
    expect(compareNames('SHIRAZI MOHAMMADHOSSEIN', 'SHIRAZI MOHAMMADHASSAN').same).toBe(false);
    expect(compareNames('Gholamreza', 'Gholamhossein').same).toBe(false);
    expect(compareNames('Mohammadreza', 'Muhammadriza').same).toBe(true);
    expect(compareNames('Mohammadhossein', 'محمدحسین').same).toBe(true);
    // … and against two words, the compound written apart (محمدحسین is Mohammad Hossein, not Mohammad Hassan)
    expect(compareNames('محمدحسین', 'Mohammad Hassan').same).toBe(false);
    expect(compareNames('امیرحسین', 'Amir Hassan').same).toBe(false);
    expect(compareNames('محمدمهدی', 'Mohammad Hadi').same).toBe(false);
    expect(compareNames('محمدحسین', 'Mohammad Hossein').same).toBe(true);
    expect(compareNames('محمدمهدی', 'Mohammad Mehdi').same).toBe(true);
    // (… in Latin letters too, the d of the dh at the join Muhammad's, the second names as two names are told apart)
    expect(compareNames('Mohammadhasan Rezaei', 'Mohammad Hosein Rezaei').same).toBe(false);
    expect(compareNames('Mohammadhossein Rezaei', 'Mohammad Hossein Rezaei').same).toBe(true);
    // a family name made with -nejad or -zai is not one (Alinejad, Mohammadzai)
    expect(compareNames('Alinejad', 'علی‌نژاد').same).toBe(true);
    expect(compareNames('Mohammadzai', 'Mohamadzaj').same).toBe(true);
  });
  it('whose second name begins with the letter the first ends in, written twice (Ghulammohammed = غلام محمد, Amirreza = Amir Reza)', () => {
    expect(compareNames('Ghulammohammed', 'غلام محمد').same).toBe(true);
    expect(compareNames('Ghulammohammed', 'Ghulam Mohammed').same).toBe(true);
    expect(compareNames('Amirreza', 'Amir Reza').same).toBe(true);
    expect(compareNames('Ghulammohammed', 'Ghulamahmad').same).toBe(false);
    // (the letter doubled at the join, not inside the second name: Ghulamammar is Ghulam Ammar)
    expect(compareNames('Ghulamammar', 'Ghulam Ammar').same).toBe(true);
  });
  it('reads the alif that begins its second name as the first letter of that name, any vowel (محمداسماعیل = Mohammad Ismail)', () => {
    expect(compareNames('محمداسماعیل', 'Mohammad Ismail').same).toBe(true);
    expect(compareNames('غلاماسحاق', 'Ghulam Ishaq').same).toBe(true);
    expect(compareNames('محمدادریس', 'Мохамад Идрис').same).toBe(true);
    expect(compareNames('علیاکبر', 'علی اکبر').same).toBe(true);
    // (not the ya and alif after an article: اليامي = al-Yami)
    expect(compareNames('اليامي', 'Al-Yami').same).toBe(true);
  });
  it('reads a dz beginning its second name as the dž typed without its háček (Alidzan = Alidžan = Алиџан)', () => {
    expect(compareNames('Alidzan', 'Alijan').same).toBe(true);
    expect(compareNames('Alidzan', 'Алиџан').same).toBe(true);
    expect(compareNames('Alidzan', 'Alizan').same).toBe(false);
  });
});

describe('readings kept to what they are for (found by review)', () => {
  it('the e link of -uddin only after the Izz of عز الدين (Абедин = Абидин, not Ab + ad-Din)', () => {
    expect(compareNames('Абедин', 'Абидин').same).toBe(true);
    expect(units('Абедин')[0]![0]).toBe('name');
  });
  it('-uddin after a base ending in i only with two consonants in it (Ziudin = Ziauddin)', () => {
    expect(compareNames('Ziudin', 'Ziauddin').same).toBe(true);
  });
  it('the Pashtun -zai is not the Persian -zāyī (میرزایی = Mirzaei)', () => {
    expect(compareNames('میرزایی', 'Mirzaee').same).toBe(true);
    expect(compareNames('حسین میرزایی', 'Hossein Mirzazai').same).toBe(false);
  });
  it('the Maghrebi ل only before a nisba of three consonants or a name of four (لقمان is Luqman, not القمان)', () => {
    expect(compareNames('لقمان', 'القمان').same).toBe(false);
  });
  it('Abdo before Mahdi is two names; Abd al-Mahdi a compound (Abdo Mahdi Saleh is not عبد المهدي صالح)', () => {
    expect(compareNames('Abdo Mahdi Saleh', 'عبد المهدي صالح').same).toBe(false);
    expect(compareNames('عبد المهدي', 'Abdulmahdi').same).toBe(true);
  });
  it('the Somali Abdi- before a vowel only before a name Abd- takes (Abdiaziz, not Abdiomar)', () => {
    expect(units('Abdiomar')[0]![0]).toBe('name');
    expect(units('Abdiasis')[0]![0]).toBe('abd');
  });
});

describe('names joined or marked as the papers of the route write them', () => {
  it('X al-Rahman, al-Rahim joined in Arabic script is two words (ضیاءالرحمن, عطاالرحمن, فضلالرحيم = Ziaur Rahman, Ataur Rahman, Fazlur Rahim)', () => {
    for (const [a, b] of [['ضیاءالرحمن', 'Ziaur Rahman'], ['عطاءالرحمن', 'Ataur Rahman'], ['عطاالرحمن', 'Ataur Rahman'], ['فضلالرحيم', 'Fazlur Rahim']] as const) {
      expect(compareNames(a, b).same).toBe(true);
    }
    expect(compareNames('حبيبالرحمن', 'Abdul Rahman').same).toBe(false);
  });
  it('the Persian child of, فرزند, of a son or a daughter, and walad with the izafat, walad-e, are lineage markers; Farzand first is a name', () => {
    expect(compareNames('زهرا فرزند علی', 'Zahra d/o Ali').same).toBe(true);
    expect(compareNames('زهرا فرزند علی', 'زهرا دختر علی').same).toBe(true);
    expect(compareNames('Bint-e-Zahra', 'Binte Zahra').score).toBe(1);
    expect(compareNames('احمد شاه فرزند گل محمد', 'Ahmad Shah s/o Gul Mohammad').same).toBe(true);
    expect(compareNames('Ahmad Shah walad-e Gul Mohammad', 'Ahmad Shah Gul Mohammad').same).toBe(true);
    expect(units('Ahmad Shah walad-e Gul Mohammad').map(([, s]) => s)).not.toContain('e');
    expect(compareNames('فرزند علی', 'Farzand Ali').same).toBe(true);
  });
  it('Allah first with one l before the words that follow it (Alahyar, Alahdad = Allahyar), not al-Ahmad', () => {
    expect(compareNames('Alahyar', 'Allahyar').same).toBe(true);
    expect(compareNames('Alahdad', 'اللهداد').same).toBe(true);
    expect(compareNames('Alahmad', 'Al-Ahmad').same).toBe(true);
    // (and in Arabic script with one lam, as Persian writes it: الهیار)
    expect(compareNames('Alahyar', 'الهیار').same).toBe(true);
    expect(compareNames('الله‌یار', 'الهیار').same).toBe(true);
    // (and in Cyrillic before the same words: Алахдад = Allahdad; Алахмад stays al-Ahmad)
    expect(compareNames('Алахдад', 'Allahdad').same).toBe(true);
    expect(compareNames('Алахдад', 'الله داد').same).toBe(true);
    expect(compareNames('Алахмад', 'Al Ahmad').same).toBe(true);
  });
  it('the wald of Sudanese and Chadian papers is walad, son of (Wald Qaddur = Ould Kaddour = ولد قدور)', () => {
    expect(compareNames('Wald Qaddur', 'Ould Kaddour').same).toBe(true);
    expect(compareNames('Mohamed Wald Ahmed', 'Mohamed Ahmed').same).toBe(true);
  });
  it('Allah after the link i with one l, as Somali writes it (Cabdilaahi = Abdillahi = عبدالله)', () => {
    expect(compareNames('Cabdilaahi', 'Abdillahi').same).toBe(true);
    expect(compareNames('Cabdilaahi Yuusuf', 'عبدالله يوسف').same).toBe(true);
  });
  it('Umm with the izafat written Ummay (Ummay Habiba = أم حبيبة = Umme Habiba)', () => {
    expect(compareNames('Ummay Habiba', 'أم حبيبة').same).toBe(true);
    expect(compareNames('Ummay Habiba', 'Umme Habeeba').same).toBe(true);
  });
  it('Umm with the izafat written Ummey, as Bangladeshi papers do (Ummey Kulsum = Umme Kulsum = أم كلثوم)', () => {
    expect(compareNames('Ummey Kulsum', 'Umme Kulsum').same).toBe(true);
    expect(compareNames('Ummey Kulsum', 'أم كلثوم').same).toBe(true);
    expect(compareNames('Omme Kulsum', 'Umme Kulsum').same).toBe(true);
    expect(compareNames('Ummeh Kulsum', 'Umme Kulsum').same).toBe(true);
    expect(units('Ummey Kulsum')[0]![0]).toBe('umm');
    expect(compareNames('Ummey Kulsum', 'Ummey Habiba').same).toBe(false);
  });
  it('Umm before a Bengali name read by another romanisation too (উম্মে কুলছুম = Umme Kulsum, its ছ the s of Arabic names)', () => {
    expect(compareNames('উম্মে কুলছুম', 'Umme Kulsum').same).toBe(true);
    expect(compareNames('উম্মে কুলছুম', 'Умме Кулсум').same).toBe(true);
    expect(compareNames('উম্মে কুলছুম', 'Umme Habiba').same).toBe(false);
  });
  it('Allah before the Turkic verdi, "gave", begins the name Allahverdi, not the -ullah of the name before it', () => {
    // a Persian ZWNJ after الله (الله‌وردی) reads as a space
    expect(units('طیبه الله‌وردی شهبازلو').map(([kind]) => kind)).toEqual(['name', 'allah-first', 'name']);
    expect(compareNames('طیبه الله‌وردی شهبازلو', 'Tayebeh Allahverdi Shahbazlou').same).toBe(true);
    expect(compareNames('Bahram Allah Verdi', 'Bahram Allahverdi').same).toBe(true);
    // (other words after Allah still make the name before it X-ullah: نعمت الله رضایی = Nematollah Rezaei)
    expect(units('نعمت الله رضایی')[0]![0]).toBe('allah-compound');
  });
  it('Abdus before sh, as Bangladeshi spellings write Abdush (Abdus Shakur = Abdush Shakur = عبد الشكور)', () => {
    expect(compareNames('Abdus Shakur', 'Abdush Shakur').same).toBe(true);
    expect(compareNames('Abdus Shakur', 'عبد الشكور').same).toBe(true);
    expect(units('Abdus Shakur')[0]![0]).toBe('abd');
    expect(compareNames('Abdus Shakur', 'Abdus Sattar').same).toBe(false);
  });
  it('the Persian -abadi written apart or after a ZWNJ joins the name before it (رستم آبادی = رستمآبادی = Rostamabadi)', () => {
    expect(compareNames('رستم آبادی', 'Rostamabadi').same).toBe(true);
    expect(compareNames('امین رستم آبادی', 'Amin Hamid Reza Rostamabadi').same).toBe(true);
    expect(compareNames('ابراهیم قدرت دولت‌آبادی', 'ابراهیم دولت‌آبادی').same).toBe(true);
    expect(units('رستم آبادی')).toHaveLength(1);
    // (not the Latin Abadi, also the Iraqi family name العبادي, nor عبادی with its ayn)
    expect(units('Haidar Abadi')).toHaveLength(2);
    expect(units('حیدر عبادی')).toHaveLength(2);
  });
  it('the French article ech, ach before the ch of a sun letter (Ech-Chaari = ash-Shaari = الشعري)', () => {
    expect(compareNames('Ech-Chaari', 'الشعري').same).toBe(true);
    expect(compareNames('Ech-Chaari', 'Shaari').same).toBe(true);
    expect(compareNames('Ach Chafii', 'Al-Shafii').same).toBe(true);
    expect(units('Ech-Chaari')[0]![2]).toBe(true);
    expect(compareNames('Ech-Chaari', 'Ech-Chafii').same).toBe(false);
    // (not before another letter: in Ech Rami, Ech is no article)
    expect(units('Ech Rami')).toHaveLength(2);
  });
  it('Ghulam in Bengali script before a name is one name with it (গোলাম মোস্তফা = Ghulam Mustafa)', () => {
    expect(compareNames('গোলাম মোস্তফা', 'Ghulam Mustafa').same).toBe(true);
    expect(compareNames('গোলাম মোস্তফা', 'Гулам Мустафа').same).toBe(true);
  });
});
