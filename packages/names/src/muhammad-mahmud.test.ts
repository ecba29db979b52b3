import { describe, expect, it } from 'vitest';
import { compareNames } from './index';
import { MhmdName, mhmdName } from './muhammad-mahmud';

const same = (a: string, b: string): boolean => compareNames(a, b).same;

describe('Muhammad and Mahmud told apart by their vowels', () => {
  it.each([
    ['Mohamoud', 'Mohamed'], ['Maxamuud', 'Maxamed'], ['Mahmut', 'Mehmet'], ['Mahmood', 'Muhammad'], ['Махмуд', 'Мухамед'],
    ['Mahamoud', 'محمد'], ['محمود', 'Mohammed'], ['Mehmud', 'Mehmed'],
  ])('%s is not %s', (a, b) => {
    expect(same(a, b)).toBe(false);
    expect(compareNames(a, b).explanation.pairs[0]!.how).toContain('Muhammad and Mahmud, told apart');
  });

  it('in a whole name too, of four parts written otherwise: brothers Mohamed / Mahmoud Ali Hassan Al-Tamimi', () => {
    expect(same('Hodan Maxamed Warsame', 'Hodan Maxamuud Warsame')).toBe(false);
    expect(same('Maxamed Cali Xasan Warsame', 'Maxamuud Cali Xasan Warsame')).toBe(false);
    expect(same('Mohamed Ali Hassan Al-Tamimi', 'Mahmoud Aly Hasan Al-Tamimi')).toBe(false);
    expect(same('Muhammad Ali Hassan Al-Tamimi', 'Mahmud Aly Hasan Al-Tamimi')).toBe(false);
    expect(same('Bashiir Cusmaan Maxamuud', 'Bashir Osman Mahmoud')).toBe(true);
  });

  it.each([
    ['Mahamat', 'محمد'], ['Mouhamadou', 'Muhammad'], ['Maxamed', 'Mohamed'], ['Mehmet', 'Muhammed'],
    ['Maxamuud', 'محمود'], ['Mahmut', 'Mahmoud'], ['Mahmood', 'Махмуд'],
  ])('each keeps its own spellings: %s = %s', (a, b) => {
    expect(same(a, b)).toBe(true);
  });

  it('a plain u after a vowelled h says neither (Mohamud, which lists of Muhammad hold beside the Somali Maxamuud)', () => {
    expect(mhmdName('mohamud', false)).toBe(MhmdName.None);
    expect(same('Mohamud', 'محمد')).toBe(true);
    expect(same('Mohamud', 'محمود')).toBe(true);
  });

  it('also where the name begins a compound or a family name (محمدرضا / Mahmoud Reza, محمدی / Mahmoudi, Mahmadali = Muhammad Ali)', () => {
    expect(same('محمدرضا', 'Mahmoud Reza')).toBe(false);
    expect(same('محمد رضا', 'Mahmudreza')).toBe(false);
    expect(same('محمدی', 'Mahmoudi')).toBe(false);
    expect(same('محمدزاده', 'Mahmoudzadeh')).toBe(false);
    expect(same('محمدرضا', 'Mohammad Reza')).toBe(true);
    expect(same('محمودی', 'Mahmoudi')).toBe(true);
    expect(same('Mahmadali', 'Muhammad Ali')).toBe(true);
  });

  it('reads the Azerbaijani Məmməd and Russian Мамед without the h as Muhammad (Мамедов is not Mahmudov)', () => {
    expect(same('Мамедов', 'Mahmudov')).toBe(false);
    expect(same('Məmmədov', 'Mahmudow')).toBe(false);
    expect(same('Mamed', 'محمد')).toBe(true);
  });

  it('reads only the two names: Mamadou, Hamoud, Mohmand are neither', () => {
    for (const s of ['mamadU', 'hamUd', 'mohmand', 'mehmandar']) expect(mhmdName(s, false)).toBe(MhmdName.None);
  });
});
