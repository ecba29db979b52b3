import { describe, expect, it } from 'vitest';
import { compareNames } from '../index';
import { latinToSymbols } from './latin';

const same = (a: string, b: string): boolean => compareNames(a, b).same;

describe('Latin c before e and i', () => {
  it('is its own symbol: s in French spellings of Maghrebi names (Yacine, Lahcen, Hocine, Kacem, Mouhcine, Hacène)', () => {
    expect(latinToSymbols('yacine')).toContain('S');
    expect(latinToSymbols('kacem')).toContain('S');
    expect(latinToSymbols('karim')).not.toContain('S');
    expect(same('Yacine', 'ياسين')).toBe(true);
    expect(same('Lahcen', 'لحسن')).toBe(true);
    expect(same('Hocine', 'حسين')).toBe(true);
    expect(same('Kacem', 'قاسم')).toBe(true);
    expect(same('Mouhcine', 'محسن')).toBe(true);
    expect(same('Hacène', 'حسان')).toBe(true);
    expect(same('Yacine', 'Ясин')).toBe(true);
  });
  it('is dzh in Turkish (Cemal, Cemil) and ayn in Somali (Cismaan)', () => {
    expect(same('Cemal', 'جمال')).toBe(true);
    expect(same('Cemil', 'Jamil')).toBe(true);
    expect(same('Cismaan', 'عثمان')).toBe(true);
  });
  it('is not k: names that differ there stay apart', () => {
    expect(same('Hocine', 'Hakim')).toBe(false);
    expect(same('Yacine', 'Yaqin')).toBe(false);
    expect(same('Hocine', 'Hassan')).toBe(false);
  });
});

describe('Latin j after a vowel before a consonant', () => {
  it('is English and French j in Arabic names (Majdi, Najla, Wajdi, Fajr, Hajj, Ajmal)', () => {
    expect(same('Majdi', 'مجدي')).toBe(true);
    expect(same('Najla', 'نجلاء')).toBe(true);
    expect(same('Wajdi', 'وجدي')).toBe(true);
    expect(same('Hajj', 'حاج')).toBe(true);
    expect(same('Ajmal', 'أجمل')).toBe(true);
    expect(same('Majdi', 'Маджди')).toBe(true);
  });
  it('and the glide of Slavic and German spellings (Lejla, Husejn, Hajrudin, Ajša)', () => {
    expect(same('Lejla', 'ليلى')).toBe(true);
    expect(same('Lejla', 'Лејла')).toBe(true);
    expect(same('Husejn', 'Hussein')).toBe(true);
    expect(same('Husejn', 'حسين')).toBe(true);
    expect(same('Hajrudin', 'خيرالدين')).toBe(true);
    expect(same('Ajša', 'Aisha')).toBe(true);
  });
});

describe('Latin i between two vowels', () => {
  it('is the consonant y of French and English spellings (Taieb = طيب, Faiez = فايز, Aiesha = عائشة, Naief = نايف)', () => {
    expect(latinToSymbols('taieb')).toBe(latinToSymbols('tayeb'));
    expect(same('Taieb', 'طيب')).toBe(true);
    expect(same('Faiez', 'فايز')).toBe(true);
    expect(same('Aiesha', 'عائشة')).toBe(true);
    expect(same('Naief', 'Nayef')).toBe(true);
  });
  it('not a vowel i elsewhere (Saida = سعيدة, Hussien = حسين)', () => {
    expect(latinToSymbols('saida')).toContain('i');
    expect(same('Saida', 'سعيدة')).toBe(true);
    expect(same('Hussien', 'حسين')).toBe(true);
  });
});

describe('Latin x', () => {
  it('is one symbol, read also as ks where European names say it so (Felix = Feliks = فيليكس, Alexander = Aleksandar)', () => {
    expect(latinToSymbols('felix')).toBe('felix');
    expect(same('Felix', 'فيليكس')).toBe(true);
    expect(same('Felix', 'Feliks')).toBe(true);
    expect(same('Alexander', 'Aleksandar')).toBe(true);
    expect(same('Max', 'Maks')).toBe(true);
  });
  it('is the Somali h before y and at the end too (Yaxye = Yahya = يحيى)', () => {
    expect(same('Yaxye', 'Yahya')).toBe(true);
    expect(same('Yaxye', 'يحيى')).toBe(true);
    expect(same('Yaxye', 'Yunus')).toBe(false);
  });
  it('before a vowel is still the Somali h (Maxamed = محمد, Xasan = حسن)', () => {
    expect(same('Maxamed', 'محمد')).toBe(true);
    expect(same('Xasan', 'حسن')).toBe(true);
  });
  it('is sh in a name Maltese letters mark (ħ, ċ), and its ġ j: Ħabib Xukri = Habib Shukri, Ġuma Ħasan = Jumaa Hassan', () => {
    expect(same('Ħaxxaxi', 'Hashashi')).toBe(true);
    expect(same('Ħabib Xukri', 'Habib Shukri')).toBe(true);
    expect(same('Ħabib Xukri', 'حبيب شكري')).toBe(true);
    expect(same('Ġuma Ħasan', 'Jumaa Hassan')).toBe(true);
    expect(same('Ħabib Xukri', 'Habib Shakir')).toBe(false);
    // (a Somali name keeps its x, and a ġ alone is the gh of scholarly and chat spellings: 3'assan = Ghassan)
    expect(same('Xasan Cali', 'Shasan Ali')).toBe(false);
    expect(same("3'assan", 'Ghassan')).toBe(true);
    expect(same('Ġālib', 'غالب')).toBe(true);
    // (its għ is the ayn or the gh of غ: read gh as written, Għassan Ħaddad = Ghassan Haddad, not Hassan Haddad)
    expect(same('Għassan Ħaddad', 'Ghassan Haddad')).toBe(true);
    expect(same('Għassan Ħaddad', 'Hassan Haddad')).toBe(false);
    // (… and read as the ayn too, in a second reading: Ħasan Għumar = Hasan Umar)
    expect(same('Ħasan Għumar', 'Hasan Umar')).toBe(true);
  });
});

