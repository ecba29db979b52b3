import { describe, expect, it } from 'vitest';
import { compareNames, nameScore, prepareName, SAME_NAME_THRESHOLD } from './index';

const same = (a: string, b: string): boolean => compareNames(a, b).same;

describe('a final ه after alif (ة or ه before normalisation)', () => {
  it('is the taa marbuta pronounced t (Najat, Hayat = نجاة, حياة)', () => {
    expect(same('Najat', 'نجاة')).toBe(true);
    expect(same('Hayat', 'حياة')).toBe(true);
    expect(same('Наджат', 'نجاة')).toBe(true);
  });
  it('or the h of Persian شاه, سپاه (Shah, Ahmad Shah, Sepah)', () => {
    expect(same('Shah', 'شاه')).toBe(true);
    expect(same('Ahmad Shah', 'احمد شاه')).toBe(true);
    expect(same('Sepah', 'سپاه')).toBe(true);
  });
});

describe('a final ه after ya', () => {
  it('is the taa marbuta of Persian رقيه (Roqayeh) or the h of faʿīl from a root ending in it (Nazih = نزيه, Wajih = Ваджих = وجيه)', () => {
    expect(same('Roqayeh', 'رقيه')).toBe(true);
    expect(same('Nazih', 'نزيه')).toBe(true);
    expect(same('Nazeeh', 'نزيه')).toBe(true);
    expect(same('Ваджих', 'وجيه')).toBe(true);
    expect(same('Faqih', 'فقيه')).toBe(true);
  });
});

describe('a final ه after waw', () => {
  it('is the taa marbuta of عروة (Urwa) or the h Persian and Urdu say after و (Kamboh = کمبوہ, Shikoh = شکوه)', () => {
    expect(same('Urwa', 'عروة')).toBe(true);
    expect(same('Kamboh', 'کمبوہ')).toBe(true);
    expect(same('Камбох', 'کمبوه')).toBe(true);
    expect(same('Shikoh', 'شکوه')).toBe(true);
    // (a ح is still another letter: Marwa is not مروح)
    expect(same('Marwa', 'مروح')).toBe(false);
  });
});

describe('taa marbuta after a consonant spelt -et or -at (Turkish, Bosnian, Persian, Urdu)', () => {
  it('Nimet, Hikmet, Rahmat, Ismet, Nusret, Izzet = نعمة حكمة رحمة عصمة نصرة عزة', () => {
    expect(same('Nimet', 'نعمة')).toBe(true);
    expect(same('Hikmet', 'حكمة')).toBe(true);
    expect(same('Хикмет', 'حكمة')).toBe(true);
    expect(same('Rahmat', 'رحمة')).toBe(true);
    expect(same('Ismet', 'عصمة')).toBe(true);
    expect(same('Nusret', 'نصرة')).toBe(true);
    expect(same('Izzet', 'عزة')).toBe(true);
  });
  it('and a Bosnian woman\'s name in -eta is read without the -ta (Nimeta = نعمة = Ni\'ma, Зинета = زينة)', () => {
    expect(same('Nimeta', 'نعمة')).toBe(true);
    expect(same('Nimeta', "Ni'ma")).toBe(true);
    expect(same('Зинета', 'زينة')).toBe(true);
  });
  it('only against a final ه: a t is not dropped elsewhere (Hamdat / حمد, Hayat / حيا)', () => {
    expect(compareNames('Hamdat', 'حمد').score).toBeLessThan(SAME_NAME_THRESHOLD);
    expect(compareNames('Hayat', 'حيا').score).toBeLessThan(SAME_NAME_THRESHOLD);
  });
  it('a name in -āt written with its alif is closer to that spelling (Barakat: بركات before بركة)', () => {
    expect(compareNames('Barakat', 'بركات').score).toBeGreaterThan(compareNames('Barakat', 'بركة').score);
  });
});

describe('-ah and -eh against Arabic script', () => {
  it('the h only spells the taa marbuta that Arabic script writes (Odeh, Attieh, Saadeh, Hamadeh)', () => {
    expect(same('Odeh', 'عودة')).toBe(true);
    expect(same('Attieh', 'عطية')).toBe(true);
    expect(same('Saadeh', 'سعادة')).toBe(true);
    expect(same('Hamadeh', 'حمادة')).toBe(true);
  });
  it('a letter h of the Arabic spelling is still needed (Salah = صلاح, not صلا)', () => {
    expect(compareNames('Salah', 'صلاح').score).toBeGreaterThan(compareNames('Salah', 'صلا').score);
  });
});

describe('Persian gh for ق', () => {
  it('against Latin c and k (Yaghoub = Yacoub = Yakub, Ghasem = Kasem)', () => {
    expect(same('Yaghoub', 'Yacoub')).toBe(true);
    expect(same('Yaghoub', 'يعقوب')).toBe(true);
    expect(same('Ghasem', 'Kasem')).toBe(true);
  });
});

describe('Latin zh for z + h', () => {
  it('Mazhar = مظهر, Mazhari = مظهري (zh is also Persian ژ: Mozhgan = مژگان)', () => {
    expect(same('Mazhar', 'مظهر')).toBe(true);
    expect(same('Mazhari', 'مظهري')).toBe(true);
    expect(same('Mozhgan', 'مژگان')).toBe(true);
  });
});

describe('a last consonant', () => {
  it('after a vowel is one of the name between spellings in alphabets (Abraham / Abraha, Mebrahtom / Mebrahtu = መብራህቶም / መብራህቱ)', () => {
    expect(same('Abraham', 'Abraha')).toBe(false);
    expect(same('Mebrahtom', 'Mebrahtu')).toBe(false);
    expect(same('መብራህቶም', 'መብራህቱ')).toBe(false);
    // … while a final h that spells a vowel stays a spelling detail (Fatimah = Fatima)
    expect(same('Fatimah', 'Fatima')).toBe(true);
  });
  it('against Arabic script it may be the silent one of French spellings (Renaud = رينو)', () => {
    expect(same('Renaud', 'رينو')).toBe(true);
  });
  it('after the alif of an Arabic-script word is one of the name too (مروان is not Marwa: a brother and a sister)', () => {
    expect(same('مروان فهد التميمي', 'Марва Фахд Тамими')).toBe(false);
    expect(same('مروان فهد التميمي', 'Marwan Fahad Al-Tamimi')).toBe(true);
  });
});

