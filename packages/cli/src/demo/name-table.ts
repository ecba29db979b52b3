/**
 * A modest table of common names of people on the Balkan route, each in the scripts it is written in:
 * the family's own script (Arabic, Persian or Ge'ez), Latin spellings as they turn up in different
 * countries, and the Macedonian/Serbian Cyrillic of a police registration. Demo data only.
 */
export interface NameForms {
  /** Latin spellings; the first is the most common. */
  latin: readonly string[];
  /** The name in the family's own script (Arabic, Persian or Ge'ez). */
  native: string;
  cyrillic: string;
}

export type Origin = 'SYR' | 'IRQ' | 'AFG' | 'ERI';

export interface OriginNames {
  nativeScript: 'arabic' | 'persian' | 'ethiopic';
  languages: readonly string[];
  male: readonly NameForms[];
  female: readonly NameForms[];
  /** Family names; Eritreans use father's and grandfather's given names instead. */
  family: readonly NameForms[];
  places: readonly string[];
}

const n = (latin: string | string[], native: string, cyrillic: string): NameForms => ({
  latin: Array.isArray(latin) ? latin : [latin],
  native,
  cyrillic,
});

const arabicMale = [
  n(['Mohammed', 'Muhammad', 'Mohamed', 'Mohammad'], 'محمد', 'Мухамед'),
  n(['Ahmad', 'Ahmed'], 'أحمد', 'Ахмад'),
  n('Ali', 'علي', 'Али'),
  n(['Hassan', 'Hasan'], 'حسن', 'Хасан'),
  n(['Hussein', 'Husein', 'Hussain'], 'حسين', 'Хусеин'),
  n('Omar', 'عمر', 'Омар'),
  n(['Khaled', 'Khalid'], 'خالد', 'Халед'),
  n(['Mahmoud', 'Mahmud'], 'محمود', 'Махмуд'),
  n(['Mustafa', 'Mostafa'], 'مصطفى', 'Мустафа'),
  n(['Ibrahim', 'Ebrahim'], 'إبراهيم', 'Ибрахим'),
  n(['Yousef', 'Youssef', 'Yusuf'], 'يوسف', 'Јусуф'),
  n(['Abdullah', 'Abdallah'], 'عبد الله', 'Абдулах'),
  n(['Abdul Rahman', 'Abdulrahman'], 'عبد الرحمن', 'Абдул Рахман'),
  n(['Karim', 'Kareem'], 'كريم', 'Карим'),
  n('Samir', 'سمير', 'Самир'),
  n('Bilal', 'بلال', 'Билал'),
  n(['Tariq', 'Tarek'], 'طارق', 'Тарик'),
  n(['Walid', 'Waleed'], 'وليد', 'Валид'),
  n(['Jamal', 'Gamal'], 'جمال', 'Џамал'),
  n(['Hamza', 'Hamzah'], 'حمزة', 'Хамза'),
];

const arabicFemale = [
  n(['Fatima', 'Fatma', 'Fatemah'], 'فاطمة', 'Фатима'),
  n(['Aisha', 'Aysha', 'Aicha'], 'عائشة', 'Аиша'),
  n(['Maryam', 'Mariam'], 'مريم', 'Марјам'),
  n(['Zainab', 'Zeinab'], 'زينب', 'Зејнаб'),
  n(['Noor', 'Nour'], 'نور', 'Нур'),
  n(['Huda', 'Hoda'], 'هدى', 'Худа'),
  n(['Amina', 'Amena'], 'أمينة', 'Амина'),
  n('Rania', 'رانيا', 'Ранија'),
  n(['Layla', 'Leila', 'Laila'], 'ليلى', 'Лејла'),
  n('Samira', 'سميرة', 'Самира'),
  n('Hala', 'هالة', 'Хала'),
  n('Rasha', 'رشا', 'Раша'),
  n(['Rim', 'Reem'], 'ريم', 'Рим'),
  n(['Yasmin', 'Yasmine'], 'ياسمين', 'Јасмин'),
];