describe('German and Polish w against ف', () => {
  it('inside a word is a v, which Arabic script writes ف (Sienkiewicz = سينكيفيتش, Seweryn = سيفيرين)', () => {
    expect(same('Sienkiewicz', 'سينكيفيتش')).toBe(true);
    expect(same('Seweryn', 'سيفيرين')).toBe(true);
  });
  it('a first w is و (Wadi = وادي, not فادي Fadi; Walid = وليد)', () => {
    expect(same('Walid', 'وليد')).toBe(true);
    expect(same('Wadi', 'فادي')).toBe(false);
    expect(same('Walid', 'فليد')).toBe(false);
  });
});

describe('Somali x', () => {
  it('is the h of ح before m and in words that write long vowels double (Axmed, Faarax, Maxmuud)', () => {
    expect(latinToSymbols('axmed')).toContain('x');
    expect(latinToSymbols('faarax')).not.toContain('ks');
    expect(same('Axmed', 'أحمد')).toBe(true);
    expect(same('Faarax', 'Farah')).toBe(true);
    expect(same('Maxmuud', 'محمود')).toBe(true);
  });
  it('a final x of a European name still meets ks in Arabic script (Max = ماكس)', () => {
    expect(same('Max', 'ماكس')).toBe(true);
  });
});

describe('the Bux of Pakistani English spellings', () => {
  it('is Bakhsh (Nabi Bux = نبي بخش = Nabi Bakhsh = Наби Бахш), joined to a name too (Khudabux = خدا بخش)', () => {
    expect(same('Nabi Bux Marri', 'نبي بخش مري')).toBe(true);
    expect(same('Nabi Bux', 'Nabi Bakhsh')).toBe(true);
    expect(same('Nabi Bux', 'Наби Бахш')).toBe(true);
    expect(same('Khudabux', 'خدا بخش')).toBe(true);
    expect(same('Nabi Bux', 'Nabi Baks')).toBe(false);
  });
});

describe('Oromo words (Qubee: a long vowel written double at the end)', () => {
  it('write ch with c, not the Somali ayn (Caaltuu = Chaltu = Чалту = ጫልቱ)', () => {
    expect(latinToSymbols('Caaltuu')).not.toContain("'");
    expect(same('Caaltuu Gammachuu Dinsaa', 'Chaltu Gemechu Dinsa')).toBe(true);
    expect(same('Caaltuu', 'Чалту')).toBe(true);
    expect(same('Caaltuu', 'Aaltu')).toBe(false);
  });
  it('but a Somali word with a c and a long vowel inside keeps its ayn (Ciise, Cabdullaahi)', () => {
    expect(latinToSymbols('Ciise')).toContain("'");
    expect(same('Cabdullaahi', 'Abdullahi')).toBe(true);
  });
});

describe('Somali words (a long vowel written double and x or a first c)', () => {
  it('end the -a of Arabic names in -o or -e (Xaliimo = حليمة = Halima = Халима, Xamiido = Hamida)', () => {
    expect(same('Xaliimo', 'حليمة')).toBe(true);
    expect(same('Xaliimo', 'Halima')).toBe(true);
    expect(same('Xaliimo', 'Халима')).toBe(true);
    expect(same('Xamiido', 'Hamida')).toBe(true);
  });
  it('… and against the final ة of an Arabic spelling every final -o is that Somali -a (Fadumo, Nimo, Najmo = فاطمة, نعمة, نجمة)', () => {
    expect(same('Fadumo Ali Samatar', 'فاطمة علي سمتر')).toBe(true);
    expect(same('Nimo', 'نعمة')).toBe(true);
    expect(same('Najmo', 'نجمه')).toBe(true);
    // between Latin spellings a final -o against -a is still another gender (Antonio / Antonia)
    expect(same('Antonio', 'Antonia')).toBe(false);
  });
  it('… and so does a word that ends in the -iyo of Somali women\'s names, whose c before a consonant is the ayn (Ruqiyo, Sacdiyo = رقية, سعدية)', () => {
    expect(same('Ruqiyo', 'Ruqia')).toBe(true);
    expect(same('Sacdiyo', 'سعدية')).toBe(true);
    expect(same('Sacdiyo', 'Sadia')).toBe(true);
    expect(latinToSymbols('Sacdiyo')).toContain("'");
    // (only after a consonant: the -io of Mario is no Somali ending)
    expect(latinToSymbols('Mario').endsWith('o')).toBe(true);
  });
  it('a c after a consonant before a long vowel written double is the ayn too (Jimcaale = Jimale = Џимале); not the sc of Scoot', () => {
    expect(latinToSymbols('Jimcaale')).toContain("'");
    expect(same('Jimcaale', 'Jimale')).toBe(true);
    expect(same('Jimcaale', 'Џимале')).toBe(true);
    expect(latinToSymbols('Scoot')).not.toContain("'");
  });
  it('not in other words that write long vowels double (Finnish Juuso, Aalto) nor against another name', () => {
    expect(latinToSymbols('juuso').endsWith('o')).toBe(true);
    expect(latinToSymbols('aalto').endsWith('o')).toBe(true);
    expect(same('Xaliimo', 'Halim')).toBe(false);
  });
  it('begin with the ayn where a first c comes before e or i (Cimraan = عمران = Imran, Ciise = Isa)', () => {
    expect(latinToSymbols('cimraan').startsWith("'")).toBe(true);
    expect(same('Cimraan', 'عمران')).toBe(true);
    expect(same('Cimraan', 'Imran')).toBe(true);
    expect(same('Ciise', 'Isa')).toBe(true);
    expect(latinToSymbols('cecil').startsWith('S')).toBe(true);
  });
  it('and after a vowel (Saciid = سعيد = Said, Ismaaciil = Ismail)', () => {
    expect(latinToSymbols('saciid')).toBe("sa'Id");
    expect(same('Saciid', 'سعيد')).toBe(true);
    expect(same('Saciid', 'Said')).toBe(true);
    expect(same('Ismaaciil', 'Ismail')).toBe(true);
    expect(latinToSymbols('yaacov')).toContain('K');
  });
  it('an ayn written with a letter of its own (Somali c, the chat 3) is not missing from the Arabic spelling (Saciid is not سائد)', () => {
    expect(same('Saciid', 'سائد')).toBe(false);
    expect(same('Sa3id', 'سائد')).toBe(false);
    expect(same('Sa3id', 'سعيد')).toBe(true);
    // an apostrophe writes the hamza as well (Sa'id = سائد), and a Latin or Cyrillic spelling writes neither
    expect(same("Sa'id", 'سائد')).toBe(true);
    expect(same('Saciid', 'Саид')).toBe(true);
    expect(compareNames('Saciid', 'سائد').explanation.pairs[0]!.how).toContain('writes an ayn the Arabic script has not');
  });
});

