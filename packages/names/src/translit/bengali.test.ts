import { describe, expect, it } from 'vitest';
import { compareNames } from '../index';
import { normalizeName } from '../normalize';
import { bengaliToLatin } from './bengali';

const latin = (name: string): string => normalizeName(name).split(' ').map((word) => bengaliToLatin(word)).join(' ');
const same = (a: string, b: string): boolean => compareNames(a, b).same;

describe('Bengali script', () => {
  it('is read as Bangladeshi papers romanise it (মোহাম্মদ রহমান = Mohammad Rahman, চৌধুরী = Choudhuri)', () => {
    expect(latin('মোহাম্মদ রহমান')).toBe('mohammad rahman');
    expect(latin('চৌধুরী')).toBe('choudhuri');
    expect(latin('খাতুন')).toBe('khatun');
  });
  it('says the vowel a consonant carries, but not at the end, before a virama or before a consonant with its own vowel', () => {
    // আলম Alam, বেগম: said before a last consonant; ইসলাম, সুলতানা: not before a syllable; আব্দুল: the virama
    expect(latin('আলম')).toBe('alam');
    expect(latin('ইসলাম')).toBe('islam');
    expect(latin('সুলতানা')).toBe('sultana');
    expect(latin('আব্দুল্লাহ')).toBe('abdullah');
  });
  it('reads ড় and য় with their nukta, written as one letter or as two (মিয়া = Mia)', () => {
    expect(latin('মিয়া')).toBe('miya');
    // (and the ঞা of its old spelling মিঞা, said ya: Sumon Miah = সুমন মিঞা)
    expect(latin('মিঞা')).toBe('miya');
    expect(same('Sumon Miah', 'সুমন মিঞা')).toBe(true);
    expect(latin('মিয\u09bcা')).toBe('miya');
    expect(latin('বড়ুয়া')).toBe('baruya');
  });
  it('finds the Latin, Cyrillic and Arabic-script spellings of the name', () => {
    expect(same('মোহাম্মদ রুবেল মিয়া', 'Md Rubel Mia')).toBe(true);
    expect(same('মিজানুর রহমান', 'Mizanur Rahman')).toBe(true);
    expect(same('মণ্ডল', 'Мондал')).toBe(true);
    expect(same('চৌধুরী', 'Chowdhury')).toBe(true);
    expect(same('রহমান', 'رحمن')).toBe(true);
    expect(same('আক্তার', 'Akhter')).toBe(true);
  });
  it('reads জ and য as z too, the ز of Arabic names that Bengali writes with them (মিজানুর = Mizanur = Mijanur, মজুমদার = Mazumder)', () => {
    expect(same('মিজানুর রহমান', 'Mizanur Rahman')).toBe(true);
    expect(same('মিজানুর রহমান', 'Mijanur Rahman')).toBe(true);
    expect(same('মজুমদার', 'Mazumder')).toBe(true);
    expect(same('জাহিদুল', 'Zahidul')).toBe(true);
  });
  it('reads an X-ur name against X-ur written apart with its জ as z too (আজিজুর রহমান = Aziz-ur-Rahman)', () => {
    expect(same('আজিজুর রহমান', 'Aziz-ur-Rahman')).toBe(true);
    expect(same('আজিজুর রহমান', 'Aziz ur Rahman')).toBe(true);
    expect(same('আজিজুর রহমান', 'Hafeez ur Rahman')).toBe(false);
  });
  it('reads জ after a consonant as the consonant it is, not the glide of a Slavic j (ফারজানা is not ফারহানা, Farhana)', () => {
    expect(same('ফারজানা', 'ফারহানা')).toBe(false);
    expect(same('ফারজানা', 'Farhana')).toBe(false);
    expect(same('ফারজানা', 'Farzana')).toBe(true);
  });
  it('reads the inherent vowel as o too, as Bengali says it (মণ্ডল = Mondol = Mandal, সরকার = Sorkar)', () => {
    expect(same('মণ্ডল', 'Mondol')).toBe(true);
    expect(same('মণ্ডল', 'Mandal')).toBe(true);
    expect(same('সরকার', 'Sorkar')).toBe(true);
  });
  it('reads শ and ষ as s too, and the ব-ফলা after a consonant as w (বিশ্বাস = Biswas = Bishwas)', () => {
    expect(same('বিশ্বাস', 'Biswas')).toBe(true);
    expect(same('বিশ্বাস', 'Bishwas')).toBe(true);
    expect(latin('বিশ্বাস')).toBe('bishwas');
    expect(same('শফিক', 'Safiq')).toBe(true);
    expect(same('শফিক', 'Rafiq')).toBe(false);
  });
  it('reads ছ as s too, which Bangladeshi spellings of Muslim names write for the s of Arabic ones (জোছনা = Josna, নেছা = Nesa = النساء)', () => {
    expect(same('জোছনা', 'Josna')).toBe(true);
    expect(same('মোখলেছুর', 'Moklesur')).toBe(true);
    expect(same('ছালেহা', 'Saleha')).toBe(true);
    // (also where the name is one word in the other spelling: the second name is joined in each of its readings)
    expect(same('নূরুন নেছা', 'Nurunnisa')).toBe(true);
    expect(same('নূরুন নেছা', 'نور النساء')).toBe(true);
    expect(same('ফজিলাতুন নেছা', 'Fazilatunnesa')).toBe(true);
    expect(same('ছালাম', 'Selim')).toBe(false);
  });
  it('keeps other names apart (রহিম Rahim is not Rahman, আলম Alam is not Islam)', () => {
    expect(same('রহিম', 'Rahman')).toBe(false);
    expect(same('আলম', 'Islam')).toBe(false);
    expect(same('হাসান', 'Hussein')).toBe(false);
  });
});