describe('a ya before the last ya of an Arabic-script word', () => {
  it('is the y other spellings say in the long i or leave out (محيي الدين = Mohiuddin, کاکەیی = Kakai, کۆیی = Koui)', () => {
    expect(same('محيي الدين', 'Mohiuddin')).toBe(true);
    expect(same('محيي الدين', 'Muhyiddin')).toBe(true);
    expect(same('کاکەیی', 'Kakai')).toBe(true);
    expect(same('کۆیی', 'Koui')).toBe(true);
    expect(same('يحيي', 'Yahya')).toBe(true);
  });
});

describe('a consonant Arabic script writes twice', () => {
  it('is one letter in the other scripts, which write a double letter once (حسین‌نژاد = Hosseinnejad, مككلور = McClure)', () => {
    expect(same('حسین‌نژاد', 'Hosseinnejad')).toBe(true);
    expect(same('حسين نژاد', 'Хосеиннежад')).toBe(true);
    expect(same('مككلور', 'McClure')).toBe(true);
    // … and a ya before a ya, between two Arabic-script spellings (محيي الدين = محی الدین, Muhyi al-Din)
    expect(same('محيي الدين', 'محی الدین')).toBe(true);
    expect(same('محيي', 'محی')).toBe(true);
    // … while a letter written once in Arabic script is still needed (حسين is not Hosseinnejad)
    expect(same('حسين', 'Hosseinnejad')).toBe(false);
  });
});

describe('a French g before e or i', () => {
  it('is the zh Lebanese speech gives ج, which Cyrillic writes ж (Gemayel = Жемайел, Frangieh = Франжие)', () => {
    expect(same('Gemayel', 'Жемайел')).toBe(true);
    expect(same('Frangieh', 'Франжие')).toBe(true);
    // (a g is not any consonant: Gamal is not Kamal)
    expect(same('Gamal', 'Kamal')).toBe(false);
  });
});

describe('a first ei', () => {
  it('is the ayn or alif of عي, إي written before the i (Eissa = Issa = عيسى, Eiman = Iman)', () => {
    expect(same('Eissa', 'Issa')).toBe(true);
    expect(same('Al Eissa', 'Al-Isa')).toBe(true);
    expect(same('Eiman', 'Iman')).toBe(true);
    // not another first vowel (Ehsan / Ihsan keep the cost of e against i; Aiman is Ayman, not Iman)
    expect(compareNames('Eiman', 'Iman').score).toBeGreaterThan(compareNames('Aiman', 'Iman').score);
  });
});

describe('a Latin c', () => {
  it('is the ts Serbo-Croatian, Slovene and Hungarian spellings write c, as Cyrillic ц and Ethiopic ጸ say it (Cegaj = Tsegay = ጸጋይ = Цегай)', () => {
    expect(same('Cegaj', 'Tsegay')).toBe(true);
    expect(same('Cegaj', 'ጸጋይ')).toBe(true);
    expect(same('Cegaj', 'Цегай')).toBe(true);
    expect(same('Tesfacion', 'Tesfatsion')).toBe(true);
    // only against a ts: Cemal is still the Turkish Jamal, not Tsemal, and Cegaj is not Segaj's other name
    expect(same('Cemal', 'جمال')).toBe(true);
    expect(compareNames('Cegaj', 'Tsegay').score).toBeGreaterThan(compareNames('Segaj', 'Tsegay').score);
  });
});

describe('the ts of Ethiopic ጸ', () => {
  it('begins a compound\'s second name, which other spellings write z or s (Habtetsion = Habtezion = Хабтезион)', () => {
    expect(same('Habtetsion', 'Habtezion')).toBe(true);
    expect(same('Habtetsion', 'Хабтезион')).toBe(true);
  });
});

describe('s and z', () => {
  it('a final s is voiced and written z in Arabic script and Bosnian (Gomes = غوميز, Jones = جونز, Idriz = Idris)', () => {
    expect(same('Gomes', 'غوميز')).toBe(true);
    expect(same('Jones', 'جونز')).toBe(true);
    expect(same('Idriz', 'Idris')).toBe(true);
    expect(same('Idriz', 'إدريس')).toBe(true);
  });
  it('a German spelling (ei for ai) says a first s before a vowel z (Seinab = Zainab = Зейнаб)', () => {
    expect(same('Seinab', 'Zainab')).toBe(true);
    expect(same('Seinab', 'Зейнаб')).toBe(true);
    expect(compareNames('Seinab', 'Zeinab').score).toBeGreaterThan(compareNames('Sainab', 'Zeinab').score);
    expect(same('Seinab', 'Sainab')).toBe(true);
    // … and so does the German -ow, -ew of a Russian family name (Sakajew = Закаев = Zakaev)
    expect(same('Sakajew', 'Закаев')).toBe(true);
    expect(same('Ahmed Sakajew', 'Ahmed Zakaev')).toBe(true);
    expect(same('Sakaev', 'Zakaev')).toBe(false);
    expect(same('Sakajewa', 'Закаева')).toBe(true);
  });
  it('a first Latin s against the ز of an Arabic spelling is the German s said z (Siad = زياد, Sakaria = زكريا, Sahra = زهرة)', () => {
    expect(same('Siad', 'زياد')).toBe(true);
    expect(same('Sakaria', 'زكريا')).toBe(true);
    expect(same('Sahra', 'زهرة')).toBe(true);
    // between two Latin spellings it is still another name (Siad is also the Somali سياد), and a Latin z is never the
    // German s of a س (Ziad / سياد)
    expect(same('Siad', 'Ziad')).toBe(false);
    expect(same('Ziad', 'سياد')).toBe(false);
    expect(same('Saki', 'زكي')).toBe(false);
  });
  it('a first letter s or z makes another name (Said / Zaid, Zaki / Saki, Samir / Zamir)', () => {
    expect(same('Said', 'Zaid')).toBe(false);
    expect(same('Zaki', 'Saki')).toBe(false);
    expect(same('Samir', 'Zamir')).toBe(false);
    expect(same('Said', 'زيد')).toBe(false);
  });
});

describe('a final -i against -ou or -o', () => {
  it('is the nisba against another ending: another name (Hamidi / Hamidou, Abdi / Abdou, Hamdi / Hamdou)', () => {
    expect(same('Hamidi', 'Hamidou')).toBe(false);
    expect(same('Abdi', 'Abdou')).toBe(false);
    expect(same('Hamdi', 'Hamdou')).toBe(false);
  });
  it('not against the short ü Turkish vowel harmony makes of the nisba (Şükrü = Shukri, Hüsnü = Husni)', () => {
    expect(same('Şükrü', 'Shukri')).toBe(true);
    expect(same('Hüsnü', 'Husni')).toBe(true);
  });
});

