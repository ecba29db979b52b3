import { describe, expect, it } from 'vitest';
import { formatPartialDate, formatNumber } from './format';
import { matchLanguage } from './languages';
import { chooseLanguage } from './preference';

describe('matchLanguage', () => {
  it('understands the tags that URLs, browsers and servers use', () => {
    expect(matchLanguage('ar')).toBe('ar');
    expect(matchLanguage('AR-sy')).toBe('ar');
    expect(matchLanguage('fa_IR')).toBe('fa');
    expect(matchLanguage('sr')).toBe('sr-Cyrl');
    expect(matchLanguage('sr-Latn-RS')).toBe('sr-Latn');
    expect(matchLanguage('sr-RS')).toBe('sr-Cyrl');
    expect(matchLanguage('hr-HR')).toBe('hr');
    expect(matchLanguage('de')).toBeUndefined();
    expect(matchLanguage('')).toBeUndefined();
  });
});

describe('chooseLanguage', () => {
  it('prefers ?lang=, then the remembered choice, then the browser, then English', () => {
    expect(chooseLanguage({ query: 'ar', stored: 'mk', browser: ['bg'] })).toBe('ar');
    expect(chooseLanguage({ query: 'xx', stored: 'mk', browser: ['bg'] })).toBe('mk');
    expect(chooseLanguage({ query: null, stored: null, browser: ['de-DE', 'sl-SI'] })).toBe('sl');
    expect(chooseLanguage({ query: null, stored: null, browser: ['de'] })).toBe('en');
  });
});

describe('formatPartialDate', () => {
  it('shows only the parts that are known', () => {
    expect(formatPartialDate('1990', 'en', 'gregory')).toBe('1990');
    expect(formatPartialDate('1990-03', 'en', 'gregory')).toBe('March 1990');
    expect(formatPartialDate('1990-03-21', 'en', 'gregory')).toBe('March 21, 1990');
  });
  it('uses the Gregorian calendar for Persian unless another is chosen', () => {
    expect(formatPartialDate('1990-03-21', 'fa', 'gregory')).toContain('۱۹۹۰');
    expect(formatPartialDate('1990-03-21', 'fa', 'persian')).toContain('۱۳۶۹');
  });
  it('returns what was typed when it is not (yet) a date', () => {
    expect(formatPartialDate('19', 'en', 'gregory')).toBe('19');
  });
  it('formats numbers in the language', () => {
    expect(formatNumber(1234, 'fa')).toBe('۱٬۲۳۴');
    expect(formatNumber(1234, 'mk')).toBe('1.234');
  });
});
