import { describe, expect, it } from 'vitest';
import { compareNames } from './index';
import { withPatronymicOrder } from './patronymic';

describe('a name that ends in a Russian or Turkic patronymic', () => {
  it('is read given name, father\'s name, family name (Кадыров Рамзан Ахматович = Рамзан Ахматович Кадыров)', () => {
    expect(withPatronymicOrder('кадыров рамзан ахматович')).toBe('рамзан ахматович кадыров');
    expect(withPatronymicOrder('иванова мария петровна')).toBe('мария петровна иванова');
    expect(withPatronymicOrder('алиев ильхам гейдар оглы')).toBe('ильхам гейдар алиев');
    expect(compareNames('Кадыров Рамзан Ахматович', 'Рамзан Ахматович Кадыров').score).toBe(1);
  });
  it('so matches the given and family name other papers write (Ramzan Kadyrov, Maria Ivanova, Ilham Aliyev)', () => {
    expect(compareNames('Кадыров Рамзан Ахматович', 'Ramzan Kadyrov').same).toBe(true);
    expect(compareNames('КАДЫРОВ Рамзан Ахматович', 'Рамзан Кадыров').same).toBe(true);
    expect(compareNames('Иванова Мария Петровна', 'Maria Ivanova').same).toBe(true);
    expect(compareNames('Дудаев Джохар Мусаевич', 'Dzhokhar Dudayev').same).toBe(true);
    expect(compareNames('Алиев Ильхам Гейдар оглы', 'Ilham Aliyev').same).toBe(true);
    expect(compareNames('Kadyrov Ramzan Akhmatovich', 'Ramzan Kadyrov').same).toBe(true);
  });
  it('keeps apart two persons whose fathers differ (Рамзан Ахматович / Рамзан Магомедович Кадыров)', () => {
    expect(compareNames('Кадыров Рамзан Ахматович', 'Кадыров Рамзан Магомедович').same).toBe(false);
    expect(compareNames('Кадыров Рамзан Ахматович', 'Ramzan Kadyrov').same).toBe(true);
  });
  it('is not a Serbian or Bosnian family name in -ović, -овић, which ends a name as family names do', () => {
    expect(withPatronymicOrder('мехмедовић емир аднан')).toBe('мехмедовић емир аднан');
    expect(withPatronymicOrder('emir adnan mehmedović')).toBe('emir adnan mehmedović');
    expect(withPatronymicOrder('emir adnan mehmedovic')).toBe('emir adnan mehmedovic');
    expect(withPatronymicOrder('рамзан ахматович кадыров')).toBe('рамзан ахматович кадыров');
  });
});