describe('abbreviations of Muhammad', () => {
  it('Mhd, Md, Mohd, Muhd are Muhammad (Mhd Khaled = محمد خالد, Md. Hasan = Mohammad Hasan)', () => {
    expect(same('Mhd Khaled', 'محمد خالد')).toBe(true);
    // (and the Med of Tunisian and Algerian registers: Med Amine Benali = Mohamed Amine Benali; not Mahmoud)
    expect(same('Med Amine Benali', 'Mohamed Amine Benali')).toBe(true);
    expect(same('Med Ali', 'Mahmoud Ali')).toBe(false);
    expect(same('Md. Hasan', 'Mohammad Hasan')).toBe(true);
    expect(same('Mohd Ali', 'Muhammad Ali')).toBe(true);
    // (and Muh., Moh., Мух. of registrars' lists)
    expect(same('Muh. Asif', 'Muhammad Asif')).toBe(true);
    expect(same('Moh. Reza AHMADI', 'Mohammad Reza Ahmadi')).toBe(true);
    expect(same('Мух. Асиф', 'محمد آصف')).toBe(true);
    expect(same('Moh. Asif', 'Mahmoud Asif')).toBe(false);
  });
  it('only as whole words: Mahdi, Mhamed stay what they are', () => {
    expect(latinToSymbols('mahdi')).not.toBe(latinToSymbols('muhammad'));
  });
});

describe('the Pashtun suffix -zai', () => {
  it('only after a name of two consonants or more: Ahmadzai, Karzai; Rezai is Reza + the nisba -i (رضایی, Резаи)', () => {
    expect(latinToSymbols('Ahmadzai')).toMatch(/zE$/);
    expect(latinToSymbols('Karzai')).toMatch(/zE$/);
    expect(latinToSymbols('Rezai')).not.toMatch(/zE$/);
    expect(same('Rezai', 'رضایی')).toBe(true);
    expect(same('Rezai', 'Rezaei')).toBe(true);
    expect(same('Rezai', 'Ahmadzai')).toBe(false);
  });
  it('written -zaj by Serbian and Croatian papers (Ahmadzaj, Alokozaj = Ahmadzai, Alokozai), the Al- of which is no article', () => {
    expect(latinToSymbols('Ahmadzaj')).toMatch(/zE$/);
    expect(same('Stanikzaj', 'Stanakzai')).toBe(true);
    expect(same('Khial Mohammad Alokozaj', 'Khyal Muhammad Alokozai')).toBe(true);
    expect(same('Alokozaj', 'Kozai')).toBe(false);
  });
});

describe('Persian e between a and i', () => {
  it('is the ayn or hamza, not a diphthong: Saeid = سعيد = Said, Esmaeil = اسماعیل, Rezaei = Rezai', () => {
    expect(latinToSymbols('Saeid')).toBe("sa'id");
    expect(same('Saeid', 'سعید')).toBe(true);
    expect(same('Esmaeil', 'Smail')).toBe(true);
    expect(same('Rezaei', 'Rezai')).toBe(true);
    expect(same('Saeid', 'Saad')).toBe(false);
  });
});

describe('Latin u for w', () => {
  it('between a, e or i and a vowel, as French and Spanish spellings write و (Auad, Naual, Jauad = عوض, نوال, جواد)', () => {
    expect(latinToSymbols('auad')).toBe('awad');
    expect(same('Naual', 'Nawal')).toBe(true);
    expect(same('Auad', 'Авад')).toBe(true);
    expect(latinToSymbols('luiza')).toBe('luiza');
  });
  it('Turkish, Bosnian and Persian v for it is close to u too (Anvar = Anuar = أنور)', () => {
    expect(same('Anvar', 'Anuar')).toBe(true);
    expect(same('Anvar', 'Ansar')).toBe(false);
  });
});

describe('Latin rh', () => {
  it('at the start before a vowel is the French spelling of غ in Moroccan names (Rhada = غادة = Ghada)', () => {
    expect(latinToSymbols('rhada')).toBe('Gada');
    expect(same('Rhada', 'غادة')).toBe(true);
    expect(same('Rhada', 'Ghada')).toBe(true);
    expect(same('Rhada', 'Rada')).toBe(false);
  });
});

describe('Somali words marked by kh, dh or q', () => {
  it('end the -a of Arabic names in -o too (Khadiijo = خديجة); Finnish Juuso, Aalto keep their -o', () => {
    expect(same('Khadiijo', 'خديجة')).toBe(true);
    expect(latinToSymbols('juuso').endsWith('o')).toBe(true);
    expect(latinToSymbols('aalto').endsWith('o')).toBe(true);
  });
});

describe('a final -que', () => {
  it('is a q whose e is silent (Haque = Haq = حق, Tarique = Tariq, Ishaque = اسحاق)', () => {
    expect(compareNames('Abdul Haque', 'Abdul Haq').same).toBe(true);
    expect(compareNames('Tarique', 'طارق').same).toBe(true);
    expect(compareNames('Ishaque', 'Ishaq').same).toBe(true);
    expect(compareNames('Tarique', 'Tarik').same).toBe(true);
  });
});

describe('the Somali c before a, o, u', () => {
  it('is the ayn in a word Somali by its letters (Cusmaan = Ousmane = عثمان, Cabdiraxmaan = Abdurrahman)', () => {
    expect(latinToSymbols('Cusmaan').startsWith("'")).toBe(true);
    expect(compareNames('Cusmaan', 'Ousmane').same).toBe(true);
    expect(compareNames('Cabdiraxmaan', 'Abdurrahman').same).toBe(true);
    expect(compareNames('Cabdisalaam', 'عبد السلام').same).toBe(true);
  });
  it('and a k elsewhere (Dutch Yaacov, Nicolaas)', () => {
    expect(latinToSymbols('Yaacov')).not.toContain("'");
    expect(latinToSymbols('Nicolaas')).not.toContain("'");
  });
});

