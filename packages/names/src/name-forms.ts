/**
 * Forms of Arabic and Persian names that their letters do not read as the name: Fula, Mandinka, Wolof, Chadian, Kabyle,
 * Maghrebi, Kurmanji, Bangladeshi and Bosnian ones (Mamadou, Amadou, Mohand = Muhammad, Ahmad, Muhammad; Ibrahima,
 * Ismaïla, Mariama, Adama, Yacouba, Daouda with the vowel these languages end a name in; Fatoumata, Kadiatou, Aïssatou; Aïssa, the
 * Maghrebi Isa, whose letters read as Aisha; the Moroccan Lahcen, Lhoucine = al-Hasan, al-Husayn, the article fused with
 * the name, and the Algerian Hocine, Hacène; the Maghrebi Tahar, Fatna, Rkia; the Turkish and Bosnian Rukiye, Rukija,
 * Kevser, Ayşe; the German and Slavic Nadja; the Chadian Yaya, the Maghrebi Touria, the French Myriam; the Albanian Isuf,
 * Ynuz, Ajshe): each with the Latin spelling of the name. word-readings.ts reads them so, and the spelling lexicon says
 * nothing of them: its corpus
 * writes them as Arabic script says them (مامادو, إبراهيما), which is no evidence of another name.
 */
const FORMS_OF_NAMES: Readonly<Record<string, string>> = {
  mamadou: 'muhammad', mamadu: 'muhammad', мамаду: 'muhammad', amadou: 'ahmad', amadu: 'ahmad', амаду: 'ahmad', mohand: 'muhammad',
  ibrahima: 'ibrahim', brahima: 'ibrahim', ибрахима: 'ibrahim', ismaila: 'ismail', ismaïla: 'ismail', исмаила: 'ismail', mariama: 'maryam',
  мариама: 'maryam', adama: 'adam', адама: 'adam', yacouba: 'yaqub', yakouba: 'yaqub', якуба: 'yaqub', daouda: 'dawud', даууда: 'dawud', дауда: 'dawud', fatoumata: 'fatima', fatoumatta: 'fatima', fatumata: 'fatima', фатумата: 'fatima',
  kadiatou: 'kadija', kadiatu: 'kadija', кадиату: 'kadija', aïssatou: 'aisha', aissatou: 'aisha', aisatou: 'aisha', аиссату: 'aisha',
  aïssa: 'isa', aissa: 'isa', аиса: 'isa', аисса: 'isa',
  lahcen: 'hasan', lahsen: 'hasan', lahssen: 'hasan', lahcene: 'hasan', lahcène: 'hasan', лахсен: 'hasan', lhoucine: 'husayn',
  lhoussine: 'husayn', lhoussaine: 'husayn', lhoussain: 'husayn', lahoucine: 'husayn', lhocine: 'husayn', lahocine: 'husayn',
  лхусейн: 'husayn', hocine: 'husayn', houcine: 'husayn', houssine: 'husayn', hacène: 'hasan', hacene: 'hasan',
  // (and the Chadian French forms: Adoum, Zenaba, Kaltouma, Hissène = Adam, Zaynab, Kulthum, Husayn)
  adoum: 'adam', адум: 'adam', zenaba: 'zaynab', зенаба: 'zaynab', kaltouma: 'kulthum', kaltoum: 'kulthum', калтума: 'kulthum',
  hissène: 'husayn', hissene: 'husayn', hissein: 'husayn', хиссен: 'husayn',
  // (and the Turkish names of Bulgaria as Bulgarian writes them, without the first h of Hüseyin, Hüsnü, with the я of its
  // say for the -ahim of İbrahim: Юсеин, Юсню, Ибрям, and Юмер for Ömer)
  юсеин: 'husein', yusein: 'husein', юсню: 'husnu', ибрям: 'ibrahim', ibryam: 'ibrahim', юмер: 'omer', yumer: 'omer',
  // (and the Armenian names as Russian writes them, without the h it has no letter for, or with its г: Акоп, Айк, Оганес,
  // Ованес, Саак, Ваагн, Амаяк, Мгер = Hakob, Hayk, Hovhannes, Sahak, Vahagn, Hmayak, Mher; and their Latin copies)
  акоп: 'hakob', akop: 'hakob', айк: 'hayk', оганес: 'hovhannes', оганнес: 'hovhannes', ованес: 'hovhannes', ованнес: 'hovhannes',
  oganes: 'hovhannes', ovanes: 'hovhannes', саак: 'sahak', saak: 'sahak', ваагн: 'vahagn', vaagn: 'vahagn', амаяк: 'hmayak', amayak: 'hmayak',
  мгер: 'mher', mger: 'mher', ayk: 'hayk', aik: 'hayk',
  // (and the Kurmanji Ûsiv, Yusuf without its y and with a v)
  ûsiv: 'yusuf', usiv: 'yusuf', усив: 'yusuf',
  // (and the Akter, Akhter of Bangladeshi women's names, the Persian Akhtar)
  akter: 'akhtar', akhter: 'akhtar',
  // (and the Bosnian women's names that add an -a to an Arabic woman's name: Suada, Hadžera, Merjema, Zejneba)
  suada: 'suad', суада: 'suad', hadžera: 'hajar', хаџера: 'hajar', merjema: 'maryam', мерјема: 'maryam', zejneba: 'zaynab', зејнеба: 'zaynab',
  // (and the Maghrebi Tahar = al-Tahir, the Kabyle Aomar = Omar, and the Moroccan Fatna, Rkia = Fatima, Ruqayya)
  tahar: 'tahir', тахар: 'tahir', aomar: 'umar', аомар: 'umar', fatna: 'fatima', фатна: 'fatima', rkia: 'ruqayya', rquia: 'ruqayya', rqia: 'ruqayya',
  // (and the Turkish and Bosnian Rukiye, Rukija = Ruqayya, Kevser = Kawthar, Ayşe = Aisha)
  rukiye: 'ruqayya', rukije: 'ruqayya', rukija: 'ruqayya', рукия: 'ruqayya', рукија: 'ruqayya', рукие: 'ruqayya', kevser: 'kawthar',
  кевсер: 'kawthar', ayşe: 'aisha', ayse: 'aisha', айше: 'aisha',
  // (and the Nadja of German and Slavic papers, Nadia, whose dj French spellings read as a j)
  nadja: 'nadia', надја: 'nadia',
  // (and the Chadian and West African Yaya = Yahya, the Maghrebi Touria = Thurayya, the French Myriam = Maryam)
  yaya: 'yahya', яя: 'yahya', јаја: 'yahya', touria: 'thurayya', thouria: 'thurayya', турия: 'thurayya', myriam: 'maryam', мириам: 'maryam',
  // (and the Albanian Isuf, Ynuz, Ajshe = Yusuf, Yunus, Aisha)
  isuf: 'yusuf', исуф: 'yusuf', ynuz: 'yunus', ajshe: 'aisha', ајше: 'aisha',
};

/** The Latin spelling of the name a word as written is such a form of, or null. */
export const nameOfForm = (text: string): string | null => (Object.hasOwn(FORMS_OF_NAMES, text) ? FORMS_OF_NAMES[text]! : null);
/** Whether a word as written is such a form. */
export const isFormOfName = (text: string): boolean => Object.hasOwn(FORMS_OF_NAMES, text);