describe('the silent e of a French -ane', () => {
  it('is left out by other spellings (Rezane = Rezan, Souzane = Susan, Otmane = Осман)', () => {
    expect(compareNames('Welat Rezane Omar', 'Welat Resan Omar').same).toBe(true);
    expect(same('Souzane', 'Susan')).toBe(true);
    expect(same('Essame', 'Issam')).toBe(true);
    // (a Latin spelling's only: a Cyrillic -ане is as often the Persian feminine -e, Фарзане = Farzaneh)
    expect(compareNames('Фарзане', 'Farzan').score).toBeLessThan(compareNames('Farzane', 'Farzan').score);
    expect(compareNames('Otmane Amzil', 'Осман Амзил').same).toBe(true);
    expect(compareNames('Rezane', 'Rezan').score).toBeGreaterThan(compareNames('Rezana', 'Rezan').score);
  });
});

describe('a final -e against -u', () => {
  it('is another name where the script writes each vowel, as Ethiopic does (ተክለ / ተክሉ = Tekle / Teklu, ፍቅሬ / ፍቅሩ)', () => {
    expect(same('ተክለ', 'ተክሉ')).toBe(false);
    expect(same('ፍቅሬ', 'ፍቅሩ')).toBe(false);
    expect(same('ተክሉ', 'Teklu')).toBe(true);
    // (the -o Somali writes for the taa marbuta is not -u: Nefise = Nafiso)
    expect(same('Nefise', 'Nafiso')).toBe(true);
  });
});

describe('ي read as e', () => {
  it('in foreign names Arabic script writes e with ي (Evgeny = يفغيني, Gomez = غوميز, Peter = بيتر, Elena = يلينا)', () => {
    expect(same('Evgeny', 'يفغيني')).toBe(true);
    expect(same('Евгений', 'يفغيني')).toBe(true);
    expect(same('Gomez', 'غوميز')).toBe(true);
    expect(same('Peter', 'بيتر')).toBe(true);
  });
  it('and in Maghrebi spellings of Arabic names (Saed = سعيد), while Hassan stays apart from حسين', () => {
    expect(same('Saed', 'سعيد')).toBe(true);
    expect(same('Hassan', 'حسين')).toBe(false);
    expect(same('Hussein', 'حسن')).toBe(false);
  });
});

describe('the template faʿīl against fāʿil', () => {
  it('a single e of a closed last syllable is the i of fāʿil, not the ي of faʿīl (Amer / أمير, Hamed / حميد, Салем / سليم)', () => {
    expect(same('Amer', 'أمير')).toBe(false);
    expect(same('Hamed', 'حميد')).toBe(false);
    expect(same('Салем', 'سليم')).toBe(false);
    expect(same('Majed', 'مجيد')).toBe(false);
    expect(same('Hassen', 'حسين')).toBe(false);
  });
  it('while each stays its own name (Amer = عامر, Hamed = حامد = Хамед, Majeed = مجيد, Amir = أمير)', () => {
    expect(same('Amer', 'عامر')).toBe(true);
    expect(same('Hamed', 'حامد')).toBe(true);
    expect(same('Хамед', 'حامد')).toBe(true);
    expect(same('Majeed', 'مجيد')).toBe(true);
    expect(same('Amir', 'أمير')).toBe(true);
  });
  it('the explanation says so', () => {
    expect(compareNames('Hamed', 'حميد').explanation.pairs[0]!.how).toContain('faʿīl');
    expect(compareNames('Hamed', 'حامد').explanation.pairs[0]!.how).not.toContain('faʿīl');
    expect(compareNames('Fatemeh', 'Fatemi').explanation.pairs[0]!.how).toContain('another ending');
  });
  it('a y before the e is the consonant ي (Sayed = سيد), and a European e comes with other vowel letters (Oleg = اوليغ)', () => {
    expect(same('Sayed', 'سيد')).toBe(true);
    expect(same('Oleg', 'اوليغ')).toBe(true);
    expect(same('Peter', 'بيتر')).toBe(true);
  });
});

describe('a Latin or Cyrillic -ah/-eh against -i', () => {
  it('a taa marbuta or ح is not the -i of a ي (Fatemeh / Fatemi, Zakieh / Zaki, Fateh / Fathi, Sameh / سامي, Салех / Сали)', () => {
    expect(same('Fatemeh', 'Fatemi')).toBe(false);
    expect(same('Zakieh', 'Zaki')).toBe(false);
    expect(same('Fateh', 'Fathi')).toBe(false);
    expect(same('Sameh', 'سامي')).toBe(false);
    expect(same('Салех', 'Сали')).toBe(false);
  });
  it('while -ah and -eh stay spellings of the taa marbuta and ح (Zakieh = زكية, Fatemeh = Fatima, Sameh = سامح, Salmah = سلمى)', () => {
    expect(same('Zakieh', 'زكية')).toBe(true);
    expect(same('Fatemeh', 'Fatima')).toBe(true);
    expect(same('Sameh', 'سامح')).toBe(true);
    expect(same('Salmah', 'سلمى')).toBe(true);
  });
});

describe('a Turkish final t for the final d of Arabic script', () => {
  it('is one letter (Cüneyt = جنيد, Sait = سعيد, Ahmet = أحمد, Reşit = رشيد)', () => {
    expect(same('Cüneyt', 'جنيد')).toBe(true);
    expect(same('Sait', 'سعيد')).toBe(true);
    expect(same('Ahmet', 'أحمد')).toBe(true);
    expect(compareNames('Reşit', 'رشيد').score).toBeGreaterThan(compareNames('Reşit', 'رشيق').score);
  });
});

describe('Latin th for ذ', () => {
  it('as often as dh, and Persian z (Muath = Muadh = Muaz, Thiab = ذياب, Thikra = ذكرى)', () => {
    expect(same('Muath', 'Muadh')).toBe(true);
    expect(same('Muath', 'Muaz')).toBe(true);
    expect(same('Thiab', 'ذياب')).toBe(true);
    expect(same('Thikra', 'ذكرى')).toBe(true);
  });
  it('ث and ذ stay two letters between two Arabic spellings', () => {
    expect(compareNames('ثياب', 'ذياب').score).toBeLessThan(compareNames('Thiab', 'ذياب').score);
  });
});

