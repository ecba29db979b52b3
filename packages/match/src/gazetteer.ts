/**
 * Places of the Balkan route (transit and reception centres, border crossings, islands) and the main
 * cities of the origin countries, with the spellings met in registrations: local scripts, the route's
 * Cyrillic, Arabic/Persian script and the usual Latin transliterations. Folded lookups (lower case, no
 * diacritics) cover accent variants, so "Šid" and "Sid" need one entry.
 */
export interface Place {
  readonly id: string;
  readonly country: string; // ISO alpha-3
  readonly names: readonly string[];
}

export const GAZETTEER: readonly Place[] = [
  // North Macedonia
  { id: 'gevgelija', country: 'MKD', names: ['Gevgelija', 'Гевгелија', 'Гевгелия', 'Đevđelija', 'Djevdjelija', 'Gevgelia', 'Ghevghelia', 'Γευγελή', 'Vinojug', 'Винојуг', 'Gevgelija Vinojug', 'گِوگِلیا', 'جيفجيليا', 'غيفغيليا'] },
  { id: 'tabanovce', country: 'MKD', names: ['Tabanovce', 'Табановце', 'Tabanovtse', 'Tabanovci', 'تابانوفتسي', 'تابانوفچه'] },
  { id: 'kumanovo', country: 'MKD', names: ['Kumanovo', 'Куманово', 'كومانوفو', 'Kumanova'] },
  { id: 'skopje', country: 'MKD', names: ['Skopje', 'Скопје', 'Скопие', 'Skoplje', 'Скопље', 'Shkup', 'Σκόπια', 'سكوبيه', 'اسکوپیه'] },
  { id: 'bogorodica', country: 'MKD', names: ['Bogorodica', 'Богородица'] },
  // Serbia
  { id: 'presevo', country: 'SRB', names: ['Preševo', 'Прешево', 'Presevo', 'Presheva', 'Preshevo', 'بريشيفو', 'پرشوو'] },
  { id: 'miratovac', country: 'SRB', names: ['Miratovac', 'Миратовац'] },
  { id: 'belgrade', country: 'SRB', names: ['Belgrade', 'Beograd', 'Београд', 'Белград', 'Belgrad', 'Βελιγράδι', 'بلغراد', 'بلگراد'] },
  { id: 'sid', country: 'SRB', names: ['Šid', 'Шид', 'Sid', 'Shid', 'شيد'] },
  { id: 'subotica', country: 'SRB', names: ['Subotica', 'Суботица', 'Szabadka', 'سوبوتيتسا'] },
  { id: 'kanjiza', country: 'SRB', names: ['Kanjiža', 'Кањижа', 'Kanjiza', 'Magyarkanizsa'] },
  { id: 'horgos', country: 'SRB', names: ['Horgoš', 'Хоргош', 'Horgos', 'Röszke-Horgoš'] },
  { id: 'adasevci', country: 'SRB', names: ['Adaševci', 'Адашевци', 'Adasevci'] },
  { id: 'obrenovac', country: 'SRB', names: ['Obrenovac', 'Обреновац'] },
  { id: 'krnjaca', country: 'SRB', names: ['Krnjača', 'Крњача', 'Krnjaca'] },
  { id: 'dimitrovgrad', country: 'SRB', names: ['Dimitrovgrad', 'Димитровград', 'Caribrod', 'Цариброд'] },
  // Croatia, Slovenia, Hungary, Austria
  { id: 'slavonski-brod', country: 'HRV', names: ['Slavonski Brod', 'Славонски Брод', 'Slavonskibrod', 'Brod', 'سلافونسكي برود'] },
  { id: 'opatovac', country: 'HRV', names: ['Opatovac', 'Опатовац'] },
  { id: 'tovarnik', country: 'HRV', names: ['Tovarnik', 'Товарник'] },
  { id: 'zagreb', country: 'HRV', names: ['Zagreb', 'Загреб', 'زغرب', 'زاگرب', 'Ζάγκρεμπ'] },
  { id: 'dobova', country: 'SVN', names: ['Dobova', 'Добова', 'دوبوفا'] },
  { id: 'brezice', country: 'SVN', names: ['Brežice', 'Брежице', 'Brezice'] },
  { id: 'sentilj', country: 'SVN', names: ['Šentilj', 'Шентиљ', 'Sentilj', 'Spielfeld'] },
  { id: 'ljubljana', country: 'SVN', names: ['Ljubljana', 'Љубљана', 'Любляна', 'ليوبليانا', 'لیوبلیانا'] },
  { id: 'roszke', country: 'HUN', names: ['Röszke', 'Рöске', 'Roszke', 'Рьоске'] },
  { id: 'vienna', country: 'AUT', names: ['Vienna', 'Wien', 'Беч', 'Виена', 'Bec', 'Beč', 'فيينا', 'وین', 'Βιέννη'] },
  // Bulgaria
  { id: 'harmanli', country: 'BGR', names: ['Harmanli', 'Харманли', 'Kharmanli', 'هارمانلي'] },
  { id: 'sofia', country: 'BGR', names: ['Sofia', 'София', 'Sofija', 'Софија', 'صوفيا', 'Σόφια'] },
  { id: 'busmantsi', country: 'BGR', names: ['Busmantsi', 'Бусманци', 'Busmanci'] },
  { id: 'ovcha-kupel', country: 'BGR', names: ['Ovcha Kupel', 'Овча купел', 'Ovča Kupel'] },
  { id: 'vrazhdebna', country: 'BGR', names: ['Vrazhdebna', 'Враждебна'] },
  { id: 'svilengrad', country: 'BGR', names: ['Svilengrad', 'Свиленград'] },
  // Greece
  { id: 'idomeni', country: 'GRC', names: ['Idomeni', 'Ειδομένη', 'Eidomeni', 'Идомени', 'Idomeni camp', 'إيدوميني', 'ادومنی'] },
  { id: 'lesbos', country: 'GRC', names: ['Lesbos', 'Lesvos', 'Λέσβος', 'Лезбос', 'Лесбос', 'Лесвос', 'ليسبوس', 'لسبوس', 'Moria', 'Μόρια', 'Мориа', 'Mytilene', 'Μυτιλήνη'] },
  { id: 'chios', country: 'GRC', names: ['Chios', 'Χίος', 'Хиос', 'خيوس'] },
  { id: 'samos', country: 'GRC', names: ['Samos', 'Σάμος', 'Самос', 'ساموس'] },
  { id: 'kos', country: 'GRC', names: ['Kos', 'Κως', 'Кос', 'كوس'] },
  { id: 'leros', country: 'GRC', names: ['Leros', 'Λέρος', 'Лерос'] },
  { id: 'athens', country: 'GRC', names: ['Athens', 'Athina', 'Αθήνα', 'Атина', 'Атина', 'Afiny', 'Атина', 'أثينا', 'آتن', 'Piraeus', 'Πειραιάς', 'Elliniko'] },
  { id: 'thessaloniki', country: 'GRC', names: ['Thessaloniki', 'Θεσσαλονίκη', 'Солун', 'Solun', 'Салоники', 'Saloniki', 'سالونيك', 'تسالونیکی'] },
  { id: 'evros', country: 'GRC', names: ['Evros', 'Έβρος', 'Еврос', 'Maritsa', 'Марица', 'Meriç', 'Fylakio', 'Φυλάκιο'] },
  // Turkey (departure points)
  { id: 'istanbul', country: 'TUR', names: ['Istanbul', 'İstanbul', 'Истанбул', 'Стамбул', 'Carigrad', 'إسطنبول', 'اسطنبول', 'استانبول', 'Κωνσταντινούπολη'] },
  { id: 'izmir', country: 'TUR', names: ['Izmir', 'İzmir', 'Измир', 'إزمير', 'ازمیر', 'Σμύρνη'] },
  { id: 'edirne', country: 'TUR', names: ['Edirne', 'Одрин', 'Jedrene', 'Једрене', 'أدرنة', 'ادرنه'] },
  // Syria
  { id: 'damascus', country: 'SYR', names: ['Damascus', 'Dimashq', 'Damaskus', 'Damas', 'دمشق', 'الشام', 'Sham', 'Esh-Sham', 'Дамаск', 'Damask', 'Δαμασκός'] },
  { id: 'aleppo', country: 'SYR', names: ['Aleppo', 'Halab', 'Haleb', 'Alep', 'حلب', 'Алепо', 'Алеппо', 'Halep', 'Χαλέπι'] },
  { id: 'homs', country: 'SYR', names: ['Homs', 'Hims', 'حمص', 'Хомс', 'Хумс', 'Χομς'] },
  { id: 'hama', country: 'SYR', names: ['Hama', 'Hamah', 'حماة', 'حماه', 'Хама'] },
  { id: 'raqqa', country: 'SYR', names: ['Raqqa', 'Raqqah', 'Rakka', 'Ar-Raqqah', 'Al-Raqqa', 'الرقة', 'رقه', 'Рака', 'Ракка'] },
  { id: 'deir-ez-zor', country: 'SYR', names: ['Deir ez-Zor', 'Deir Ezzor', 'Deir al-Zour', 'Deir el-Zor', 'Dayr az Zawr', 'دير الزور', 'Деир ез Зор', 'Дейр-эз-Зор'] },
  { id: 'idlib', country: 'SYR', names: ['Idlib', 'Idleb', 'إدلب', 'ادلب', 'Идлиб'] },
  { id: 'latakia', country: 'SYR', names: ['Latakia', 'Lattakia', 'Al-Ladhiqiyah', 'اللاذقية', 'Латакија', 'Латакия'] },
  { id: 'daraa', country: 'SYR', names: ['Daraa', "Dar'a", 'Deraa', 'درعا', 'Дараа', 'Дара'] },
  { id: 'qamishli', country: 'SYR', names: ['Qamishli', 'Qamishlo', 'Kamishli', 'القامشلي', 'قامشلو', 'Камишли'] },
  { id: 'kobani', country: 'SYR', names: ['Kobani', 'Kobane', 'Ayn al-Arab', 'عين العرب', 'كوباني', 'Кобани'] },
  { id: 'hasakah', country: 'SYR', names: ['Al-Hasakah', 'Hasakah', 'Hasaka', 'Hassakeh', 'الحسكة', 'Хасака'] },
  // Afghanistan
  { id: 'kabul', country: 'AFG', names: ['Kabul', 'Kaboul', 'کابل', 'كابل', 'Кабул', 'Καμπούλ'] },
  { id: 'herat', country: 'AFG', names: ['Herat', 'Hirat', 'هرات', 'Херат', 'Герат', 'Χεράτ'] },
  { id: 'mazar-i-sharif', country: 'AFG', names: ['Mazar-i-Sharif', 'Mazar-e Sharif', 'Mazar-e-Sharif', 'Mazari Sharif', 'Mazar', 'مزار شریف', 'مزارشریف', 'Мазар-и-Шариф', 'Мазари Шариф', 'Мазар-е Шариф'] },
  { id: 'kandahar', country: 'AFG', names: ['Kandahar', 'Qandahar', 'Kandehar', 'کندهار', 'قندهار', 'Кандахар'] },
  { id: 'jalalabad', country: 'AFG', names: ['Jalalabad', 'Dzhalalabad', 'جلال‌آباد', 'جلال آباد', 'جلالآباد', 'Џалалабад', 'Джелалабад'] },
  { id: 'kunduz', country: 'AFG', names: ['Kunduz', 'Kondoz', 'Qunduz', 'کندز', 'قندوز', 'Кундуз'] },
  { id: 'ghazni', country: 'AFG', names: ['Ghazni', 'Ghazna', 'غزنی', 'غزني', 'Газни'] },
  { id: 'bamyan', country: 'AFG', names: ['Bamyan', 'Bamiyan', 'بامیان', 'باميان', 'Бамијан', 'Бамиан'] },
  // Iraq
  { id: 'baghdad', country: 'IRQ', names: ['Baghdad', 'Bagdad', 'بغداد', 'Багдад', 'Βαγδάτη'] },
  { id: 'mosul', country: 'IRQ', names: ['Mosul', 'Mossul', 'Al-Mawsil', 'الموصل', 'موصل', 'Мосул', 'Мосул'] },
  { id: 'basra', country: 'IRQ', names: ['Basra', 'Basrah', 'Al-Basrah', 'البصرة', 'بصره', 'Басра'] },
  { id: 'erbil', country: 'IRQ', names: ['Erbil', 'Arbil', 'Irbil', 'Hewler', 'Hawler', 'أربيل', 'اربيل', 'هەولێر', 'Ербил', 'Эрбиль'] },
  { id: 'kirkuk', country: 'IRQ', names: ['Kirkuk', 'Karkuk', 'كركوك', 'Киркук'] },
  { id: 'sulaymaniyah', country: 'IRQ', names: ['Sulaymaniyah', 'Sulaimaniya', 'Slemani', 'السليمانية', 'سلێمانی', 'Сулејманија', 'Сулеймания'] },
  { id: 'fallujah', country: 'IRQ', names: ['Fallujah', 'Falluja', 'الفلوجة', 'Фалуџа', 'Фаллуджа'] },
  { id: 'sinjar', country: 'IRQ', names: ['Sinjar', 'Shingal', 'سنجار', 'Синџар', 'Синджар'] },
  // Iran, Pakistan
  { id: 'tehran', country: 'IRN', names: ['Tehran', 'Teheran', 'تهران', 'طهران', 'Техеран', 'Тегеран'] },
  { id: 'mashhad', country: 'IRN', names: ['Mashhad', 'Meshed', 'مشهد', 'Машхад', 'Мешхед'] },
  { id: 'isfahan', country: 'IRN', names: ['Isfahan', 'Esfahan', 'اصفهان', 'Исфахан'] },
  { id: 'shiraz', country: 'IRN', names: ['Shiraz', 'شیراز', 'شيراز', 'Шираз'] },
  { id: 'karachi', country: 'PAK', names: ['Karachi', 'کراچی', 'كراتشي', 'Карачи'] },
  { id: 'lahore', country: 'PAK', names: ['Lahore', 'لاہور', 'لاهور', 'Лахор', 'Лахор'] },
  { id: 'peshawar', country: 'PAK', names: ['Peshawar', 'پشاور', 'بيشاور', 'Пешавар'] },
  { id: 'quetta', country: 'PAK', names: ['Quetta', 'کوئٹہ', 'كويتا', 'Квета', 'Кветта'] },
  // Horn of Africa
  { id: 'asmara', country: 'ERI', names: ['Asmara', 'Asmera', 'ኣስመራ', 'አስመራ', 'أسمرة', 'اسمرة', 'Асмара'] },
  { id: 'keren', country: 'ERI', names: ['Keren', 'ከረን', 'كرن', 'Керен'] },
  { id: 'massawa', country: 'ERI', names: ['Massawa', 'Mitsiwa', 'ምጽዋዕ', 'مصوع', 'Масава', 'Массауа'] },
  { id: 'addis-ababa', country: 'ETH', names: ['Addis Ababa', 'Addis Abeba', 'አዲስ አበባ', 'أديس أبابا', 'Адис Абеба', 'Аддис-Абеба'] },
  { id: 'mogadishu', country: 'SOM', names: ['Mogadishu', 'Muqdisho', 'Mogadiscio', 'مقديشو', 'Могадишу'] },
  { id: 'khartoum', country: 'SDN', names: ['Khartoum', 'Khartum', 'الخرطوم', 'Картум', 'Хартум'] },
];