describe('a final -ae after a consonant and a', () => {
  it('is the Moroccan spelling of the final hamza of -āʾ (Asmae = أسماء = Asmaa, Safae = صفاء, Chaimae = شيماء)', () => {
    expect(latinToSymbols('Asmae').endsWith("A'")).toBe(true);
    expect(compareNames('Asmae', 'أسماء').same).toBe(true);
    expect(compareNames('Asmae', 'Asmaa').same).toBe(true);
    expect(compareNames('Chaimae', 'شيماء').same).toBe(true);
    expect(latinToSymbols('Rafael')).toBe('rafael');
  });
});

describe('a first dz', () => {
  it('is the Bosnian dž without its háček or the Pashto ځ, close to both (Dzemal = Džemal = Jamal, Dzadran = ځدران = Zadran)', () => {
    expect(compareNames('Dzemal', 'Džemal').same).toBe(true);
    expect(compareNames('Dzemal', 'Jamal').same).toBe(true);
    expect(compareNames('Dzadran', 'ځدران').same).toBe(true);
    expect(compareNames('Dzadran', 'Zadran').same).toBe(true);
    expect(latinToSymbols('Dzhamal')).toBe('jamal');
  });
});

describe('a j after the l of Abdul or of a first al-/el-', () => {
  it('is the English j of the name, not the Slavic lj (Abduljalil = Abdul Jalil = Abdulcelil; Merjem keeps its y)', () => {
    expect(latinToSymbols('Abduljalil')).toBe('abduljalil');
    expect(compareNames('Abduljalil', 'Abdulcelil').same).toBe(true);
    expect(latinToSymbols('Merjem')).toBe('meryem');
    // … nor after an h, before which Slavic spellings write no j (Mahjoub = محجوب, keyed with Mahgoub)
    expect(latinToSymbols('Mahjoub')).toBe('mahjUb');
    expect(compareNames('Bahjat', 'Behçet').same).toBe(true);
  });
  it('is the English j in a word written with English digraphs (Sharjabi = Shargabi = شرجبي, not Sharabi)', () => {
    expect(latinToSymbols('Sharjabi')).toBe('carjabi');
    expect(compareNames('Sharjabi', 'Shargabi').same).toBe(true);
    expect(compareNames('Al-Sharjabi', 'Al-Sharabi').same).toBe(false);
    expect(compareNames('Zakarija', 'Zakariya').same).toBe(true);
  });
});

describe('the Bosnian ev of the diphthong aw after dž', () => {
  it('Dževdet = Cevdet = جودت', () => {
    expect(compareNames('Dževdet', 'Cevdet').same).toBe(true);
    expect(compareNames('Џевдет', 'جودت').same).toBe(true);
  });
});

describe('Hungarian spellings (registrations at Röszke)', () => {
  it('write s as sz and ch as cs (Huszein, Musztafa, Asszad, Csaman = حسين, مصطفى, أسعد, چمن)', () => {
    expect(latinToSymbols('Szabo')).toBe('sabo');
    expect(compareNames('Huszein', 'حسين').same).toBe(true);
    expect(compareNames('Huszein', 'Husein').score).toBe(1);
    expect(compareNames('Musztafa', 'مصطفى').same).toBe(true);
    expect(compareNames('Asszad', 'أسعد').same).toBe(true);
    expect(compareNames('Csaman', 'چمن').same).toBe(true);
    expect(compareNames('Csaman', 'Čaman').score).toBe(1);
  });
  it('and sh as s: in a word with a sz, zs or cs, and in a name with one (Huszein Rasid = حسين رشيد)', () => {
    expect(latinToSymbols('Sasza')).toBe('casa');
    expect(compareNames('Mohamed Huszein Rasid', 'Muhammad Hussein Rashid').score).toBeGreaterThan(compareNames('Mohamed Husein Rasid', 'Muhammad Hussein Rashid').score);
    expect(compareNames('Mohamed Huszein Szaid Rasid', 'محمد حسين سعيد رشيد').same).toBe(true);
    // a name with no Hungarian mark keeps its s an s
    expect(compareNames('Rasid Hadi', 'Rashid Hadi').score).toBeLessThan(compareNames('Rasid Huszein', 'Rashid Husein').score);
  });
  it('… and in a word with the long vowels á, ő, ű, also read with its s as sh (Sahzád = Shahzad, Isrát = Ishrat)', () => {
    expect(compareNames('Sahzád', 'Chahzad').same).toBe(true);
    expect(compareNames('Isrát', 'Ishrat').same).toBe(true);
    expect(compareNames('Sadán', 'Chadan').same).toBe(true);
    // (as a second reading: Ansám written with its s is still Ansam)
    expect(compareNames('Ansám', 'Ansame').same).toBe(true);
    expect(compareNames('Sahzád', 'Sahzada').same).toBe(false);
  });
});

describe('Turkish vowel harmony', () => {
  it('writes the nisba -i of Arabic names as ü after a syllable with ü (Şükrü = Shukri = شكري, Hüsnü = حسني, Rüştü = Rushdi)', () => {
    expect(compareNames('Şükrü', 'شكري').same).toBe(true);
    expect(compareNames('Hüsnü', 'Hosni').same).toBe(true);
    expect(compareNames('Rüştü', 'Rushdi').same).toBe(true);
    // not in short words: Ümmü is Umm (أم كلثوم), Ülkü a Turkish name of its own
    expect(compareNames('Ümmü Gülsüm', 'أم كلثوم').same).toBe(true);
    expect(latinToSymbols('Ülkü').endsWith('u')).toBe(true);
  });
});

describe('Dutch sj', () => {
  it('a first sj before a vowel is sh (Sjaima, Sjarif = Shaima, شريف); elsewhere s and the Slavic j (Asja = آسيا)', () => {
    expect(compareNames('Sjaima Faizi', 'شيما فيضي').same).toBe(true);
    expect(compareNames('Sjarif', 'Sharif').score).toBe(1);
    // (before the last a, the i of the -iya ending: Asja = Asia)
    expect(latinToSymbols('Asja')).toBe('asia');
  });
});