describe('a final ه against -e', () => {
  it('writes -a and -e alike (Fatme = فاطمه, Zohreh = زهره, Rere = راره)', () => {
    expect(same('Fatme', 'فاطمه')).toBe(true);
    expect(same('Zohreh', 'زهره')).toBe(true);
    expect(compareNames('Rere', 'راره').score).toBeGreaterThanOrEqual(SAME_NAME_THRESHOLD);
  });
});

describe('the vowel letter of the last syllable of an Arabic spelling', () => {
  it('is a long vowel every other spelling shows: Muhammad is further from محمود, Hassan from حسين', () => {
    expect(compareNames('Muhammad', 'محمود').score).toBeLessThan(compareNames('Muhammad', 'محمد').score - 0.15);
    expect(same('Muhammad', 'محمود')).toBe(false);
    expect(same('Hassan', 'حسين')).toBe(false);
    expect(same('Mahmoud', 'محمود')).toBe(true);
    expect(same('Rashid', 'رشيد')).toBe(true);
  });
});

describe('the v of Turkish, Bosnian and Persian spellings beside u', () => {
  it('is the w of و, which other spellings leave in the u (Davoud = داود, Davut = Dawood = Daud)', () => {
    expect(same('Davoud', 'داود')).toBe(true);
    expect(same('Davut', 'Dawood')).toBe(true);
    expect(same('Давуд', 'Daud')).toBe(true);
  });
  it('a v not beside u is a letter (Nevin is not Nein)', () => {
    expect(compareNames('Nevin', 'Nein').score).toBeLessThan(SAME_NAME_THRESHOLD);
  });
});

describe('a Latin c that begins a word before a vowel', () => {
  it('may be the Somali ayn (Cali = Ali = علي, Cabdalla = Abdallah)', () => {
    expect(same('Cali', 'Ali')).toBe(true);
    expect(same('Cali', 'علي')).toBe(true);
    expect(same('Cabdalla', 'Abdallah')).toBe(true);
  });
});

describe('consonants', () => {
  it('one against an unrelated one costs more than a vowel left out: Farhat / Farhan, Farzad / Farzan are two names', () => {
    expect(compareNames('Farhat', 'Farhan').score).toBeLessThan(SAME_NAME_THRESHOLD);
    expect(compareNames('Farzad', 'Farzan').score).toBeLessThan(SAME_NAME_THRESHOLD);
    expect(compareNames('Kamran', 'Kamrad').score).toBeLessThan(SAME_NAME_THRESHOLD);
  });
  it('ج read as Turkish c and as Egyptian g (Cafer = Gafar, Cemile = Gamila); an Italian c before a consonant is k (Teclemariam)', () => {
    expect(same('Cafer', 'Gafar')).toBe(true);
    expect(same('Cemile', 'Gamila')).toBe(true);
    expect(same('Teclemariam', 'ተኽለማርያም')).toBe(true);
  });
  it('a w between a consonant and a vowel is a letter of the name (Marwa / Mara), not a spelling of u (Souad = Suad)', () => {
    expect(compareNames('Marwa', 'Mara').score).toBeLessThan(0.85);
    expect(same('Ghinwa', 'Ghina')).toBe(false);
    expect(same('Souad', 'Suad')).toBe(true);
  });
});

describe('a final ح of an Arabic-script word', () => {
  it('is written in every spelling: ناجح (Najih) is not ناجي (Naji), and Naji is not ناجح', () => {
    expect(compareNames('ناجح', 'ناجي').score).toBeLessThan(SAME_NAME_THRESHOLD);
    expect(compareNames('Naji', 'ناجح').score).toBeLessThan(SAME_NAME_THRESHOLD);
    expect(same('Najih', 'ناجح')).toBe(true);
    expect(same('Fallah', 'فلاح')).toBe(true);
  });
});

describe('French ou and English oo of an earlier syllable against Arabic script', () => {
  it('are as often a short u (Zoubida = زبيدة, Boutros = بطرس, Oumayma = أميمة)', () => {
    expect(same('Zoubida', 'زبيدة')).toBe(true);
    expect(same('Boutros', 'بطرس')).toBe(true);
    expect(same('Oumayma', 'أميمة')).toBe(true);
  });
  it('… and so in a last syllable before two consonants, where Arabic has no long vowel (Loutfoullah = لطف الله)', () => {
    expect(same('Loutfoullah', 'لطف الله')).toBe(true);
    // … and, a little less, in a word of one syllable (Goul = گل), which is Hour, not حر (Hurr)
    expect(same('Goul Bibi Alizai', 'گل بی‌بی علیزی')).toBe(true);
    expect(same('Hour', 'حر')).toBe(false);
    // a long vowel of an open last syllable is written (Mahmoud is not محمد)
    expect(same('Mahmoud', 'محمد')).toBe(false);
  });
});

describe('Latin z against d', () => {
  it('spell ض and ظ in Persian and Urdu against Arabic spellings (Ramzan = Ramadan, Fazl = Fadl, Qazi = Qadi)', () => {
    expect(same('Ramzan', 'Ramadan')).toBe(true);
    expect(same('Fazl', 'Fadl')).toBe(true);
    expect(same('Qazi', 'Qadi')).toBe(true);
    expect(same('Reza', 'Rida')).toBe(true);
  });
  it('two letters differing, one of them z/d, are another name (Zaki / Dani)', () => {
    expect(compareNames('Zaki', 'Dani').score).toBeLessThan(SAME_NAME_THRESHOLD);
  });
});

describe('a final diphthong -ai, -ay, -ei against a final ي', () => {
  it('is what the ي writes (Uday, Qusay, Luay = عدي, قصي, لؤي; Удай = عدي)', () => {
    expect(same('Uday', 'عدي')).toBe(true);
    expect(same('Qusay', 'قصي')).toBe(true);
    expect(same('Luay', 'لؤي')).toBe(true);
    expect(same('Удай', 'عدي')).toBe(true);
  });
  it('not against a word that ends in a consonant (Uday / عدن)', () => {
    expect(compareNames('Uday', 'عدن').score).toBeLessThan(SAME_NAME_THRESHOLD);
  });
});