const syrianFamily = [
  n(['Al-Khatib', 'Alkhatib', 'Al Khatib'], 'الخطيب', 'Ал-Хатиб'),
  n(['Al-Ahmad', 'Alahmad'], 'الأحمد', 'Ал-Ахмад'),
  n(['Al-Hassan', 'Alhassan'], 'الحسن', 'Ал-Хасан'),
  n(['Haddad', 'Hadad'], 'حداد', 'Хадад'),
  n(['Al-Halabi', 'Halabi'], 'الحلبي', 'Ал-Халаби'),
  n(['Al-Shami', 'Shami'], 'الشامي', 'Ал-Шами'),
  n(['Darwish', 'Darwich'], 'درويش', 'Дарвиш'),
  n(['Al-Masri', 'Masri'], 'المصري', 'Ал-Масри'),
  n(['Kurdi', 'Al-Kurdi'], 'كردي', 'Курди'),
  n(['Al-Rifai', 'Rifai'], 'الرفاعي', 'Ал-Рифаи'),
  n(['Al-Homsi', 'Homsi'], 'الحمصي', 'Ал-Хомси'),
  n(['Othman', 'Osman'], 'عثمان', 'Отман'),
];

const iraqiFamily = [
  n(['Al-Obaidi', 'Obaidi'], 'العبيدي', 'Ал-Обеиди'),
  n(['Al-Jubouri', 'Al-Juburi', 'Jubouri'], 'الجبوري', 'Ал-Џубури'),
  n(['Al-Tamimi', 'Tamimi'], 'التميمي', 'Ал-Тамими'),
  n(['Al-Saadi', 'Saadi'], 'السعدي', 'Ал-Саади'),
  n(['Al-Dulaimi', 'Dulaimi'], 'الدليمي', 'Ал-Дулаими'),
  n(['Al-Rubaie', 'Rubaie'], 'الربيعي', 'Ал-Рубаи'),
  n(['Al-Shammari', 'Shammari'], 'الشمري', 'Ал-Шамари'),
  n(['Al-Zubaidi', 'Zubaidi'], 'الزبيدي', 'Ал-Зубеиди'),
];

const afghanMale = [
  n(['Ahmad', 'Ahmed'], 'احمد', 'Ахмад'),
  n(['Mohammad', 'Muhammad', 'Mohammed'], 'محمد', 'Мохамад'),
  n('Ali', 'علی', 'Али'),
  n('Reza', 'رضا', 'Реза'),
  n('Hamid', 'حمید', 'Хамид'),
  n(['Navid', 'Naveed'], 'نوید', 'Навид'),
  n('Farhad', 'فرهاد', 'Фархад'),
  n(['Jawad', 'Javad'], 'جواد', 'Џавад'),
  n(['Mirwais', 'Mirways'], 'میرویس', 'Мирваис'),
  n(['Zabihullah', 'Zabiullah'], 'ذبیح‌الله', 'Забихулах'),
  n(['Ghulam Sakhi', 'Gholam Sakhi'], 'غلام سخی', 'Гулам Сахи'),
  n(['Sayed', 'Sayyed', 'Said'], 'سید', 'Сајед'),
  n(['Abdul Wahid', 'Abdulwahid'], 'عبدالواحد', 'Абдул Вахид'),
  n(['Nasir', 'Naser'], 'ناصر', 'Насир'),
  n(['Mustafa', 'Mostafa'], 'مصطفی', 'Мустафа'),
  n(['Wahidullah', 'Wahedullah'], 'وحیدالله', 'Вахидулах'),
];

const afghanFemale = [
  n(['Fatima', 'Fatema'], 'فاطمه', 'Фатима'),
  n(['Zahra', 'Zohra'], 'زهرا', 'Захра'),
  n(['Maryam', 'Mariam'], 'مریم', 'Марјам'),
  n(['Nargis', 'Narges'], 'نرگس', 'Наргис'),
  n('Shabnam', 'شبنم', 'Шабнам'),
  n(['Parwana', 'Parvaneh'], 'پروانه', 'Парвана'),
  n(['Mahbooba', 'Mahbuba'], 'محبوبه', 'Махбуба'),
  n(['Soraya', 'Suraya'], 'ثریا', 'Сораја'),
  n('Farzana', 'فرزانه', 'Фарзана'),
  n(['Laila', 'Leila'], 'لیلا', 'Лејла'),
  n(['Khadija', 'Khadijeh'], 'خدیجه', 'Хадиџа'),
];