describe('sz before the Persian -zadeh and the Pashtun -zai', () => {
  it('is s + z, not the Hungarian s (Abbaszadeh = Abbas Zadeh = عباس‌زاده, Ilyaszai = الیاس‌زی)', () => {
    expect(latinToSymbols('Ilyaszai')).toBe('ilyaszE');
    expect(compareNames('Iljaszaj', 'Ильясзай').same).toBe(true);
    expect(compareNames('Ilyaszai', 'الیاسزی').same).toBe(true);
    expect(latinToSymbols('Abbaszadeh')).toBe('abaszadeh');
    expect(compareNames('Abbaszadeh', 'Abbas Zadeh').same).toBe(true);
    expect(compareNames('Abbaszade', 'Абасзаде').same).toBe(true);
    // (first in a name too: then the name's other words are no Hungarian spelling, Samir no Shamir)
    expect(compareNames('Abbaszade Samir', 'Abbaszade Shamir').same).toBe(false);
  });
});

describe('the Bosnian dž written dz without its háček', () => {
  it('after a first syllable (Mudzahid = Mudžahid = مجاهد, Hadzi = Hadži), not the d of a name before -zai or -zadeh', () => {
    expect(latinToSymbols('Mudzahid')).toBe(latinToSymbols('Mudžahid').replace('j', 'Z'));
    expect(compareNames('Mudzahid', 'مجاهد').same).toBe(true);
    expect(compareNames('Mudzahid', 'Муџахид').same).toBe(true);
    expect(compareNames('Ahmadzai', 'احمدزی').same).toBe(true);
    expect(compareNames('Mohammadzadeh', 'محمدزاده').same).toBe(true);
  });
});


describe('a j after a consonant before an i', () => {
  it('is the English j, not the Slavic glide, which Slavic spellings do not write there (Jirjis = Girgis, Ganji = گنجی)', () => {
    expect(latinToSymbols('Barzanji')).toBe('barzanji');
    expect(compareNames('Jirjis', 'Girgis').same).toBe(true);
    expect(compareNames('Jirjis', 'Гиргис').same).toBe(true);
    // before another vowel it is still the Slavic y (Merjem = Meryem)
    expect(latinToSymbols('Merjem')).toBe('meryem');
    expect(latinToSymbols('Rabjem')).toBe('rabyem');
    // (… and before the last a after a or i, the i of the -iya ending: Rabja = Rabia)
    expect(latinToSymbols('Rabja')).toBe('rabia');
  });
  it('… and before the ee of English spellings, which is that i (Zaranjee = Zaranji = Заранджи, Banerjee = Banerji)', () => {
    expect(compareNames('ZARANJEE', 'Zaranji').same).toBe(true);
    expect(compareNames('ZARANJEE', 'Заранджи').same).toBe(true);
    expect(compareNames('Banerjee', 'Banerji').same).toBe(true);
    // (a j before one e is still the Slavic glide: Merjem)
    expect(latinToSymbols('Merjem')).toBe('meryem');
  });
});

describe('the diphthong aw written ov or ef', () => {
  it('is read so before r, l, z or d and a vowel (Novruz), or before a voiceless consonant and e (Šefket)', () => {
    expect(latinToSymbols('Novruz')).toBe('nOruz');
    expect(latinToSymbols('Šefket')).toBe('cOket');
    // not the ov of Slavic family names, nor an ef before another vowel (Ivanovski, Šefkat)
    expect(latinToSymbols('Ivanovski')).toBe('ivanovski');
    expect(latinToSymbols('Šefkat')).toBe('cefkat');
  });
});

describe('an Albanian y beside no vowel', () => {
  it('is also read u, the ü of Turkish (Hysen = Husein, Ymer = Omar = عمر, Hysni = Husni)', () => {
    expect(compareNames('Hysen', 'Husein').same).toBe(true);
    expect(compareNames('Ymer', 'عمر').same).toBe(true);
    expect(compareNames('Hysni', 'Husni').same).toBe(true);
    // (a y beside a vowel is the glide it is elsewhere: Yasin is not Usin)
    expect(compareNames('Yasin', 'Usin').same).toBe(false);
  });
});