describe('a Latin vowel where an Arabic spelling has its ayn', () => {
  it('is the vowel the ayn carried (Muaz = Moaz = معاذ, Suad = سعاد)', () => {
    expect(same('Muaz', 'معاذ')).toBe(true);
    expect(same('Moaz', 'معاذ')).toBe(true);
    expect(same('Suad', 'سعاد')).toBe(true);
  });
  it('and the kasra after it (Muiz = Moiz = معز, Abdulmuizz = عبد المعز), not another name (Moaz / Moez, معاذ / معز)', () => {
    expect(same('Muiz', 'معز')).toBe(true);
    expect(same('Moiz', 'معز')).toBe(true);
    expect(same('Abdulmuizz', 'عبد المعز')).toBe(true);
    expect(same('Moaz', 'Moez')).toBe(false);
    expect(same('Moez', 'معاذ')).toBe(false);
  });
});

describe('a Latin j between vowels', () => {
  it('may be the Slavic glide of a hiatus, left out elsewhere (Zijad = Ziad = زياد, Ilijas = Ilyas)', () => {
    expect(same('Zijad', 'Ziad')).toBe(true);
    expect(same('Zijad', 'زياد')).toBe(true);
    expect(same('Ilijas', 'Ilyas')).toBe(true);
  });
  it('or between a, o or u and an e, where Russian leaves the glide to its е (Zajed = Заед, Fajez = Фаез = Faez, Annajev = Аннаев)', () => {
    expect(same('Zajed', 'Заед')).toBe(true);
    expect(same('Fajez', 'Фаез')).toBe(true);
    expect(same('Fajez', 'Faez')).toBe(true);
    expect(same('Annajev', 'Аннаев')).toBe(true);
  });
  it('or the English j of ج (Khadija = Хадижа = خديجة)', () => {
    expect(same('Khadija', 'Хадижа')).toBe(true);
    expect(same('Khadija', 'خديجة')).toBe(true);
  });
});

describe('the i of -iya', () => {
  it('is the consonant y: Nadia, Lamia, Rania are not Nada, Lama, Rana (نادية / ندى), in every script', () => {
    for (const [a, b] of [['Nadia', 'Nada'], ['Lamia', 'Lama'], ['Rania', 'Rana'], ['Samia', 'Sama'], ['Rania', 'Рана'], ['Rania', 'رنا']]) {
      expect(same(a!, b!)).toBe(false);
    }
  });
  it('against i or y it is the same name: Nadia = Nadya = Надя = نادية, Fawzia = Fawzya, Rania = رانيا', () => {
    expect(same('Nadia', 'Nadya')).toBe(true);
    expect(same('Nadia', 'Надя')).toBe(true);
    expect(same('Nadia', 'نادية')).toBe(true);
    expect(same('Fawzia', 'Fawzya')).toBe(true);
    expect(same('Rania', 'رانيا')).toBe(true);
  });
});

describe('two Arabic-script spellings', () => {
  it('differ in a consonant letter only as two names do (حسام / هشام, سامر / ثامر), whatever other scripts confuse', () => {
    expect(compareNames('حسام', 'هشام').same).toBe(false);
    expect(compareNames('سامر', 'ثامر').same).toBe(false);
    expect(compareNames('Husam', 'Hussam').same).toBe(true);
  });
  it('differ in letters no people says alike as two names, even in a long word (مشهور / مشكور, مهرداد / مهرزاد)', () => {
    expect(compareNames('مشهور', 'مشكور').same).toBe(false);
    expect(compareNames('مهرداد', 'مهرزاد').same).toBe(false);
    expect(compareNames('الريحاني', 'الريكاني').same).toBe(false);
  });
  it('keep close the letters one people says alike (ثانينة = تانينة in the Maghreb, قندوزی = کندوزی in Afghanistan)', () => {
    expect(compareNames('ثانينة', 'تانينة').same).toBe(true);
    expect(compareNames('قندوزی', 'کندوزی').same).toBe(true);
    expect(compareNames('آقازاده', 'آغازاده').same).toBe(true);
  });
  it('keep ذ ض ظ apart from د, which write different names (نادر / ناظر, نديم / نظيم)', () => {
    expect(compareNames('نادر', 'ناظر').same).toBe(false);
    expect(compareNames('نديم', 'نظيم').same).toBe(false);
  });
  it('keep the Persian letters close to the Arabic ones that write their sounds (چنگیز = جنكيز, پروین = بروين)', () => {
    expect(compareNames('چنگیز', 'جنكيز').same).toBe(true);
    expect(compareNames('پروین', 'بروين').same).toBe(true);
    // (the ك Arabic writes for گ, in a short name too: گل محمد = كل محمد, Gul Mohammad as an Arabic-script list writes it)
    expect(compareNames('گل محمد', 'كل محمد').same).toBe(true);
    expect(compareNames('گوران', 'كوران').same).toBe(true);
  });
});

describe('k and h', () => {
  it('inside a word may both write kh, French k and Turkish h (Moktar = Muhtar = Мухтар = مختار)', () => {
    expect(compareNames('Moktar', 'Muhtar').same).toBe(true);
    expect(compareNames('Moktar', 'Мухтар').same).toBe(true);
    expect(compareNames('Lakdar', 'Лахдар').same).toBe(true);
    // … and before two vowels (the Turkish and Bulgarian Michael: Mikail = Михаил = ميخائيل)
    expect(compareNames('Mikail', 'Михаил').same).toBe(true);
    expect(compareNames('Ульд Шейх', 'Улд Шеик').same).toBe(true);
  });
  it('between vowels are as often ك and ح of two names (Maliha / Malika = مليحة / مليكة, Falahi / Falaki)', () => {
    expect(compareNames('Maliha', 'Malika').same).toBe(false);
    expect(compareNames('Фалахи', 'Фалаки').same).toBe(false);
  });
  it('at the start of a word are two names (Kader / Hader, Kasim / Hasim = قادر / حيدر, قاسم / هاشم)', () => {
    expect(compareNames('Kader', 'Hader').same).toBe(false);
    expect(compareNames('Kasim', 'Hasim').same).toBe(false);
  });
});

describe('short vowels before a against Arabic script', () => {
  it('u or o before a is the vowel before an ayn, hamza or waw (Shuaib, Shoaib, Šuajb = شعيب)', () => {
    expect(same('Shuaib', 'شعيب')).toBe(true);
    expect(same('Shoaib', 'شعیب')).toBe(true);
    expect(same('Šuajb', 'شعيب')).toBe(true);
  });
  it('the a of ae before a consonant is the Gulf and Iraqi spelling of ay (Laeth = ليث, Ghaeth = غيث)', () => {
    expect(same('Laeth', 'ليث')).toBe(true);
    expect(same('Ghaeth', 'غيث')).toBe(true);
    expect(same('Laeth', 'غيث')).toBe(false);
  });
});