describe('Bangladeshi romanisations', () => {
  it('write the z of Arabic names j, as Bengali জ is both: in a name that shows such a spelling, j is also z (Mijanur Rahman = Mizanur Rahman)', () => {
    expect(same('Mijanur Rahman', 'Mizanur Rahman')).toBe(true);
    expect(same('Afroja Akter', 'Afroza Akter')).toBe(true);
    expect(same('Majumder', 'Mozumder')).toBe(true);
    // (a name of the form Reza-ul, Zia-ur written as one word shows it too: Rejaul = Rezaul, Jiaur = Ziaur = Зиаур)
    expect(same('Rejaul', 'Rezaul')).toBe(true);
    expect(same('Jiaur', 'Зиаур')).toBe(true);
    expect(same('Fleur Jansen', 'Fleur Zansen')).toBe(false);
    expect(same('Shaul Jakob', 'Shaul Zakob')).toBe(false);
    // not in a name that shows none (Jalil is not Zalil), and other names stay apart
    expect(same('Jalil Hadi', 'Zalil Hadi')).toBe(false);
    // (a one-word Abdurrahman is no Bangladeshi mark: Turkish and Arab names write it so)
    expect(same('Abdurrahman Jafar', 'Abdurrahman Zafar')).toBe(false);
    expect(same('Afroja Akter', 'Afsana Akter')).toBe(false);
  });
});

describe('Bangladeshi abbreviations and loan letters', () => {
  it('মোঃ is Md, Muhammad abbreviated before a name (মোঃ আবুল কালাম = Md Abul Kalam = Mohammad Abul Kalam)', () => {
    expect(same('মোঃ আবুল কালাম', 'Md Abul Kalam')).toBe(true);
    expect(same('মোঃ রফিকুল ইসলাম', 'Mohammad Rafiqul Islam')).toBe(true);
    expect(same('মোঃ আবুল কালাম', 'Md Abul Hasan')).toBe(false);
  });
  it('ভ also writes the v of Persian names (তানভীর আহমেদ = Tanvir Ahmed, পারভেজ = Parvez)', () => {
    expect(same('তানভীর আহমেদ', 'Tanvir Ahmed')).toBe(true);
    expect(same('পারভেজ', 'Parvez')).toBe(true);
  });
});

describe('a Bengali name as Bengali says it', () => {
  it('is also read with স as sh, without a first ব-phala and the h of a first ঋ (স্বপ্না = Shopna, সাগর = Shagor, হৃদয় = Ridoy)', () => {
    expect(compareNames('স্বপ্না', 'Shopna').same).toBe(true);
    expect(compareNames('সাগর', 'Shagor').same).toBe(true);
    expect(compareNames('হৃদয়', 'Ridoy').same).toBe(true);
    expect(compareNames('হৃদয়', 'Hriday').same).toBe(true);
  });
});