describe('Greek papers copied into Latin', () => {
  it('write mp, nt, gk, tz and gi for b, d, g, j and y, and s for sh (Mpouthaina = Buthaina, Tzamila = Jamila, Zarntast = Zardasht)', () => {
    expect(compareNames('Mpouthaina', 'بثينة').same).toBe(true);
    expect(compareNames('Ntiako', 'Diyako').same).toBe(true);
    expect(compareNames('Negkasi', 'Negasi').same).toBe(true);
    expect(compareNames('Tzamila', 'Džamila').same).toBe(true);
    expect(compareNames('Zarntast', 'Zardasht').same).toBe(true);
    expect(compareNames('Gionatan', 'Yonatan').same).toBe(true);
    expect(compareNames('Katagioun', 'کتایون').same).toBe(true);
    expect(compareNames('Gouolntou', 'Woldu').same).toBe(true);
    // … and the mpnt of Abd: the compound of other spellings (Ampntoulkarim = Abdulkarim, Ampntoul Ouakil = Abdul Wakil)
    expect(latinToSymbols('Ampntoulkarim')).toBe('abdUlkarim');
    expect(compareNames('Ampntoul Ouakil', 'عبد الوكيل').same).toBe(true);
    // (an Italian tz is ts: Tzegai = Tsegay)
    expect(compareNames('Tzegai', 'Tsegay').same).toBe(true);
    // (not the n and t of an Arabic name of the form Muntasir: Mudassir is another name)
    expect(compareNames('Muntasir', 'Mudassir').same).toBe(false);
  });
  it('and the ι of a first ιου, the γι after a last vowel and the -ουλάχ of -ullah (Iousef, Tesfagi, Chikmatoulach)', () => {
    expect(compareNames('IOUSEF', 'Јусуф').same).toBe(true);
    expect(compareNames('CHAILE TESFAGI', 'HAYLE Tesfaye').same).toBe(true);
    expect(compareNames('CHIKMATOULACH', 'Hikmatullah').same).toBe(true);
    expect(compareNames('SAMIOULACH', 'سمیع الله').same).toBe(true);
    // (not the Egyptian g of a name of one syllable before it: Nagi = ناجي is not Nay)
    expect(compareNames('Nagi Ahmed', 'Nay Ahmed').same).toBe(false);
    expect(compareNames('Hagi', 'حي').same).toBe(false);
  });
  it('and ch for the χ of kh and h (Mochamount = Mohamud = محمود, Achmantvant = Ahmadvand)', () => {
    expect(compareNames('Mochamount', 'محمود').same).toBe(true);
    expect(compareNames('Mochamount', 'Mohamud').same).toBe(true);
    expect(compareNames('Achmantvant', 'Ahmadvand').same).toBe(true);
    // (a ch in a word that shows no Greek pair is read as other conventions read it: Chadi = Shadi)
    expect(compareNames('Chadi', 'شادي').same).toBe(true);
  });
  it('and Ampou for Abu, which begins a kunya as Abu does (Ampou Samala = Abu Shamala = ابو شمالة)', () => {
    expect(compareNames('Achmant Naser Ampou Samala', 'أحمد ناصر أبو شمالة').same).toBe(true);
    expect(compareNames('Achmant Naser Ampou Samala', 'Ahmad Naser Abu Šamala').same).toBe(true);
    expect(compareNames('Achmant Naser Ampou Samala', 'Ahmad Naser Abu Kamal').same).toBe(false);
    // … the name after it read as a Greek copy too (Ampou Tzarant = Abu Jarad)
    expect(compareNames('Karam Machmount Ampou Tzarant', 'Karam Mahmoud Abu Jarad').same).toBe(true);
    expect(compareNames('Ampou Tzarant', 'Abu Jawad').same).toBe(false);
  });
  it('and ts for the ch of τσ (Mpalats = Balach = بالاچ = Балач)', () => {
    expect(compareNames('Mpalats', 'Balach').same).toBe(true);
    expect(compareNames('Mpalats', 'بالاچ').same).toBe(true);
    expect(compareNames('Mpalats', 'Balas').same).toBe(false);
    // (as a second reading: the ts of a Greek copy of an Eritrean name is the ts of ጸ, Tsegkai = Tsegai = ጸጋይ)
    expect(compareNames('Tsegkai', 'Tsegai').same).toBe(true);
    expect(compareNames('Tsegkai', 'ጸጋይ').same).toBe(true);
  });
  it('a word whose Greek reading is a compound is that compound, the χ of a last h copied ch (Vachintoullach = Wahidullah)', () => {
    expect(compareNames('Vachintoullach Nour Aga Magkal', 'Wahidullah Noor Agha Mangal').same).toBe(true);
    expect(compareNames('Vachintoullach', 'وحيد الله').same).toBe(true);
    expect(compareNames('Ampntelilach Mpenani', 'عبد الإله بناني').same).toBe(true);
    expect(compareNames('Ampolfazl Gkolam Sachi', 'Abolfazl Gholam Sakhi').same).toBe(true);
    expect(compareNames('Vachintoullach', 'Hamidullah').same).toBe(false);
    // (a Greek copy's first ntz is the j too: Ntzamila = Jamila)
    expect(compareNames('Ntzamila', 'Jamila').same).toBe(true);
  });
  it('and gk for ng as well as g (Magkal = Mangal, Malagk = Malang)', () => {
    expect(compareNames('Magkal', 'Mangal').same).toBe(true);
    expect(compareNames('Malagk', 'ملنګ').same).toBe(true);
  });
});

describe('a last -ow, -ew in German and Polish spellings', () => {
  it('is the -ov, -ev of Russian and Central Asian family names (Umarow = Умаров, Iwanow = Ivanov, Nijasow = Ниязов, Alijew = Алиев)', () => {
    expect(compareNames('Umarow', 'Умаров').same).toBe(true);
    expect(compareNames('Iwanow', 'Ivanov').same).toBe(true);
    expect(compareNames('Nijasow', 'Ниязов').same).toBe(true);
    expect(compareNames('Alijew', 'Алиев').same).toBe(true);
  });
  it('not the English -ow of Jallow nor the Somali one of Adow, Olow, Hassanow, which stays read as written too', () => {
    expect(compareNames('Jallow', 'Diallo').same).toBe(true);
    expect(compareNames('Adow', 'Addou').same).toBe(true);
    expect(compareNames('Olow', 'Олоу').same).toBe(true);
    expect(compareNames('Dahir Alasow', 'Dahir Alaso').same).toBe(true);
    expect(compareNames('Abdi Hassanow', 'Abdi Hassano').same).toBe(true);
  });
  it('and so is the -off, -yeff of older French and German papers (Magomedoff = Магомедов, Aliyeff = Алиев), not the -eff of Yousseff', () => {
    expect(latinToSymbols('Magomedoff')).toBe(latinToSymbols('Magomedov'));
    expect(latinToSymbols('Aliyeff')).toBe(latinToSymbols('Aliyev'));
    expect(latinToSymbols('Yousseff')).toBe(latinToSymbols('Youssef'));
    expect(compareNames('Magomedoff', 'Магомедов').same).toBe(true);
  });
  it('a first je of a Russian family name in Serbian and Macedonian spelling is said ye (Jevlojev = Евлоев = Yevloyev)', () => {
    expect(compareNames('Jevlojev', 'Евлоев').same).toBe(true);
    expect(compareNames('Jevlojev', 'Evloev').same).toBe(true);
    // (and in German and Polish spelling, with w: Jewłojewa = Евлоева)
    expect(compareNames('Jewłojewa', 'Евлоева').same).toBe(true);
    expect(compareNames('Jewlojew', 'Yevloyev').same).toBe(true);
    expect(compareNames('Jewlojew', 'Евлоев').same).toBe(true);
    // (not the j of Jemal, nor the dž of Dževdet)
    expect(compareNames('Jemal', 'Emal').same).toBe(false);
    expect(compareNames('Dževdet', 'Cevdet').same).toBe(true);
  });
});