describe('the ya of a diphthong', () => {
  it('an i or y after a before a consonant is the ya of the name: without it the name is another', () => {
    expect(same('Umair', 'Umar')).toBe(false);
    expect(same('Obaida', 'Obada')).toBe(false);
    expect(same('Умаир', 'Омар')).toBe(false);
    expect(same('Maysara', 'Masarra')).toBe(false);
    expect(same('Umair', 'Omair')).toBe(true);
    expect(same('Ubaida', 'Obeida')).toBe(true);
  });
});

describe('a first consonant', () => {
  it('is part of the name: without it the name is another (Valizadeh / Alizadeh, Latif / Atif, Nabil / Abil)', () => {
    expect(same('Valizadeh', 'Alizadeh')).toBe(false);
    expect(same('Вализаде', 'Ализаде')).toBe(false);
    expect(same('Latif', 'Atif')).toBe(false);
  });
  it('except a w that French writes ou and the Somali c of an ayn (Walid = Oualid, Cumar = Omar)', () => {
    expect(same('Walid', 'Oualid')).toBe(true);
    expect(same('Cumar', 'Omar')).toBe(true);
  });
});

describe('a Latin diphthong ai, ay, ei before a consonant', () => {
  it('is the ya Arabic script writes (Ubaid = عبيد, Omeir = عمير, Hussain = حسين)', () => {
    expect(nameScore(prepareName('Ubaid'), prepareName('عبيد'))).toBeGreaterThan(0.85);
    expect(same('Omeir', 'عمير')).toBe(true);
    expect(same('Hussain', 'حسين')).toBe(true);
    expect(same('Hussain', 'حسن')).toBe(false);
  });
});

describe('a first j against y', () => {
  it('is the y of Slavic and German spellings (Jusuf = Yousef, Junus = Younes, Jakub = Yacoub)', () => {
    expect(same('Jusuf', 'Yousef')).toBe(true);
    expect(same('Junus', 'Younes')).toBe(true);
    expect(same('Jakub', 'Yacoub')).toBe(true);
    expect(same('Jusuf', 'Yunus')).toBe(false);
  });
});

describe('an i between two consonants', () => {
  it('is a vowel of the name (Fadil / Fadl, Hamidullah / Hamdullah, Nasiruddin / Nasruddin are two names)', () => {
    expect(same('Fadil', 'Fadl')).toBe(false);
    expect(same('Hamidullah', 'Hamdullah')).toBe(false);
    expect(same('Nasiruddin', 'Nasruddin')).toBe(false);
  });
  it('but not before the last consonant and final vowel, where spoken Arabic and Turkish drop it (Fatima = Fatma = Fatme)', () => {
    expect(same('Fatima', 'Fatma')).toBe(true);
    expect(same('Fatimah', 'Fatme')).toBe(true);
  });
  it('and the i of -iya is the ya of the name (Safiya / Safa, Надия / Нада)', () => {
    expect(same('Safiya', 'Safa')).toBe(false);
    expect(same('Надия', 'Нада')).toBe(false);
    expect(same('Nadiya', 'Nadia')).toBe(true);
  });
});

describe('the a of a first diphthong ay', () => {
  it('is a vowel of the name (Ayman / Iman = أيمن / إيمان), spelt ai or ay alike', () => {
    expect(same('Ayman', 'Iman')).toBe(false);
    expect(same('Айман', 'Iman')).toBe(false);
    expect(same('Aiman', 'Ayman')).toBe(true);
    expect(same('Ayman', 'أيمن')).toBe(true);
  });
});

describe('a final nisba -i', () => {
  it('after a consonant makes a family name of the name (Rahmani / Rahman, Hashimi / Hashim are two names)', () => {
    expect(same('Rahmani', 'Rahman')).toBe(false);
    expect(same('Рахмани', 'Рахман')).toBe(false);
    expect(same('Keshavarzi', 'Keshavarz')).toBe(false);
    expect(same('Hashimi', 'Hashemi')).toBe(true);
  });
});

describe('the a after a u that is a waw', () => {
  it('is the unwritten vowel after the waw (Anuar, Anouar = أنور)', () => {
    expect(same('Anuar', 'أنور')).toBe(true);
    expect(same('Anouar', 'انور')).toBe(true);
    expect(same('Anuar', 'Nour')).toBe(false);
  });
});

describe('a Persian feminine -eh added to a name', () => {
  it('makes another name (Bahareh / Bahar, Farideh / Farid), but the ḥ of Saleh is not it (Saleh = Somali Saalax)', () => {
    expect(same('Bahareh', 'Bahar')).toBe(false);
    expect(same('Farideh', 'Farid')).toBe(false);
    expect(same('Farideh', 'فریده')).toBe(true);
    expect(same('Saleh', 'Saalax')).toBe(true);
  });
  it('against Arabic script too, where the name ends in its consonant (Bahareh is not بهار, Hamidah is not احمد), not in ح or ة', () => {
    expect(same('Bahareh', 'بهار')).toBe(false);
    expect(same('Farideh', 'فريد')).toBe(false);
    expect(same('Hamidah', 'احمد')).toBe(false);
    expect(same('Saleh', 'صالح')).toBe(true);
    expect(same('Fatimah', 'فاطمة')).toBe(true);
  });
  it('and the explanation says so', () => {
    expect(JSON.stringify(compareNames('Bahareh', 'Bahar').explanation)).toContain('feminine -eh');
  });
});

describe('an Arabic-script final ت after a consonant', () => {
  it('may be the taa marbuta Persian and Urdu write with it (جنت = جنة = Jannah, رحمت = رحمة = Rahma)', () => {
    expect(same('جنت', 'جنة')).toBe(true);
    expect(same('جنت', 'Jannah')).toBe(true);
    // … after the consonant y of -ayat too (هدایت = هداية, Hidaya)
    expect(same('هدایت', 'هداية')).toBe(true);
    expect(same('رحمت', 'Rahma')).toBe(true);
    expect(same('عزت', 'عزة')).toBe(true);
    expect(same('جنت', 'جنان')).toBe(false);
  });
});

describe('an alif, ayn or hamza before the end between two Arabic spellings', () => {
  it('is a letter of the name (الأحمد / الحمد, سعد / سد), while a final hamza may be left out (صفاء = صفا)', () => {
    expect(same('الأحمد', 'الحمد')).toBe(false);
    expect(same('سعد', 'سد')).toBe(false);
    expect(same('صفاء', 'صفا')).toBe(true);
    expect(same('محمدعلی', 'محمد علی')).toBe(true);
  });
});

