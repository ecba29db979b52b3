/** The languages the application is translated into; `code` is a BCP 47 tag used by Intl and in `?lang=`. */
export interface Language {
  code: LanguageCode;
  /** The language's name in itself, as shown in the switcher. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export type LanguageCode = 'en' | 'mk' | 'sr-Cyrl' | 'sr-Latn' | 'hr' | 'sl' | 'bg' | 'ar' | 'fa';

export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'mk', name: 'Македонски', dir: 'ltr' },
  { code: 'sr-Cyrl', name: 'Српски (ћирилица)', dir: 'ltr' },
  { code: 'sr-Latn', name: 'Srpski (latinica)', dir: 'ltr' },
  { code: 'hr', name: 'Hrvatski', dir: 'ltr' },
  { code: 'sl', name: 'Slovenščina', dir: 'ltr' },
  { code: 'bg', name: 'Български', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

const byLowerCode = new Map(LANGUAGES.map((l) => [l.code.toLowerCase(), l.code]));

/**
 * Maps what a URL, a browser or a server says ("ar", "AR", "sr", "sr-Latn-RS", "fa-IR", "hr_HR") to one of
 * our languages, or undefined. A bare "sr" means Cyrillic, Serbia's official script.
 */
export function matchLanguage(tag: string | null | undefined): LanguageCode | undefined {
  if (!tag) return undefined;
  const parts = tag.trim().replace(/_/g, '-').toLowerCase().split('-').filter((p) => p !== '');
  if (parts.length === 0) return undefined;
  const [lang] = parts;
  if (lang === 'sr') {
    if (parts.includes('latn')) return 'sr-Latn';
    return 'sr-Cyrl';
  }
  for (let n = parts.length; n > 0; n--) {
    const found = byLowerCode.get(parts.slice(0, n).join('-'));
    if (found) return found;
  }
  return undefined;
}

export function languageInfo(code: LanguageCode): Language {
  return LANGUAGES.find((l) => l.code === code) ?? (LANGUAGES[0] as Language);
}

/** Calendars a user may choose for displaying dates; input is always Gregorian ISO dates. */
export type CalendarCode = 'gregory' | 'islamic-umalqura' | 'persian';
export const CALENDARS: readonly CalendarCode[] = ['gregory', 'islamic-umalqura', 'persian'];
export function isCalendar(value: unknown): value is CalendarCode {
  return typeof value === 'string' && (CALENDARS as readonly string[]).includes(value);
}