const afghanFamily = [
  n('Ahmadi', 'احمدی', 'Ахмади'),
  n(['Mohammadi', 'Muhammadi'], 'محمدی', 'Мохамади'),
  n(['Hussaini', 'Hosseini', 'Husaini'], 'حسینی', 'Хусеини'),
  n('Rahimi', 'رحیمی', 'Рахими'),
  n('Karimi', 'کریمی', 'Карими'),
  n('Hakimi', 'حکیمی', 'Хакими'),
  n('Popal', 'پوپل', 'Попал'),
  n(['Noori', 'Nouri'], 'نوری', 'Нури'),
  n('Sultani', 'سلطانی', 'Султани'),
  n('Amiri', 'امیری', 'Амири'),
  n('Safi', 'صافی', 'Сафи'),
  n(['Stanikzai', 'Stanekzai'], 'استانکزی', 'Станикзаи'),
];

const eritreanMale = [
  n(['Tesfay', 'Tesfai'], 'ተስፋይ', 'Тесфај'),
  n(['Yonas', 'Jonas'], 'ዮናስ', 'Јонас'),
  n(['Filmon', 'Philemon'], 'ፊልሞን', 'Филмон'),
  n(['Dawit', 'Dawitt'], 'ዳዊት', 'Давит'),
  n(['Mehari', 'Mihari'], 'መሓሪ', 'Мехари'),
  n(['Berhane', 'Birhane'], 'ብርሃነ', 'Берхане'),
  n(['Kidane', 'Kidana'], 'ኪዳነ', 'Кидане'),
  n(['Amanuel', 'Emmanuel'], 'ኣማኑኤል', 'Амануел'),
  n(['Semere', 'Semre'], 'ሰመረ', 'Семере'),
  n(['Habte', 'Habtay'], 'ሃብተ', 'Хабте'),
  n(['Ghebremedhin', 'Gebremedhin'], 'ገብረመድህን', 'Гебремедхин'),
];

const eritreanFemale = [
  n('Helen', 'ሄለን', 'Хелен'),
  n(['Selam', 'Salam'], 'ሰላም', 'Селам'),
  n(['Senait', 'Senayt'], 'ሰናይት', 'Сенаит'),
  n(['Luwam', 'Luam'], 'ሉዋም', 'Лувам'),
  n('Yordanos', 'ዮርዳኖስ', 'Јорданос'),
  n('Saba', 'ሳባ', 'Саба'),
  n(['Mebrat', 'Mebrahtu'], 'መብራት', 'Мебрат'),
  n(['Rahel', 'Rachel'], 'ራሄል', 'Рахел'),
];

export const NAMES: Record<Origin, OriginNames> = {
  SYR: {
    nativeScript: 'arabic',
    languages: ['ar'],
    male: arabicMale,
    female: arabicFemale,
    family: syrianFamily,
    places: ['Aleppo', 'Homs', 'Idlib', 'Deir ez-Zor', 'Damascus', 'Raqqa', 'Daraa', 'Hama'],
  },
  IRQ: {
    nativeScript: 'arabic',
    languages: ['ar', 'ku'],
    male: arabicMale,
    female: arabicFemale,
    family: iraqiFamily,
    places: ['Mosul', 'Baghdad', 'Fallujah', 'Ramadi', 'Kirkuk', 'Sinjar', 'Basra'],
  },
  AFG: {
    nativeScript: 'persian',
    languages: ['fa-AF', 'ps'],
    male: afghanMale,
    female: afghanFemale,
    family: afghanFamily,
    places: ['Kabul', 'Herat', 'Mazar-i-Sharif', 'Kunduz', 'Ghazni', 'Jalalabad', 'Kandahar'],
  },
  ERI: {
    nativeScript: 'ethiopic',
    languages: ['ti'],
    male: eritreanMale,
    female: eritreanFemale,
    family: eritreanMale,
    places: ['Asmara', 'Keren', 'Massawa', 'Mendefera', 'Adi Keyh'],
  },
};