describe('an apostrophe between two vowels', () => {
  it('is the ayn or hamza other spellings write as the doubled vowel (Ra\'ad = Raad = Раад = رعد, Sha\'ar = Shaar)', () => {
    expect(compareNames("Ra'ad", 'Raad').score).toBeGreaterThan(0.95);
    expect(compareNames("Ra'ad", 'Раад').score).toBeGreaterThan(0.95);
    expect(compareNames("Al-Sha'ar", 'Al Šaar').score).toBeGreaterThan(0.95);
    expect(compareNames("Ra'ad", 'رعد').same).toBe(true);
    expect(compareNames("Sa'ad", 'Saud').same).toBe(false);
  });
});

describe('the Slavic glide j', () => {
  it('at the end after a vowel is the final ي of ay (Tesfaj = تسفاي, Zalmaj = زلمی, Abdulhaj = عبد الحي)', () => {
    expect(same('Tesfaj', 'تسفاي')).toBe(true);
    expect(same('Zalmaj', 'زلمی')).toBe(true);
    expect(same('Abdulhaj', 'عبد الحي')).toBe(true);
  });
  it('before the final nisba i after a long vowel is the hiatus other spellings leave out (Rezaji = Rezai = رضایی, Mirzaji = Mirzai)', () => {
    expect(same('Rezaji', 'Rezai')).toBe(true);
    expect(same('Rezaji', 'رضایی')).toBe(true);
    expect(same('Mirzaji', 'میرزایی')).toBe(true);
    // after e before a consonant it is the glide of ey, which other spellings reduce to e (Rejhan = Rehan, Sulejman = Suleman)
    expect(same('Rejhan', 'Rehan')).toBe(true);
    expect(same('Sulejman', 'Suleman')).toBe(true);
    // a j inside the word is a consonant of the name (Sajid is not Said)
    expect(same('Sajid', 'Said')).toBe(false);
  });
});

describe('a first ts', () => {
  it('is the ጸ ፀ of Ethiopic names and the Slavic ц, which other spellings write s (Tsegay = Segay = ጸጋይ, Tsige = Sige)', () => {
    expect(same('Tsegay', 'Segay')).toBe(true);
    expect(same('Segay', 'ጸጋይ')).toBe(true);
    expect(same('Tsige', 'Sige')).toBe(true);
    expect(same('Цегај', 'Segay')).toBe(true);
    // any other first consonant is one of the name (Tamer is not Amer)
    expect(same('Tamer', 'Amer')).toBe(false);
  });
});

describe('a Latin dz inside a word', () => {
  it('is also read as the dž of Bosnian and Croatian spellings copied without the háček (Hatidza = Hatidža = Khadija = Хатиџа)', () => {
    expect(same('Hatidza', 'Khadija')).toBe(true);
    expect(same('Hatidza', 'Хатиџа')).toBe(true);
    expect(same('Behdzet', 'Bahjat')).toBe(true);
    expect(same('Amdzad', 'Amjad')).toBe(true);
    // … and still as d and z before -zai and in a name joined to the next (Ahmadzai, Ahmadzia)
    expect(same('Ahmadzai', 'احمدزی')).toBe(true);
    expect(same('Ahmadzia', 'Ahmad Zia')).toBe(true);
    expect(same('Hatidza', 'Hamida')).toBe(false);
  });
});

describe('ض and ظ against a Latin or Cyrillic s', () => {
  it('are the z Persian and Urdu say, which German spellings write s (Afsal = افضل, Nilofar Asimi = نیلوفر عظیمی)', () => {
    expect(compareNames('افضل', 'Afsal').same).toBe(true);
    expect(compareNames('افضل', 'Афсал').same).toBe(true);
    expect(compareNames('نیلوفر عظیمی', 'Nilofar Asimi').same).toBe(true);
    expect(compareNames('ابوالفضل حیدریان', 'Abolfasl Heidarian').same).toBe(true);
  });
  it('but cost more than z does (Afzal reads افضل better than Afsal)', () => {
    expect(compareNames('افضل', 'Afzal').score).toBeGreaterThan(compareNames('افضل', 'Afsal').score);
  });
});

describe('the vowel of the last syllable between two alphabets', () => {
  it('tells two names apart where it is another vowel (Farzin / Farzan, Shervin / Shervan, Shakir / Shakur)', () => {
    expect(same('Farzin', 'Farzan')).toBe(false);
    expect(same('Шервин', 'Шерван')).toBe(false);
    expect(same('Shakir', 'Shakur')).toBe(false);
  });
  it('costs more there than in the first syllable, where spellings vary (Ridvan = Radvan)', () => {
    expect(nameScore(prepareName('Ridvan'), prepareName('Radvan'))).toBeGreaterThan(nameScore(prepareName('Farzin'), prepareName('Farzan')));
    expect(same('Ridvan', 'Радван')).toBe(true);
    expect(same('Bilkis', 'Балкис')).toBe(true);
  });
});

describe('s and t inside a word', () => {
  it('are the two readings of ث: s in Turkish, Persian, Urdu and Somali, t in the Maghreb and the Balkans (Haisam = Хайтам)', () => {
    expect(same('Haisam', 'Хайтам')).toBe(true);
    expect(same('Usman', 'Utman')).toBe(true);
    expect(same('Kausar', 'Каутар')).toBe(true);
    expect(same('Kulsum', 'Култум')).toBe(true);
  });
  it('but a first s or t is another name (Samir / Tamir, Sahir / Tahir), and in a short word one letter weighs too much (Asif / Atif)', () => {
    expect(same('Samir', 'Tamir')).toBe(false);
    expect(same('Sahir', 'Tahir')).toBe(false);
    expect(same('Asif', 'Atif')).toBe(false);
  });
});

describe('a long u (ou, oo, uu) against a short a or i', () => {
  it('is another vowel of the name, which spellings of one name do not vary in (Tarhouni / Tarhini, Alomar / Alamer)', () => {
    expect(same('Tarhouni', 'Tarhini')).toBe(false);
    expect(same('Alomar', 'Alamer')).toBe(false);
  });
  it('while e and i, and ي against e, vary between spellings of one name (Ayoub = Ejub, Elham = Ilhame)', () => {
    expect(same('Ayoub', 'Ejub')).toBe(true);
    expect(same('Elham', 'Ilhame')).toBe(true);
  });
});