describe('Dutch oe', () => {
  it('is u in Abdoel before a name, and in a word whose reading with u is a compound (Abdoel Rahman = عبد الرحمن, Noeroeddin = نور الدين)', () => {
    expect(compareNames('Abdoel Rahman', 'عبد الرحمن').same).toBe(true);
    expect(compareNames('Abdoel Karim Soeleiman', 'Abdul Karim Sulaiman').same).toBe(true);
    expect(compareNames('Noeroeddin', 'نور الدين').same).toBe(true);
    expect(compareNames('Roehoellah', 'روح الله').same).toBe(true);
    expect(compareNames('Abdoellah', 'عبد الله').same).toBe(true);
  });
  it('and elsewhere a second reading: the oe of Yoel, Joel, Roeder is two vowels (Yoel = ዮኤل, Joel = Джоел), and of the French Moez', () => {
    expect(compareNames('Elmoez Elbashir', 'Almoiz Elbashir').same).toBe(true);
    expect(compareNames('Yoel', 'ዮኤል').same).toBe(true);
    expect(compareNames('Joel', 'Джоел').same).toBe(true);
    expect(compareNames('Noer', 'نور').same).toBe(true);
    expect(compareNames('Noël', 'Ноел').same).toBe(true);
  });
  it('nor in a compound as written with the French or Egyptian oe (Abdelmoez = Abdel Moez = عبد المعز, Abdelmoeti)', () => {
    expect(compareNames('Abdelmoez', 'Abdel Moez').same).toBe(true);
    expect(compareNames('Abdelmoeti', 'Abdel Moeti').same).toBe(true);
    expect(compareNames('Abdelmoez', 'عبد المعز').same).toBe(true);
  });
});

describe('French dj', () => {
  it('is one letter, the j of جمال, بوجمعة (Djamel, Boudjemaa)', () => {
    expect(latinToSymbols('djamel')).toBe(latinToSymbols('jamel'));
    expect(same('Boudjemaa', 'بوجمعة')).toBe(true);
  });
  it('but the d of Muhammad, Ahmad before the j of a compound written as one word is also read d + j (Mohammadjavad = محمدجواد, Ahmadjar = Ahmadyar)', () => {
    expect(same('Mohammadjavad', 'محمدجواد')).toBe(true);
    // (also as one letter, as Cyrillic дж is: Muhammadjon = Мухаммаджон, Ahmedjanov = Ахмеджанов)
    expect(same('Muhammadjon', 'Мухаммаджон')).toBe(true);
    expect(same('Ahmedjanov', 'Ахмеджанов')).toBe(true);
    expect(same('Akhmadjon', 'Ahmadjon')).toBe(true);
    expect(same('Mohammadjavad', 'Mohammad Javad')).toBe(true);
    expect(same('Ahmadjar', 'Ahmadyar')).toBe(true);
    expect(same('Mohammadjavad', 'Mohammadjafar')).toBe(false);
  });
  it('and before the sch of a German spelling d + sh, not the German dsch (Mohammadschahi = محمدشاهی, Ahmadschah = Ahmad Shah)', () => {
    expect(same('Mohammadschahi', 'Mohammadshahi')).toBe(true);
    expect(same('Mohammadschahi', 'محمدشاهی')).toBe(true);
    expect(same('Ahmadschah', 'Ahmadshah')).toBe(true);
    expect(same('Mohammadschahi', 'Mohammadjavad')).toBe(false);
    // (only before Shah: before Javad, Jafar, Jan the dsch is the j German writes, Mohammadschawad = محمدجواد)
    expect(same('Mohammadschawad', 'Mohammadjavad')).toBe(true);
    expect(same('Mohammadschawad', 'محمدجواد')).toBe(true);
    expect(same('Mohammadschafar', 'Mohammadjafar')).toBe(true);
    expect(same('Mohammadschan', 'Mohammadjan')).toBe(true);
    // (and before any other: Mohammadscharif = Mohammad Sharif = محمدشریف)
    expect(same('Mohammadscharif', 'Mohammad Sharif')).toBe(true);
    expect(same('Mohammadscharif', 'محمدشریف')).toBe(true);
    expect(same('Ahmadschakir', 'Ahmad Shakir')).toBe(true);
    // the German dsch stays one letter elsewhere: Dschamila = Jamila
    expect(same('Dschamila', 'Jamila')).toBe(true);
    // (and before the Shah of any compound it is also read d + sh: Badschah Gul = Badshah Gul = بادشاه‌گل)
    expect(same('Badschah Gul', 'Badshah Gul')).toBe(true);
    expect(same('Badschah', 'بادشاه')).toBe(true);
    expect(same('Nudschaifi', 'Nudschaimi')).toBe(false);
  });
  it('nor across a hyphen, which ends a word: Ahmad-Jaan is Ahmad + Jaan (= احمدجان = Ahmad Dschan)', () => {
    expect(same('Ahmad-Jaan', 'احمدجان')).toBe(true);
    expect(same('Ahmed-Jaan', 'Ahmad Dschan')).toBe(true);
    expect(same('Mohammed-Jan', 'Мухамад Џан')).toBe(true);
    expect(same('Abdul-Rahman', 'Abdulrahman')).toBe(true);
  });
});

describe('a word with the letters of Turkish or Kurmanji spelling', () => {
  it('writes dzh with c before any vowel (Özcan, Gürcan are not Özkan, Gürkan; Cemîl = Jamil)', () => {
    expect(same('Özcan', 'Özkan')).toBe(false);
    expect(same('Gürcan', 'Gürkan')).toBe(false);
    expect(same('Cemîl', 'Jamil')).toBe(true);
    expect(latinToSymbols('Özcan')).toContain('j');
    // (in capitals too, whose İ lower-cases to i and a dot: CİHAN = Jihan)
    expect(latinToSymbols('CİHAN')).toMatch(/^j/);
    // (a Turkish c typed with the Hajji title's bare i is still the title: Haci Mehmet Yilmaz = Mehmet Yilmaz)
    expect(same('Haci Mehmet Yilmaz', 'Mehmet Yilmaz')).toBe(true);
  });
  it('… and zh with j, the ژ of Kurdish and Persian names (Hejîn = هەژین, Jîyan = ژیان = Zhiyan)', () => {
    expect(same('Hejîn', 'هەژین')).toBe(true);
    expect(same('Jîyan', 'Zhiyan')).toBe(true);
    expect(latinToSymbols('Jîyan')).toMatch(/^Z/);
    // (not in a German word with ö or ü, Jürgen, nor in an Albanian one with ç, Koçaj)
    expect(latinToSymbols('Jürgen')).not.toMatch(/^Z/);
    expect(same('Zijaullah Koçaj', 'Ziaullah Kochai')).toBe(true);
  });
});

