import { describe, expect, it } from 'vitest';
import { compareNames } from './index';
import { inPatronymicOrder } from './patronymic';

describe('a name written family name first that ends in a Russian or Turkic patronymic', () => {
  it('is also read given name, father\'s name, family name (Кадыров Рамзан Ахматович = Рамзан Ахматович Кадыров)', () => {
    expect(inPatronymicOrder('кадыров рамзан ахматович')).toBe('рамзан ахматович кадыров');
    expect(inPatronymicOrder('иванова мария петровна')).toBe('мария петровна иванова');
    expect(inPatronymicOrder('шевченко олена петрівна')).toBe('олена петрівна шевченко');
    expect(inPatronymicOrder('алиев ильхам гейдар оглы')).toBe('ильхам гейдар алиев');
    expect(compareNames('Кадыров Рамзан Ахматович', 'Рамзан Ахматович Кадыров').score).toBe(1);
  });
  it('so matches the given and family name other papers write (Ramzan Kadyrov, Maria Ivanova, Ilham Aliyev)', () => {
    expect(compareNames('Кадыров Рамзан Ахматович', 'Ramzan Kadyrov').same).toBe(true);
    expect(compareNames('КАДЫРОВ Рамзан Ахматович', 'Рамзан Кадыров').same).toBe(true);
    expect(compareNames('Иванова Мария Петровна', 'Maria Ivanova').same).toBe(true);
    expect(compareNames('Ivanova Maria Ilyinichna', 'Maria Ivanova').same).toBe(true);
    expect(compareNames('Дудаев Джохар Мусаевич', 'Dzhokhar Dudayev').same).toBe(true);
    expect(compareNames('Алиев Ильхам Гейдар оглы', 'Ilham Aliyev').same).toBe(true);
    // (and the markers as Azerbaijani, Uzbek and Kyrgyz write them in their own letters)
    expect(compareNames('Həsənov Əli Vəli oğlu', 'Ali Hasanov').same).toBe(true);
    expect(compareNames('Karimov Sherzod Baxtiyor oʻgʻli', 'Sherzod Karimov').same).toBe(true);
    expect(compareNames('Ахмедова Нодира Рустам қизи', 'Nodira Akhmedova').same).toBe(true);
    expect(compareNames('Həsənov Əli Vəli oğlu', 'Vali Hasanov').same).toBe(false);
    // (not a Turkish family name in -oğlu written apart: Hasan Ali Kara oğlu is Hasan Ali Karaoğlu)
    expect(compareNames('Hasan Ali Kara oğlu', 'Ali Hasan').same).toBe(false);
    expect(compareNames('Fatma Zehra Kara kızı', 'Zehra Fatma').same).toBe(false);
    // (a Russian patronymic in Tajik letters too)
    expect(compareNames('Шарипов Сӯҳроб Маҳмадович', 'Suhrob Sharipov').same).toBe(true);
    expect(compareNames('Kadyrov Ramzan Akhmatovich', 'Ramzan Kadyrov').same).toBe(true);
    // (and as Polish, German and French papers write the patronymic: -owicz, -owna, -owitsch, -ovitch)
    expect(inPatronymicOrder('ozdojew magomied alichanowicz')).toBe('magomied alichanowicz ozdojew');
    expect(compareNames('Ozdojew Magomied Alichanowicz', 'Magomed Osdojew').same).toBe(true);
    expect(compareNames('Amirowa Zajnab Kurbanowna', 'Зајнаб Амирова').same).toBe(true);
    expect(compareNames('Amirow Raschid Kurbanowitsch', 'Raschid Amirow').same).toBe(true);
    expect(compareNames('Amirov Rachid Kourbanovitch', 'Rachid Amirov').same).toBe(true);
    expect(compareNames('Ozdojew Magomied Alichanowicz', 'Magomed Alichanow').same).toBe(false);
    // (the men's -owicz, -owitsch, -ovitch only after a Russian family name first: elsewhere a family name, Jankowicz, or
    // the Bosnian -ović so spelt, Izetbegovitch)
    expect(inPatronymicOrder('alija edin izetbegovitch')).toBeNull();
    expect(inPatronymicOrder('anna maria jankowicz')).toBeNull();
    expect(inPatronymicOrder('nermin edin hadzimuratovitch')).toBeNull();
    expect(compareNames('Nermin Edin Hadzimuratovitch', 'Edin Hadzimuratovitch').same).toBe(false);
    expect(compareNames('Alija Edin Izetbegovitch', 'Edin Alija').same).toBe(false);
  });
  it('reads an Azerbaijani chain with the marker inside without it (Aytən Rauf qızı Hüseynzadə = Ayten Rauf Hüseynzade)', () => {
    expect(inPatronymicOrder('aytən rauf qızı hüseynzadə')).toBe('aytən rauf hüseynzadə');
    expect(inPatronymicOrder('orhan rauf oğlu hüseynzade')).toBe('orhan rauf hüseynzade');
    expect(compareNames('Orxan Rauf oğlu Hüseynzadə', 'Orkhan Guseynzade').same).toBe(true);
    expect(compareNames('Ülviye Elhan kızı Caferova', 'Ulwija Dschafarowa').same).toBe(true);
    // (the father's name stays a part: another father is another person)
    expect(compareNames('Orxan Rauf oğlu Hüseynzadə', 'Orxan Elçin oğlu Hüseynzadə').same).toBe(false);
    // (not a Turkish name with a family name in -oğlu written apart before another word)
    expect(inPatronymicOrder('hasan kara oğlu mehmet')).toBeNull();
  });
  it('and still as written, the patronymic left out as papers leave it (Кадыров Рамзан Ахматович = Кадыров Рамзан)', () => {
    expect(compareNames('Кадыров Рамзан Ахматович', 'Кадыров Рамзан').same).toBe(true);
    expect(compareNames('Kadyrov Ramzan Akhmatovich', 'Кадыров Рамзан').same).toBe(true);
  });
  it('keeps apart two persons whose fathers differ (Рамзан Ахматович / Рамзан Магомедович Кадыров)', () => {
    expect(compareNames('Кадыров Рамзан Ахматович', 'Кадыров Рамзан Магомедович').same).toBe(false);
  });
  it('is not a name whose second word is the patronymic, whose family name may end in -ович (Абрамович, Ибрахимович)', () => {
    expect(inPatronymicOrder('роман аркадьевич абрамович')).toBeNull();
    expect(compareNames('Роман Аркадьевич Абрамович', 'Roman Abramovich').same).toBe(true);
    expect(compareNames('Эдин Мехмед Ибрахимович', 'Edin Ibrahimović').same).toBe(true);
    expect(compareNames('Edin Mehmed Hasanovich', 'Edin Hasanović').same).toBe(true);
  });
  it('nor a Serbian or Bosnian family name in -ović, -овић, which ends a name as family names do', () => {
    expect(inPatronymicOrder('мехмедовић емир аднан')).toBeNull();
    expect(inPatronymicOrder('emir adnan mehmedović')).toBeNull();
    expect(inPatronymicOrder('emir adnan mehmedovic')).toBeNull();
    expect(inPatronymicOrder('рамзан ахматович кадыров')).toBeNull();
  });
});