describe('k and h inside a word', () => {
  it('may both be a kh one spelling reduced (Moktar = Muhtar = مختار)', () => {
    expect(same('Moktar', 'Muhtar')).toBe(true);
  });
  it('but are as often the ك and ح of two names (Rekani / Rihani, Sakr / Sahr)', () => {
    expect(same('Rekani', 'Rihani')).toBe(false);
    expect(same('Сахр', 'Сакр')).toBe(false);
  });
});

describe('an i after a first consonant before another', () => {
  it('is the short vowel spellings that begin with the cluster leave to be said (Chnar = Chinar = Чинар, Jwan = Џиван)', () => {
    expect(same('Chnar', 'Chinar')).toBe(true);
    expect(same('Chnar', 'Чинар')).toBe(true);
    expect(same('Jwan', 'Џиван')).toBe(true);
    expect(same('Swar', 'Сивар')).toBe(true);
  });
  it('but not a vowel another spelling writes otherwise (Jilali / Jalali, Kinani / Kanani)', () => {
    expect(same('Jilali', 'Jalali')).toBe(false);
    expect(same('Kinani', 'Kanani')).toBe(false);
  });
});

describe('an i before a last consonant after a syllable with e, i, o or u', () => {
  it('is the vowel Kurdish, Turkish and Sudanese spellings say in a final cluster (Hogir = Hogr, Bedir = Бадр, Nimir = Nimr)', () => {
    expect(same('Hogir', 'Hogr')).toBe(true);
    expect(same('Bedir', 'Бадр')).toBe(true);
    expect(same('Nimir', 'Nimr')).toBe(true);
  });
  it('but after a it is the i of fāʿil, another name (Fadil / Fadl)', () => {
    expect(same('Fadil', 'Fadl')).toBe(false);
  });
});

describe('a against u', () => {
  it('is the short a South Asian English spellings write u, and the Iraqi a of Jubouri (Kulsum = Kalsoom, Al-Jabouri = Ал-Джубури)', () => {
    expect(same('Kulsum', 'Kalsoom')).toBe(true);
    expect(same('Al-Jabouri', 'Ал-Джубури')).toBe(true);
  });
  it('but still another name in a short word (Hasna / Husna, Rasul / Rusul)', () => {
    expect(same('Hasna', 'Husna')).toBe(false);
    expect(same('Rasul', 'Rusul')).toBe(false);
  });
});

describe('a d or z against Arabic script', () => {
  it('is the letter it writes there, د or ز, not another (نادر is not Nazir, نزار not Nidar, نادية not Nazia)', () => {
    expect(same('نادر', 'Nazir')).toBe(false);
    expect(same('نزار', 'Nidar')).toBe(false);
    expect(same('نادية', 'Nazia')).toBe(false);
    // … while ض, ذ and ظ are written d or z (Ramazan = رمضان, Fazil = فاضل, Kadim = كاظم, Nazir = نذير)
    expect(same('رمضان', 'Ramazan')).toBe(true);
    expect(same('فاضل', 'Fazil')).toBe(true);
    expect(same('كاظم', 'Kadim')).toBe(true);
    expect(same('نذير', 'Nazir')).toBe(true);
  });
});

describe('a Latin th against Arabic script', () => {
  it('writes ث or ذ, never the س of سناء (Thanaa is not سناء), while ث is the s of Persian and Turkish spellings (Usman = عثمان)', () => {
    expect(same('سناء', 'Thanaa')).toBe(false);
    expect(same('Thanaa', 'سناء')).toBe(false);
    expect(same('ثناء', 'Thanaa')).toBe(true);
    expect(same('عثمان', 'Usman')).toBe(true);
    expect(same('Haisam', 'هيثم')).toBe(true);
  });
});

describe('a first y', () => {
  it('before a is a consonant of the name: without it the name is another (Yamina / Amina, Yamin / Amin)', () => {
    expect(same('Yamina', 'Amina')).toBe(false);
    expect(same('Јамина', 'Амина')).toBe(false);
    expect(same('Yamin', 'Amin')).toBe(false);
    expect(same('Yamina Benali', 'Amina Benali')).toBe(false);
  });
  it('before i or u is the glide a spelling may leave out (Yibrahim = Ibrahim, Yusuf = Usuf)', () => {
    expect(same('Yibrahim', 'Ibrahim')).toBe(true);
    expect(same('Yusuf', 'Usuf')).toBe(true);
    expect(same('Iasmin', 'Yasmin')).toBe(true);
  });
});

describe('a Cyrillic final е', () => {
  it('may be the feminine -e of Albanian names, which other spellings of the same name end in -a or a consonant (Хаџере = Hacer, Мерјеме = Maryam)', () => {
    expect(same('Хаџере', 'Hacer')).toBe(true);
    expect(same('Мерјеме', 'Maryam')).toBe(true);
  });
});

describe('the waw of Persian خوا after kh', () => {
  it('is not said, so a spelling may leave it out (Khwaja = Khaja = Хаджа, Dilkhwaz = Dilxaz = Дилхваз)', () => {
    expect(same('Khwaja', 'Khaja')).toBe(true);
    expect(same('Khwaja', 'Хаджа')).toBe(true);
    expect(same('Dilxaz', 'Дилхваз')).toBe(true);
  });
  it('but kh is still a letter of the name (Khwaja is not Waja, nor Khadija)', () => {
    expect(same('Khwaja', 'Waja')).toBe(false);
    expect(same('Khwaja', 'Khadija')).toBe(false);
  });
});

describe('a first w', () => {
  it('is a consonant of the name: without it the name is another (Wasif / Asif, Abdul Wali / Abdul Ali, Walaa / Alaa)', () => {
    expect(same('Wasif', 'Asif')).toBe(false);
    expect(same('Abdul Wali', 'Abdul Ali')).toBe(false);
    expect(same('Abdulwali', 'Абдулали')).toBe(false);
    expect(same('Wakil', 'Aqil')).toBe(false);
  });
  it('… which French writes ou and other spellings u or v (Walid = Oualid = Ualid, Abdul Wali = Abdul Vali, Wurud = Ouroud)', () => {
    expect(same('Walid', 'Oualid')).toBe(true);
    expect(same('Walid', 'Ualid')).toBe(true);
    expect(same('Abdul Wali', 'Abdul Vali')).toBe(true);
    expect(same('Abdul Wahab', 'Abdelouahab')).toBe(true);
    expect(same('Wurud', 'Ouroud')).toBe(true);
  });
});