describe('Bengali ও or ো before য়া', () => {
  it('is the w of wa (রিজওয়ানা = Rizwana, পাটোয়ারী = Patwari, আনোয়ারা = Anwara)', () => {
    expect(bengaliToLatin('রিজওয়ানা')).toBe('rijwana');
    expect(bengaliToLatin('পাটোয়ারী')).toBe('patwari');
    expect(compareNames('রিজওয়ানা', 'Rizwana').same).toBe(true);
    expect(compareNames('আনোয়ারা', 'Анвара').same).toBe(true);
    expect(compareNames('মোঃ কামাল উদ্দিন পাটোয়ারী', 'Kamal Uddin Patwary').same).toBe(true);
  });
  it('reads the candrabindu as the n Latin writes for it too (চাঁদনী = Chandni = چاندنی), not only as nothing (চাঁদ = Chad)', () => {
    expect(bengaliToLatin('চাঁদনী', 'a', true)).toBe('chandni');
    expect(bengaliToLatin('চাঁদনী')).toBe('chadni');
    expect(same('চাঁদনী', 'Chandni')).toBe(true);
    expect(same('চাঁদনী', 'چاندنی')).toBe(true);
    expect(same('চাঁদ মিয়া', 'Чанд Миа')).toBe(true);
    expect(same('চাঁদনী', 'Chandana')).toBe(false);
  });
  it('… or at the end of a word that ends in a vowel (ভূঁইয়া = Bhuiyan = Бхуйян)', () => {
    expect(same('ভূঁইয়া', 'Bhuiyan')).toBe(true);
    expect(same('ভূঁইয়া', 'Bhuiya')).toBe(true);
    expect(same('মোঃ মিজানুর রহমান ভূঁইয়া', 'Мизанур Рахман Бхуйян')).toBe(true);
    // (only there: হাঁসি is Hasi, not Hasin)
    expect(same('হাঁসি', 'Hasin')).toBe(false);
  });
});

describe('Bengali compounds with -uddin', () => {
  it('joined to the name, which ends before the উ: no vowel of its own there (সালাহউদ্দিন = Salahuddin, not Salahauddin)', () => {
    expect(bengaliToLatin('সালাহউদ্দিন')).toBe('salahuddin');
    expect(same('সালাহউদ্দিন', 'Salahuddin')).toBe(true);
    expect(same('কামালউদ্দিন', 'Kamal Uddin')).toBe(true);
    // (a vowel before an independent vowel elsewhere is said: মঈন = Moin)
    expect(bengaliToLatin('মঈন')).toBe('main');
  });
  it('read with the z Bangladeshi spellings write for জ, joined or apart (নিজাম উদ্দিন = Nizam Uddin = Nizamuddin)', () => {
    expect(same('নিজাম উদ্দিন', 'Nizam Uddin')).toBe(true);
    expect(same('নিজামউদ্দিন', 'Nizamuddin')).toBe(true);
    expect(same('নাজিম উদ্দিন', 'Nazimuddin')).toBe(true);
    expect(same('নিজামউদ্দিন', 'Nijamuddin')).toBe(true);
    expect(same('নিজাম উদ্দিন', 'Nasimuddin')).toBe(false);
  });
});

describe('Bengali রর', () => {
  it('writes the doubled r of Arabic names, without a vowel between (মোশাররফ = Mosharraf = مشرف)', () => {
    expect(compareNames('মোশাররফ', 'Mosharraf').same).toBe(true);
    expect(compareNames('মোশাররফ', 'مشرف').same).toBe(true);
  });
});

describe('the ব-ফলা after ব and ম', () => {
  it('writes the b it doubles or follows (রাব্বি = Rabbi, আম্বিয়া = Ambia), not the w it is after other letters (বিশ্বাস = Biswas)', () => {
    expect(compareNames('রাব্বি', 'Rabbi').same).toBe(true);
    expect(compareNames('ফজলে রাব্বি', 'Fazle Rabbi').same).toBe(true);
    expect(compareNames('আম্বিয়া', 'Ambia').same).toBe(true);
    expect(compareNames('বিশ্বাস', 'Biswas').same).toBe(true);
    expect(compareNames('রাব্বি', 'Rabwi').score).toBeLessThan(compareNames('রাব্বি', 'Rabbi').score);
  });
});
