import { describe, expect, it } from 'vitest';
import { compareNames } from './index';

const same = (a: string, b: string): boolean => compareNames(a, b).same;

describe('Somali forms of Arabic names', () => {
  it.each([
    ['Faadumo', 'Fatima'], ['Faadumo', 'فاطمة'], ['Fadumo', 'Fatma'], ['Faduma', 'Фатима'], ['Caasha', 'Aisha'], ['Caasha', 'عائشة'],
    ['Caasha', 'Ayşe'],
  ])('%s = %s', (a, b) => {
    expect(same(a, b)).toBe(true);
  });
  it('in whole names too (Faadumo Cumar Faarax = FARAH Fatima Umar)', () => {
    expect(same('Faadumo Cumar Faarax', 'FARAH Fatima Umar')).toBe(true);
  });
  it('and not other names of their letters (Faadumo is not Fadila), saying why they are one', () => {
    expect(same('Faadumo', 'Fadila')).toBe(false);
    expect(compareNames('Caasha', 'Aisha').explanation.pairs[0]!.how).toContain('a Somali form of an Arabic name');
  });
  it('a woman\'s -o, as Somali ends her name where Arabic ends it in -a, in the offices\' copies too (Nasro = Nasra = Насра)', () => {
    expect(same('Nasro', 'Nasra')).toBe(true);
    expect(same('Habibo', 'Хабиба')).toBe(true);
    expect(same('Raxmo', 'Rahma')).toBe(true);
    expect(compareNames('Nasro', 'Nasra').explanation.pairs[0]!.how).toContain('a Somali woman');
    // (not after a doubled consonant, Bhutto is not Bhutta; and other names stay apart: Nasro is not Nasrin)
    expect(same('Bhutto', 'Bhutta')).toBe(false);
    expect(same('Nasro', 'Nasrin')).toBe(false);
    // (those names only: Slavic, Italian, Kurdish and Bosnian men's names end in -o too)
    expect(same('Marko Ilic', 'Marka Ilic')).toBe(false);
    expect(same('Roberto', 'Roberta')).toBe(false);
    expect(same('Halo', 'Hala')).toBe(false);
    expect(same('Hamo', 'Hama')).toBe(false);
  });
  it('Abuukar, Abukar, Abucar, as Somali says Abu Bakr with one b (Abuukar = Abubakar)', () => {
    expect(same('Abuukar', 'Abubakar')).toBe(true);
    expect(same('Ayaan Abucar Saeed', 'Ayaan Abubakar')).toBe(true);
    expect(same('Abukar', 'Abdikar')).toBe(false);
    // (and Abokor, Abikar: Abokor = Abucar = Абокор)
    expect(same('Abokor', 'Abucar')).toBe(true);
    expect(same('Abikar', 'Абокор')).toBe(true);
    expect(same('Abikar', 'Abubakar')).toBe(true);
  });
});
