import { describe, expect, it } from 'vitest';
import { birthDateFromEstimatedAge, compareBirthDates, parseBirthDate } from './birth-date';

const d = (s: string) => parseBirthDate(s);

describe('parseBirthDate', () => {
  it('reads partial dates', () => {
    expect(d('1990')).toMatchObject({ yearMin: 1990, yearMax: 1990, placeholder: false });
    expect(d('1990-07')).toMatchObject({ yearMin: 1990, month: 7 });
    expect(d('1990-07-15')).toMatchObject({ month: 7, day: 15, digits: '19900715' });
    expect(d('19151111')).toMatchObject({ yearMin: 1915, month: 11, day: 11 });
    expect(d('15.07.1990')).toMatchObject({ yearMin: 1990, month: 7, day: 15 });
  });
  it('treats 1 January as a placeholder: year only', () => {
    const placeholder = d('1990-01-01')!;
    expect(placeholder).toMatchObject({ yearMin: 1990, placeholder: true });
    expect(placeholder.month).toBeUndefined();
    expect(d('01.01.1990')!.placeholder).toBe(true);
  });
  it('rejects what is not a date and returns null for empty', () => {
    expect(d('')).toBeNull();
    expect(d('1990-13-01')).toBeNull();
    expect(d('about thirty')).toBeNull();
    expect(d('0990')).toBeNull();
  });
});

describe('birthDateFromEstimatedAge', () => {
  it('turns "about 30 in 2016" into a range of birth years', () => {
    const est = birthDateFromEstimatedAge(30, '2016-03-10');
    expect(est.yearMin).toBeLessThanOrEqual(1985);
    expect(est.yearMax).toBeGreaterThanOrEqual(1986);
    expect(est.yearMax - est.yearMin).toBeLessThanOrEqual(3);
  });
  it('refuses nonsense ages', () => {
    expect(() => birthDateFromEstimatedAge(-3, '2016')).toThrow(/age/);
  });
});

describe('compareBirthDates', () => {
  it('grades agreement', () => {
    expect(compareBirthDates(d('1990-07-15'), d('1990-07-15'))).toBe('exact');
    expect(compareBirthDates(d('1990-07-15'), d('1990-07-16'))).toBe('year-month');
    expect(compareBirthDates(d('1990-07-15'), d('1990-07'))).toBe('year-month');
    expect(compareBirthDates(d('1990-07-15'), d('1990-03-02'))).toBe('year');
    expect(compareBirthDates(d('1991-07-15'), d('1990-03-02'))).toBe('within-1');
    expect(compareBirthDates(d('1994-07-15'), d('1990-03-02'))).toBe('within-5');
    expect(compareBirthDates(d('2004-07-15'), d('1990-03-02'))).toBe('different');
  });
  it('sees one mistyped digit or swapped day and month as near', () => {
    expect(compareBirthDates(d('1990-05-07'), d('1990-07-05'))).toBe('near');
    expect(compareBirthDates(d('1980-07-15'), d('1990-07-15'))).toBe('near');
  });
  it('treats the 1 January placeholder as year only, never as a disagreement on the day', () => {
    expect(compareBirthDates(d('1990-01-01'), d('1990-08-23'))).toBe('year');
    expect(compareBirthDates(d('1990-01-01'), d('1991-08-23'))).toBe('within-1');
  });
  it('compares an estimated age as a range', () => {
    const est = birthDateFromEstimatedAge(30, '2016');
    expect(compareBirthDates(est, d('1986-04-02'))).toBe('within-1');
    expect(compareBirthDates(est, d('1960-04-02'))).toBe('different');
  });
  it('has no level when a date is unknown', () => {
    expect(compareBirthDates(null, d('1990'))).toBeNull();
  });
});
