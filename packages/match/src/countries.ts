/**
 * Countries of origin and of the Balkan route: ISO 3166 alpha-3 and alpha-2 codes and their names and
 * demonyms in English, the local language(s) and the route's languages (Macedonian, Serbian in both
 * scripts, Bulgarian, Greek, Croatian/Bosnian, Slovenian, German, Arabic, Persian). Lookups are folded
 * (lower-case, no diacritics), so one spelling per script is enough for accented variants.
 */
export interface Country {
  readonly alpha3: string;
  readonly alpha2: string;
  readonly names: readonly string[];
}

export const COUNTRIES: readonly Country[] = [
  { alpha3: 'SYR', alpha2: 'SY', names: ['Syria', 'Syrian Arab Republic', 'Syrian', 'سوريا', 'سورية', 'سوري', 'الجمهورية العربية السورية', 'Сирија', 'Сирия', 'Sirija', 'Συρία', 'Syrien', 'Sirija', 'سوریه', 'Сириец', 'Сиријац', 'Sirijac', 'Suriye'] },
  { alpha3: 'AFG', alpha2: 'AF', names: ['Afghanistan', 'Afghan', 'افغانستان', 'أفغانستان', 'افغان', 'Авганистан', 'Афганистан', 'Avganistan', 'Afganistan', 'Αφγανιστάν', 'Авганистанец', 'Афганец', 'Avganistanac'] },
  { alpha3: 'IRQ', alpha2: 'IQ', names: ['Iraq', 'Iraqi', 'العراق', 'عراق', 'عراقي', 'Ирак', 'Irak', 'Ιράκ', 'Иракчанин', 'Iračanin'] },
  { alpha3: 'IRN', alpha2: 'IR', names: ['Iran', 'Iranian', 'Islamic Republic of Iran', 'ایران', 'إيران', 'ايران', 'Иран', 'Ιράν', 'Иранец', 'Iranac'] },
  { alpha3: 'PAK', alpha2: 'PK', names: ['Pakistan', 'Pakistani', 'پاکستان', 'باكستان', 'Пакистан', 'Πακιστάν', 'Пакистанец', 'Pakistanac'] },
  { alpha3: 'ERI', alpha2: 'ER', names: ['Eritrea', 'Eritrean', 'ኤርትራ', 'إريتريا', 'اريتريا', 'Еритреја', 'Еритрея', 'Eritreja', 'Ερυθραία'] },
  { alpha3: 'ETH', alpha2: 'ET', names: ['Ethiopia', 'Ethiopian', 'ኢትዮጵያ', 'إثيوبيا', 'اثيوبيا', 'Етиопија', 'Етиопия', 'Etiopija', 'Αιθιοπία', 'Äthiopien'] },
  { alpha3: 'SOM', alpha2: 'SO', names: ['Somalia', 'Somali', 'Soomaaliya', 'الصومال', 'Сомалија', 'Сомалия', 'Somalija', 'Σομαλία'] },
  { alpha3: 'SDN', alpha2: 'SD', names: ['Sudan', 'Sudanese', 'السودان', 'Судан', 'Σουδάν'] },
  { alpha3: 'PSE', alpha2: 'PS', names: ['Palestine', 'State of Palestine', 'Palestinian', 'فلسطين', 'Палестина', 'Palestina', 'Παλαιστίνη'] },
  { alpha3: 'LBN', alpha2: 'LB', names: ['Lebanon', 'Lebanese', 'لبنان', 'Либан', 'Ливан', 'Liban', 'Λίβανος', 'Libanon'] },
  { alpha3: 'JOR', alpha2: 'JO', names: ['Jordan', 'Jordanian', 'الأردن', 'الاردن', 'Јордан', 'Иордания', 'Йордания', 'Jordan', 'Ιορδανία', 'Jordanien'] },
  { alpha3: 'YEM', alpha2: 'YE', names: ['Yemen', 'Yemeni', 'اليمن', 'Јемен', 'Йемен', 'Jemen', 'Υεμένη'] },
  { alpha3: 'EGY', alpha2: 'EG', names: ['Egypt', 'Egyptian', 'مصر', 'Египет', 'Egipat', 'Αίγυπτος', 'Ägypten'] },
  { alpha3: 'LBY', alpha2: 'LY', names: ['Libya', 'Libyan', 'ليبيا', 'Либија', 'Либия', 'Libija', 'Λιβύη', 'Libyen'] },
  { alpha3: 'TUN', alpha2: 'TN', names: ['Tunisia', 'Tunisian', 'تونس', 'Тунис', 'Tunis', 'Τυνησία', 'Tunesien'] },
  { alpha3: 'DZA', alpha2: 'DZ', names: ['Algeria', 'Algerian', 'الجزائر', 'Алжир', 'Alžir', 'Αλγερία', 'Algerien'] },
  { alpha3: 'MAR', alpha2: 'MA', names: ['Morocco', 'Moroccan', 'المغرب', 'Мароко', 'Марокко', 'Maroko', 'Μαρόκο', 'Marokko'] },
  { alpha3: 'BGD', alpha2: 'BD', names: ['Bangladesh', 'Bangladeshi', 'বাংলাদেশ', 'بنغلاديش', 'Бангладеш', 'Μπανγκλαντές'] },
  { alpha3: 'NGA', alpha2: 'NG', names: ['Nigeria', 'Nigerian', 'نيجيريا', 'Нигерија', 'Нигерия', 'Nigerija', 'Νιγηρία'] },
  { alpha3: 'TUR', alpha2: 'TR', names: ['Turkey', 'Türkiye', 'Turkish', 'تركيا', 'ترکیه', 'Турција', 'Турция', 'Турция', 'Turska', 'Τουρκία', 'Türkei'] },
  { alpha3: 'GRC', alpha2: 'GR', names: ['Greece', 'Greek', 'Ελλάδα', 'Ελλάς', 'اليونان', 'یونان', 'Грција', 'Гърция', 'Грчка', 'Grčka', 'Griechenland'] },
  { alpha3: 'MKD', alpha2: 'MK', names: ['North Macedonia', 'Macedonia', 'Macedonian', 'Северна Македонија', 'Македонија', 'Северна Македония', 'Македония', 'Severna Makedonija', 'Makedonija', 'مقدونيا الشمالية', 'مقدونيا', 'Βόρεια Μακεδονία', 'Nordmazedonien'] },
  { alpha3: 'SRB', alpha2: 'RS', names: ['Serbia', 'Serbian', 'Србија', 'Srbija', 'Сърбия', 'Сербия', 'صربيا', 'صربستان', 'Σερβία', 'Serbien'] },
  { alpha3: 'XKX', alpha2: 'XK', names: ['Kosovo', 'Kosova', 'Косово', 'كوسوفو', 'Κοσσυφοπέδιο'] },
  { alpha3: 'MNE', alpha2: 'ME', names: ['Montenegro', 'Црна Гора', 'Crna Gora', 'Черна гора', 'Черногория', 'الجبل الأسود', 'Μαυροβούνιο'] },
  { alpha3: 'BIH', alpha2: 'BA', names: ['Bosnia and Herzegovina', 'Bosnia', 'Босна и Херцеговина', 'Bosna i Hercegovina', 'البوسنة والهرسك', 'Βοσνία-Ερζεγοβίνη'] },
  { alpha3: 'HRV', alpha2: 'HR', names: ['Croatia', 'Croatian', 'Hrvatska', 'Хрватска', 'Хърватия', 'Хорватия', 'كرواتيا', 'Κροατία', 'Kroatien'] },
  { alpha3: 'SVN', alpha2: 'SI', names: ['Slovenia', 'Slovenian', 'Slovenija', 'Словенија', 'Словения', 'سلوفينيا', 'Σλοβενία', 'Slowenien'] },
  { alpha3: 'BGR', alpha2: 'BG', names: ['Bulgaria', 'Bulgarian', 'България', 'Бугарска', 'Bugarska', 'Болгария', 'بلغاريا', 'Βουλγαρία', 'Bulgarien'] },
  { alpha3: 'ROU', alpha2: 'RO', names: ['Romania', 'România', 'Романија', 'Румъния', 'Rumunija', 'رومانيا', 'Ρουμανία', 'Rumänien'] },
  { alpha3: 'HUN', alpha2: 'HU', names: ['Hungary', 'Magyarország', 'Унгарија', 'Унгария', 'Mađarska', 'Мађарска', 'المجر', 'Ουγγαρία', 'Ungarn'] },
  { alpha3: 'ALB', alpha2: 'AL', names: ['Albania', 'Shqipëria', 'Албанија', 'Албания', 'Albanija', 'ألبانيا', 'Αλβανία', 'Albanien'] },
  { alpha3: 'AUT', alpha2: 'AT', names: ['Austria', 'Österreich', 'Австрија', 'Австрия', 'Austrija', 'النمسا', 'Αυστρία'] },
  { alpha3: 'DEU', alpha2: 'DE', names: ['Germany', 'Deutschland', 'German', 'Германија', 'Германия', 'Nemačka', 'Немачка', 'Njemačka', 'ألمانيا', 'آلمان', 'Γερμανία'] },
  { alpha3: 'ITA', alpha2: 'IT', names: ['Italy', 'Italia', 'Италија', 'Италия', 'Italija', 'إيطاليا', 'Ιταλία', 'Italien'] },
  { alpha3: 'SWE', alpha2: 'SE', names: ['Sweden', 'Sverige', 'Шведска', 'Швеция', 'Švedska', 'السويد', 'Σουηδία', 'Schweden'] },
  { alpha3: 'NLD', alpha2: 'NL', names: ['Netherlands', 'Nederland', 'Холандија', 'Нидерландия', 'Nizozemska', 'هولندا', 'Ολλανδία', 'Niederlande'] },
  { alpha3: 'FRA', alpha2: 'FR', names: ['France', 'Франција', 'Франция', 'Francuska', 'فرنسا', 'Γαλλία', 'Frankreich'] },
  { alpha3: 'GBR', alpha2: 'GB', names: ['United Kingdom', 'UK', 'Great Britain', 'Обединето Кралство', 'Великобритания', 'Velika Britanija', 'المملكة المتحدة', 'Ηνωμένο Βασίλειο'] },
  { alpha3: 'IND', alpha2: 'IN', names: ['India', 'Indian', 'Индија', 'Индия', 'Indija', 'الهند', 'هند', 'Ινδία', 'Indien'] },
  { alpha3: 'COD', alpha2: 'CD', names: ['Democratic Republic of the Congo', 'DR Congo', 'Congo-Kinshasa', 'ДР Конго', 'جمهورية الكونغو الديمقراطية'] },
  { alpha3: 'CMR', alpha2: 'CM', names: ['Cameroon', 'Cameroun', 'Камерун', 'Kamerun', 'الكاميرون', 'Καμερούν'] },
  { alpha3: 'MLI', alpha2: 'ML', names: ['Mali', 'Мали', 'مالي', 'Μάλι'] },
  { alpha3: 'GIN', alpha2: 'GN', names: ['Guinea', 'Guinée', 'Гвинеја', 'Гвинея', 'Gvineja', 'غينيا', 'Γουινέα'] },
  { alpha3: 'KWT', alpha2: 'KW', names: ['Kuwait', 'الكويت', 'Кувајт', 'Кувейт', 'Kuvajt', 'Κουβέιτ'] },
  { alpha3: 'SAU', alpha2: 'SA', names: ['Saudi Arabia', 'السعودية', 'المملكة العربية السعودية', 'Саудиска Арабија', 'Саудитска Арабия', 'Saudijska Arabija', 'Σαουδική Αραβία'] },
  { alpha3: 'UKR', alpha2: 'UA', names: ['Ukraine', 'Україна', 'Украина', 'Украјина', 'Ukrajina', 'أوكرانيا', 'Ουκρανία'] },
  { alpha3: 'RUS', alpha2: 'RU', names: ['Russia', 'Russian Federation', 'Россия', 'Русија', 'Rusija', 'روسيا', 'Ρωσία', 'Russland'] },
];