describe('an ev or an -allah that only looks like one', () => {
  it('the Russian patronymic -evna as Serbian copies write it is no Turkish ev (Isajevna = Исаевна; Cevdet keeps it)', () => {
    expect(compareNames('Malika Isajevna Umarova', 'Malika Isaevna Umarova').same).toBe(true);
    expect(compareNames('Isajevna', 'Исаевна').same).toBe(true);
    expect(compareNames('Cevdet', 'Jawdat').same).toBe(true);
  });
  it('-allah after the one consonant of sh, sch, ch is no Allah (Shallah, Schallah = شلح), after two it is (Nasrallah)', () => {
    expect(compareNames('Shallah', 'شلح').same).toBe(true);
    expect(compareNames('Schallah', 'شلح').same).toBe(true);
    expect(compareNames('Nasrallah', 'نصرالله').same).toBe(true);
  });
});

describe('German papers\' ue for the Turkish ü', () => {
  it('a word with two is read with ü for each (Guelsuem, Duezguen = Gülsüm, Düzgün)', () => {
    expect(compareNames('Guelsuem', 'Gülsüm').same).toBe(true);
    expect(compareNames('Uemmueguelsuem', 'Ümmügülsüm').same).toBe(true);
    expect(compareNames('Duezguen', 'Дюзгюн').same).toBe(true);
    expect(compareNames('Guelsuem', 'Gülsen').same).toBe(false);
  });
});

describe('Bangladeshi spellings of Haq', () => {
  it('Huq and Hoque are Haq (Fazlul Huq = Fazlul Haque)', () => {
    expect(compareNames('Fazlul Huq', 'Fazlul Haque').same).toBe(true);
    expect(compareNames('Hoque', 'Haq').same).toBe(true);
    expect(compareNames('Azizul Hoque', 'عزيز الحق').same).toBe(true);
  });
});

describe('Somali names of Arabic ones that end in m', () => {
  it('Maryan and Adan are Maryam and Adam however written (Maryan Cabdi = Maryam Abdi)', () => {
    expect(compareNames('Maryan', 'Maryam').same).toBe(true);
    expect(compareNames('Maryan', 'مريم').same).toBe(true);
    expect(compareNames('Ismail Adan Guled', 'Ismail Adam Guleid').same).toBe(true);
    expect(compareNames('Adan', 'Adnan').same).toBe(false);
  });
});

describe('the ŋ of Dinka and Nuer spellings', () => {
  it('is the ng others write (Garaŋ = Garang, Dëŋ = Deng)', () => {
    expect(compareNames('John Garaŋ', 'John Garang').same).toBe(true);
    expect(compareNames('Acol Dëŋ', 'Achol Deng').same).toBe(true);
    expect(compareNames('Dëŋ', 'Den').same).toBe(false);
  });
});

describe('Azerbaijani Latin', () => {
  it('writes j with c, which its ə shows: in the word and in the other words of the name (Cəfər = جعفر, Cavid Əliyev = Javid Aliyev)', () => {
    expect(compareNames('Cəfər', 'جعفر').same).toBe(true);
    expect(compareNames('Fərəczadə', 'Farajzadeh').same).toBe(true);
    expect(compareNames('Cavid Əliyev', 'Javid Aliyev').same).toBe(true);
    expect(compareNames('Cəfər', 'Səfər').same).toBe(false);
  });
  it('ends a woman\'s name with ə for the taa marbuta (Fəridə = فريدة, not Fərid; Vüsalə is not Vüsal)', () => {
    expect(compareNames('Fəridə', 'فريدة').same).toBe(true);
    expect(compareNames('Fərid', 'Fəridə').same).toBe(false);
    expect(compareNames('Vüsalə', 'Vüsal').same).toBe(false);
    expect(compareNames('İradə', 'Ирода').same).toBe(true);
    // (not the -zadə of a family name)
    expect(compareNames('Fərəczadə', 'Farajzadeh').same).toBe(true);
  });
});

describe('the Hungarian sz', () => {
  it('is s after one letter too, where no base stands before a -zadeh (Aszad = Asad = اسد; Abbaszadeh keeps its z)', () => {
    expect(compareNames('Aszad', 'اسد').same).toBe(true);
    expect(compareNames('Bassár el-Aszad', 'Bashar al-Assad').same).toBe(true);
    expect(compareNames('Abbaszadeh', 'Abbaszade').same).toBe(true);
  });
});

describe('Latin y or Slavic j after a consonant before the last a', () => {
  it('is the i of the -iya ending: Ranya = Ranja = Rania = رانيا, not Rana = رنا', () => {
    for (const [a, b] of [['Ranya', 'Rania'], ['Ranja', 'رانيا'], ['Danya', 'Dania'], ['Lamyah', 'Lamia']]) expect(same(a!, b!), `${a} / ${b}`).toBe(true);
    for (const [a, b] of [['Ranya', 'Rana'], ['Ranja', 'رنا'], ['Danya', 'Dana'], ['Nadya', 'Nada'], ['Safya', 'Safa']]) expect(same(a!, b!), `${a} / ${b}`).toBe(false);
  });
  it('… not after h, nor after another vowel than a or i (Yahya = يحيى = Yaya; the Bengali Bonya = Bonna = বন্যা)', () => {
    expect(latinToSymbols('yahya')).toBe('yahya');
    expect(same('Bonya', 'Bonna')).toBe(true);
    expect(same('Bonya', 'বন্যা')).toBe(true);
    // (nor the -ilya of a Russian spelling copied: Jamilya = Джамиля = Jamila)
    expect(same('Jamilya', 'Jamila')).toBe(true);
  });
});
